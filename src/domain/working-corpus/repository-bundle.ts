import type { Corpus } from '../corpus/corpus-schema.ts';
import type { Correction } from '../extract/corrections.ts';
import { isRemoval } from './release-corrections.ts';
import type { KeptRelease } from './working-corpus.ts';

/**
 * The analyst's releases laid out for the repository: each text and its
 * provenance record under data/sources/, and data/corrections.json with the
 * repository's corrections followed by the releases' own. Copied into the
 * project, `npm run ingest` then rebuilds the working corpus byte for byte
 * (a test runs it) — except a dropped statement, which ingest does not yet
 * apply (its buildCorpus would call applyCorrectionsWithRemovals); drops are
 * listed in the bundle's note instead of the corrections file.
 */
export type BundleFile = { path: string; content: string };

export function repositoryBundle(releases: readonly KeptRelease[], repositoryCorrections: readonly Correction[]): { files: BundleFile[]; drops: Correction[] } {
  const files: BundleFile[] = [];
  const corrections: Correction[] = [...repositoryCorrections];
  const drops: Correction[] = [];
  for (const release of releases) {
    const d = release.extracted.document;
    const provenance = {
      url: d.sourceUrl,
      publisher: d.publisher,
      publishedOn: d.publishedOn,
      ...(d.publishedOnNote !== undefined ? { publishedOnNote: d.publishedOnNote } : {}),
      language: d.language,
      ...(d.title !== undefined ? { title: d.title } : {}),
      ...(d.retrievedOn !== undefined ? { retrievedOn: d.retrievedOn } : {}),
    };
    files.push({ path: `data/sources/${d.id}.txt`, content: d.text });
    files.push({ path: `data/sources/${d.id}.json`, content: `${JSON.stringify(provenance, null, 2)}\n` });
    for (const c of release.corrections) (isRemoval(c) ? drops : corrections).push(c);
  }
  files.push({ path: 'data/corrections.json', content: `${JSON.stringify(corrections, null, 2)}\n` });
  const note = [
    'Releases added in Forum Atlas, laid out for the repository.',
    'Copy data/ over the project (data/corrections.json holds the repository’s corrections and these), then run npm run ingest.',
    ...(drops.length > 0
      ? ['', 'Statements the analyst dropped (ingest does not apply drops yet; the corpus will keep them):', ...drops.map((c) => `- ${c.id}: ${c.reason}`)]
      : []),
  ].join('\n');
  files.push({ path: 'README.txt', content: `${note}\n` });
  return { files, drops };
}

/**
 * The corrections a corpus lists as applied, back in the data/corrections.json
 * format: the value is the corrected record's field now, `was` what it replaced.
 */
export function correctionsOfCorpus(corpus: Corpus): Correction[] {
  const records: Record<Correction['record'], ReadonlyArray<{ id: string }>> = { document: corpus.documents, event: corpus.events, statement: corpus.statements };
  return (corpus.corrections ?? []).flatMap((applied) => {
    const record = records[applied.recordType].find((r) => r.id === applied.recordId);
    if (!record) return [];
    let value: unknown = record;
    for (const segment of applied.field.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    return [{ record: applied.recordType, id: applied.recordId, field: applied.field, value, ...(applied.previous !== null ? { was: applied.previous } : {}), reason: applied.reason }];
  });
}
