import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusSchema } from '../../../../src/domain/corpus/corpus-schema.ts';
import { serializeCorpus } from '../../../../src/domain/extract/build-corpus.ts';
import { bundledTables } from '../../../../src/domain/working-corpus/extraction-tables.ts';
import { runExtraction } from '../../../../src/domain/working-corpus/extract-protocol.ts';
import { addCorrection } from '../../../../src/domain/working-corpus/release-corrections.ts';
import { markStatement } from '../../../../src/domain/extract/mark-statement.ts';
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
    const { files } = repositoryBundle([release], []);
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

  it('hands drops and added statements to ingest, which rebuilds the same corpus byte for byte', () => {
    const release = kept('release-b', 'https://example.org/b', (records) => {
      const [opening, noted] = records.statements;
      let list = addCorrection(records, [], dropStatement(noted!), 'Read it again as a new statement.');
      const without = { ...records, statements: records.statements.filter((s) => s !== noted) };
      const marked = markStatement(without, noted!.span, bundledTables());
      if (!('statement' in marked)) throw new Error(marked.problem);
      list = addCorrection(records, list, { record: 'statement', id: `${marked.statement.id}`, field: 'added', value: { ...marked.statement, id: marked.statement.id } }, 'Missed by the extractor.');
      return addCorrection(records, list, dropStatement(opening!), 'Not about the meeting.');
    });
    const { files } = repositoryBundle([release], []);
    const corrections = JSON.parse(files.find((f) => f.path === 'data/corrections.json')!.content) as Array<{ field: string }>;
    expect(corrections.map((c) => c.field)).toEqual(['removed', 'added', 'removed']);
    const merged = mergeWorkingCorpus(bundled, [release]);
    expect(merged.statements.filter((s) => s.documentId === 'release-b').map((s) => s.text)).toEqual([release.extracted.statements[1]!.text]);
    expect(ingestWith(files)).toBe(serializeCorpus(merged));
    expect(correctionsOfCorpus(merged)).toEqual(release.corrections);
  });
});
