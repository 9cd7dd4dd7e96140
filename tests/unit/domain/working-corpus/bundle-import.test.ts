import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correctionsOfDocument, isBundlePath, readBundleFiles } from '../../../../src/domain/working-corpus/bundle-import.ts';
import { bundledTables } from '../../../../src/domain/working-corpus/extraction-tables.ts';
import { runExtraction } from '../../../../src/domain/working-corpus/extract-protocol.ts';
import { addCorrection } from '../../../../src/domain/working-corpus/release-corrections.ts';
import { repositoryBundle } from '../../../../src/domain/working-corpus/repository-bundle.ts';
import { dropStatement, setFormat } from '../../../../src/domain/working-corpus/review-changes.ts';
import type { KeptRelease } from '../../../../src/domain/working-corpus/working-corpus.ts';
import type { Correction } from '../../../../src/domain/extract/corrections.ts';

const TEXT = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8').trim();
const PROVENANCE = { url: 'https://example.org/news/round-table', publisher: 'SCO Secretariat', publishedOn: '2024-03-15', language: 'en', title: 'Youth round table' };

function kept(id: string): KeptRelease {
  const response = runExtraction({ type: 'extract', id: 1, documentId: id, text: TEXT, provenance: PROVENANCE }, bundledTables());
  if (response.type !== 'extracted') throw new Error(response.message);
  const records = response.records;
  let corrections = addCorrection(records, [], setFormat(records.event, 'hybrid'), 'Both online and in the hall.');
  corrections = addCorrection(records, corrections, dropStatement(records.statements[1]!), 'Not about the meeting.');
  return { id, addedAt: '2026-12-03T12:00:00.000Z', extracted: records, warnings: response.warnings, corrections };
}

const SEED_CORRECTION: Correction = { record: 'statement', id: 'seed-doc:1-2', field: 'themes', value: [], reason: 'The seed’s own.' };

describe('readBundleFiles', () => {
  it('reads back what "Download for the repository" wrote: each source, its provenance and every correction', () => {
    const release = kept('release-2024-03-15-youth');
    const { files } = repositoryBundle([release], [SEED_CORRECTION]);
    const contents = readBundleFiles(files);
    expect(contents.refused).toEqual([]);
    expect(contents.sources).toEqual([{ id: release.id, text: TEXT, provenance: PROVENANCE }]);
    expect(correctionsOfDocument(contents.corrections, release.id)).toEqual(release.corrections);
    expect(correctionsOfDocument(contents.corrections, 'seed-doc')).toEqual([SEED_CORRECTION]);
  });

  it('reads the same folders zipped inside one more folder', () => {
    const { files } = repositoryBundle([kept('release-a')], []);
    const contents = readBundleFiles(files.map((f) => ({ ...f, path: `my-sources/${f.path}` })));
    expect(contents.sources.map((s) => s.id)).toEqual(['release-a']);
  });

  it('refuses each bad source on its own, naming the file and what is wrong, and keeps the good ones', () => {
    const { files } = repositoryBundle([kept('release-good')], []);
    const provenance = (over: object) => JSON.stringify({ ...PROVENANCE, ...over });
    const contents = readBundleFiles([
      ...files,
      { path: 'data/sources/no-record.txt', content: TEXT },
      { path: 'data/sources/Bad_Name.txt', content: TEXT },
      { path: 'data/sources/Bad_Name.json', content: provenance({}) },
      { path: 'data/sources/empty.txt', content: '  \n' },
      { path: 'data/sources/empty.json', content: provenance({}) },
      { path: 'data/sources/french.txt', content: TEXT },
      { path: 'data/sources/french.json', content: provenance({ language: 'fr' }) },
      { path: 'data/sources/undated.txt', content: TEXT },
      { path: 'data/sources/undated.json', content: provenance({ publishedOn: '15 March' }) },
      { path: 'data/sources/orphan.json', content: provenance({}) },
    ]);
    expect(contents.sources.map((s) => s.id)).toEqual(['release-good']);
    expect(contents.refused).toEqual([
      'data/sources/Bad_Name.txt: the file name must be a lower-case slug (a-z, 0-9, "-"), since it becomes the document id',
      'data/sources/empty.txt: the source text is empty',
      'data/sources/french.json: language "fr" is not supported: the extractor reads English releases only',
      'data/sources/no-record.txt: no provenance record beside it (expected data/sources/no-record.json)',
      expect.stringMatching(/^data\/sources\/undated\.json: publishedOn: /),
      'data/sources/orphan.json: a provenance record without a source text',
    ]);
  });

  it.each([
    ['no sources at all', [{ path: 'notes/readme.txt', content: 'hello' }], /holds no data\/sources/],
    ['corrections that are not JSON', [{ path: 'data/sources/a.txt', content: TEXT }, { path: 'data/corrections.json', content: '[{' }], /data\/corrections\.json is not JSON/],
    ['corrections without reasons', [{ path: 'data/sources/a.txt', content: TEXT }, { path: 'data/corrections.json', content: JSON.stringify([{ ...SEED_CORRECTION, reason: '' }]) }], /not a list of corrections \(at 0\.reason/],
  ])('throws, naming the file, for %s', (_label, files, message) => {
    expect(() => readBundleFiles(files)).toThrow(message);
  });

  it('unpacks only the entries a bundle holds', () => {
    expect(['data/sources/a.txt', 'x/data/sources/a.json', 'data/corrections.json'].every(isBundlePath)).toBe(true);
    expect(['README.txt', 'data/corpus.json', 'data/sources/deeper/a.txt', '../data/taxonomy.json'].some(isBundlePath)).toBe(false);
  });
});
