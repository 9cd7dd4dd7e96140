import type { Corpus } from '../corpus/corpus-schema.ts';
import { ADDED_FIELD, REMOVED_FIELD, type Correction } from '../extract/corrections.ts';
import type { KeptRelease } from './working-corpus.ts';

/**
 * The analyst's releases laid out for the repository: each text and its
 * provenance record under data/sources/, and data/corrections.json with the
 * repository's corrections followed by the releases' own. Copied into the
 * project, `npm run ingest` then rebuilds the working corpus byte for byte
 * (a test runs it), drops and added statements included: they are
 * corrections like any other.
 */
export type BundleFile = { path: string; content: string };

export function repositoryBundle(releases: readonly KeptRelease[], repositoryCorrections: readonly Correction[]): { files: BundleFile[] } {
  const files: BundleFile[] = [];
  const corrections: Correction[] = [...repositoryCorrections];
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
    corrections.push(...release.corrections);
  }
  files.push({ path: 'data/corrections.json', content: `${JSON.stringify(corrections, null, 2)}\n` });
  const note = [
    'Releases added in Forum Atlas, laid out for the repository.',
    'Copy data/ over the project (data/corrections.json holds the repository’s corrections and these), then run npm run ingest.',
  ].join('\n');
  files.push({ path: 'README.txt', content: `${note}\n` });
  return { files };
}

/**
 * The corrections a corpus lists as applied, back in the data/corrections.json
 * format: the value is the corrected record's field now, `was` what it replaced.
 */
export function correctionsOfCorpus(corpus: Corpus): Correction[] {
  const records: Record<Correction['record'], ReadonlyArray<{ id: string }>> = { document: corpus.documents, event: corpus.events, statement: corpus.statements };
  return (corpus.corrections ?? []).flatMap((applied): Correction[] => {
    const base = { record: applied.recordType, id: applied.recordId, field: applied.field, reason: applied.reason };
    if (applied.recordType === 'statement' && applied.field === REMOVED_FIELD) return [{ ...base, value: true, was: false }];
    const record = records[applied.recordType].find((r) => r.id === applied.recordId);
    if (!record) return [];
    if (applied.recordType === 'statement' && applied.field === ADDED_FIELD) return [{ ...base, value: structuredClone(record) }];
    let value: unknown = record;
    for (const segment of applied.field.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    return [{ record: applied.recordType, id: applied.recordId, field: applied.field, value, ...(applied.previous !== null ? { was: applied.previous } : {}), reason: applied.reason }];
  });
}
