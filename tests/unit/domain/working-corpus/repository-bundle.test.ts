import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusSchema } from '../../../../src/domain/corpus/corpus-schema.ts';
import { serializeCorpus } from '../../../../src/domain/extract/build-corpus.ts';
import { bundledTables } from '../../../../src/domain/working-corpus/extraction-tables.ts';
import { runExtraction } from '../../../../src/domain/working-corpus/extract-protocol.ts';
import { addCorrection } from '../../../../src/domain/working-corpus/release-corrections.ts';
import { correctionsOfCorpus, repositoryBundle } from '../../../../src/domain/working-corpus/repository-bundle.ts';
import { dropStatement, moveCountry, setFormat } from '../../../../src/domain/working-corpus/review-changes.ts';
import { mergeWorkingCorpus, type KeptRelease } from '../../../../src/domain/working-corpus/working-corpus.ts';
import { buildCorpusText } from '../../../../scripts/lib/ingest-run.ts';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';

const TEXT = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8').trim();
const bundled = CorpusSchema.parse(JSON.parse(readFileSync('public/data/corpus.json', 'utf8')));
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function kept(id: string, url: string, change: (r: KeptRelease['extracted']) => KeptRelease['corrections']): KeptRelease {
  const response = runExtraction({ type: 'extract', id: 1, documentId: id, text: TEXT, provenance: { url, publisher: 'SCO Secretariat', publishedOn: '2024-03-15', language: 'en', title: 'Youth round table' } }, bundledTables());
  if (response.type !== 'extracted') throw new Error(response.message);
  return { id, addedAt: '2026-12-03T12:00:00.000Z', extracted: response.records, warnings: response.warnings, corrections: change(response.records) };
}

/** The project's data/ with the bundle copied over it, as an analyst would commit it. */
function ingestWith(files: { path: string; content: string }[]): string {
  const root = mkdtempSync(join(tmpdir(), 'forum-atlas-bundle-'));
  roots.push(root);
  cpSync('data', join(root, 'data'), { recursive: true });
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
  }
  return buildCorpusText(root, []).text;
}

describe('repositoryBundle', () => {
  it('lets npm run ingest rebuild the working corpus byte for byte', () => {
    const release = kept('release-2024-03-15-youth-round-table', 'https://example.org/news/round-table', (records) =>
      [...moveCountry(records, 'IND' as CountryCode, 'mentioned'), setFormat(records.event, 'in-person')].reduce(
        (list, change) => addCorrection(records, list, change, 'Checked against the agenda.'),
        [] as KeptRelease['corrections'],
      ),
    );
    const { files, drops } = repositoryBundle([release], []);
    expect(drops).toEqual([]);
    expect(files.map((f) => f.path)).toEqual([
      'data/sources/release-2024-03-15-youth-round-table.txt',
      'data/sources/release-2024-03-15-youth-round-table.json',
      'data/corrections.json',
      'README.txt',
    ]);
    expect(ingestWith(files)).toBe(serializeCorpus(mergeWorkingCorpus(bundled, [release])));
  });

  it('gives back the corrections a corpus applied, in the corrections.json format', () => {
    const release = kept('release-c', 'https://example.org/c', (records) => [addCorrection(records, [], setFormat(records.event, 'hybrid'), 'Both online and in the hall.')].flat());
    const merged = mergeWorkingCorpus(bundled, [release]);
    expect(correctionsOfCorpus(merged)).toEqual(release.corrections);
  });

  it('names the drops it cannot hand to ingest yet, and keeps them out of corrections.json', () => {
    const release = kept('release-b', 'https://example.org/b', (records) => addCorrection(records, [], dropStatement(records.statements[1]!), 'Not about the meeting.'));
    const { files, drops } = repositoryBundle([release], []);
    expect(drops.map((d) => d.id)).toEqual([release.extracted.statements[1]!.id]);
    expect(files.find((f) => f.path === 'data/corrections.json')!.content).toBe('[]\n');
    expect(files.find((f) => f.path === 'README.txt')!.content).toContain(`- ${release.extracted.statements[1]!.id}: Not about the meeting.`);
  });
});
