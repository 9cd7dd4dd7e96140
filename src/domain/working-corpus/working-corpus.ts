import type { Corpus } from '../corpus/corpus-schema.ts';
import { CorpusBuildError, checkCorpus } from '../extract/build-corpus.ts';
import type { Correction } from '../extract/corrections.ts';
import type { ExtractWarning } from '../extract/types.ts';
import { applyReleaseCorrections, type ReleaseRecords } from './release-corrections.ts';

/**
 * The working corpus: the bundled corpus plus the releases the analyst
 * added in the browser. A kept release stores what the extractor gave and
 * the analyst's corrections apart, so the corrections can be re-applied (and
 * exported as data/corrections.json entries); the records the views read are
 * derived here, with the same code ingest runs.
 */
export type KeptRelease = {
  /** The document id; the prefix of every statement id. */
  id: string;
  /** When it was kept, ISO 8601 with time. */
  addedAt: string;
  extracted: ReleaseRecords;
  warnings: ExtractWarning[];
  corrections: Correction[];
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The bundled corpus with the releases added: documents and events by id,
 * statements by document then position (as ingest orders them), the
 * releases' applied corrections after the bundled ones. Throws
 * CorpusBuildError when the result is not a sound corpus (an id taken twice).
 */
export function mergeWorkingCorpus(bundled: Corpus, releases: readonly KeptRelease[]): Corpus {
  const corrected = releases.map((r) => applyReleaseCorrections(r.extracted, r.corrections));
  const documents = [...bundled.documents, ...corrected.map((r) => r.document)].sort((a, b) => byText(a.id, b.id));
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const statements = [...bundled.statements, ...corrected.flatMap((r) => r.statements)].sort(
    (a, b) => order.get(a.documentId)! - order.get(b.documentId)! || a.span[0] - b.span[0] || a.span[1] - b.span[1],
  );
  const applied = [...(bundled.corrections ?? []), ...corrected.flatMap((r) => r.applied)];
  const corpus: Corpus = {
    ...bundled,
    documents,
    events: [...bundled.events, ...corrected.map((r) => r.event)].sort((a, b) => byText(a.id, b.id)),
    statements,
    ...(applied.length > 0 ? { corrections: applied } : {}),
  };
  const problems = checkCorpus(corpus);
  if (problems.length > 0) throw new CorpusBuildError(problems);
  return corpus;
}
