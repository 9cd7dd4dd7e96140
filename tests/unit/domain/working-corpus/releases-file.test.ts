import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusSchema } from '../../../../src/domain/corpus/corpus-schema.ts';
import { bundledTables } from '../../../../src/domain/working-corpus/extraction-tables.ts';
import { runExtraction } from '../../../../src/domain/working-corpus/extract-protocol.ts';
import { addCorrection } from '../../../../src/domain/working-corpus/release-corrections.ts';
import { parseReleasesFile, planImport, serializeReleasesFile } from '../../../../src/domain/working-corpus/releases-file.ts';
import { dropStatement } from '../../../../src/domain/working-corpus/review-changes.ts';
import type { KeptRelease } from '../../../../src/domain/working-corpus/working-corpus.ts';

const TEXT = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8').trim();
const bundled = CorpusSchema.parse(JSON.parse(readFileSync('public/data/corpus.json', 'utf8')));
const taxonomy = bundledTables().taxonomy;

function release(id: string, url: string, text = TEXT): KeptRelease {
  const response = runExtraction({ type: 'extract', id: 1, documentId: id, text, provenance: { url, publisher: 'SCO Secretariat', publishedOn: '2024-03-15', language: 'en' } }, bundledTables());
  if (response.type !== 'extracted') throw new Error(response.message);
  const corrections = addCorrection(response.records, [], dropStatement(response.records.statements[1]!), 'Not about the meeting.');
  return { id, addedAt: '2026-12-03T12:00:00.000Z', extracted: response.records, warnings: response.warnings, corrections };
}

describe('the releases file', () => {
  it('round-trips the releases with their corrections', () => {
    const releases = [release('release-a', 'https://example.org/a')];
    const text = serializeReleasesFile(releases, '2026-12-03T13:00:00.000Z');
    expect(parseReleasesFile(text)).toEqual(releases);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another file', JSON.stringify({ schemaVersion: 1 }), /not a Forum Atlas releases file \(at format/],
    ['a bad record', serializeReleasesFile([release('release-a', 'https://example.org/a')], '2026-12-03T13:00:00.000Z').replace('"sourceUrl": "https://example.org/a"', '"sourceUrl": "nowhere"'), /releases\.0\.extracted\.document\.sourceUrl/],
  ])('refuses %s, saying why', (_name, text, message) => {
    expect(() => parseReleasesFile(text)).toThrow(message);
  });

  it('imports new releases and leaves out what is already there, with why', () => {
    const a = release('release-a', 'https://example.org/a');
    const again = release('release-b', 'https://example.org/a/');
    const sameText = release('release-c', 'https://example.org/c');
    const seedCopy = release('release-d', 'https://example.org/d', bundled.documents[0]!.text);
    const plan = planImport([a, again, sameText, seedCopy, a], bundled.documents, taxonomy);
    expect(plan.add.map((r) => r.id)).toEqual(['release-a']);
    expect(plan.skipped).toEqual([
      { id: 'release-b', reason: 'it is already in the working corpus as release-a (same address)' },
      { id: 'release-c', reason: 'it is already in the working corpus as release-a (same text)' },
      { id: 'release-d', reason: `it is already in the working corpus as ${bundled.documents[0]!.id} (same text)` },
      { id: 'release-a', reason: 'a document with this id is already in the working corpus' },
    ]);
  });

  it('leaves out a release whose themes the taxonomy does not know', () => {
    const a = release('release-a', 'https://example.org/a');
    const plan = planImport([a], [], taxonomy.filter((t) => t.id !== 'youth-prevention'));
    expect(plan.skipped[0]!.reason).toMatch(/theme "youth-prevention" is not in the taxonomy/);
  });
});
