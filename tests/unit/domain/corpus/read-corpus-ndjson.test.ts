import { describe, expect, it } from 'vitest';
import { toNdjsonLines } from '../../../../src/domain/corpus/corpus-ndjson-text.ts';
import { CorpusError } from '../../../../src/domain/corpus/corpus-problems.ts';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { describeExcludedRecord, describeRepairedRecord, summarizeExcluded } from '../../../../src/domain/corpus/excluded-records.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { looksLikeNdjson, openNdjsonCorpus } from '../../../../src/domain/corpus/read-corpus-ndjson.ts';
import {
  generateSyntheticChunks,
  generateSyntheticCorpus,
  generateSyntheticCorpusJson,
  syntheticHeader,
} from '../../../../src/domain/synthetic/generate-corpus.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const SOURCE = 'corpus.ndjson';
const OPTIONS = { statements: 120, seed: 7 };

/** The generator's NDJSON lines, without their line ends. */
function syntheticLines(): string[] {
  return [...toNdjsonLines(syntheticHeader(OPTIONS), generateSyntheticChunks(OPTIONS))].map((line) => line.slice(0, -1));
}

function ndjsonOf(corpus: Corpus): string[] {
  const { documents, events, statements, ...header } = corpus;
  return [...toNdjsonLines(header, [{ documents, events, statements }])].map((line) => line.slice(0, -1));
}

/** 1-based number of the first line that holds `key`, counting from `from`. */
function lineOf(lines: string[], key: string, from = 0): number {
  const index = lines.findIndex((line, i) => i >= from && line.startsWith(`{"${key}"`));
  if (index === -1) throw new Error(`no ${key} line`);
  return index + 1;
}

function openError(text: string): CorpusError {
  try {
    openNdjsonCorpus(text, SOURCE);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected the corpus not to open');
}

describe('openNdjsonCorpus: a sound file', () => {
  it('reads back the generator’s NDJSON as the same corpus as its JSON', () => {
    const expected = generateSyntheticCorpus(OPTIONS);
    const opened = openNdjsonCorpus(`${syntheticLines().join('\n')}\n`, SOURCE);
    expect(opened.excluded).toEqual([]);
    expect(opened.repaired).toEqual([]);
    expect(opened.corpus).toEqual(expected);
    expect(opened.corpus).toEqual(openCorpus([...generateSyntheticCorpusJson(OPTIONS)].join(''), 'corpus.json').corpus);
  });

  it('reads the hand-made test corpus, with a byte-order mark, CRLF line ends and blank lines', () => {
    const text = `\uFEFF${ndjsonOf(smallTestCorpus()).join('\r\n\r\n')}\r\n`;
    const opened = openNdjsonCorpus(text, SOURCE);
    expect(opened.excluded).toEqual([]);
    expect(opened.corpus).toEqual(smallTestCorpus());
  });

  it('tells events and statements to the indexer as they are kept', () => {
    const seen = { events: 0, statements: 0 };
    const opened = openNdjsonCorpus(syntheticLines().join('\n'), SOURCE, {
      onKept: { event: () => (seen.events += 1), statement: () => (seen.statements += 1) },
    });
    expect(seen).toEqual({ events: opened.corpus.events.length, statements: opened.corpus.statements.length });
  });
});

describe('openNdjsonCorpus: a bad line in the middle', () => {
  it('leaves out a statement line that is not JSON, naming its line and id, and keeps the rest', () => {
    const lines = syntheticLines();
    const line = lineOf(lines, 'statement', 40);
    const id = (JSON.parse(lines[line - 1]!) as { statement: { id: string } }).statement.id;
    lines[line - 1] = lines[line - 1]!.slice(0, 60);
    const opened = openNdjsonCorpus(lines.join('\n'), SOURCE);
    expect(opened.corpus.statements).toHaveLength(OPTIONS.statements - 1);
    expect(opened.corpus.statements.map((statement) => statement.id)).not.toContain(id);
    expect(opened.excluded).toHaveLength(1);
    const entry = describeExcludedRecord(opened.excluded[0]!);
    expect(entry.title).toBe(`statement "${id}" (line ${line})`);
    expect(entry.reasons).toEqual([expect.stringMatching(new RegExp(`^line ${line}: not JSON: `))]);
    expect(summarizeExcluded(opened.excluded, SOURCE)).toBe(`1 statement was left out of ${SOURCE}.`);
  });

  it('leaves out a line of no known kind as an unreadable line', () => {
    const lines = syntheticLines();
    lines.splice(10, 0, 'not a record at all', '{"speech": {"id": "x"}}');
    const opened = openNdjsonCorpus(lines.join('\n'), SOURCE);
    expect(opened.corpus).toEqual(generateSyntheticCorpus(OPTIONS));
    expect(opened.excluded.map(describeExcludedRecord)).toEqual([
      { title: 'line 11', reasons: [expect.stringMatching(/^line 11: not JSON: /)], dependent: false },
      { title: 'line 12', reasons: [expect.stringContaining('line 12: an object with "speech"; each line after the header holds one record')], dependent: false },
    ]);
    expect(summarizeExcluded(opened.excluded, SOURCE)).toBe(`2 unreadable lines were left out of ${SOURCE}.`);
  });

  it('names the line and the field of a record that breaks the schema', () => {
    const lines = syntheticLines();
    const line = lineOf(lines, 'statement', 20);
    const record = JSON.parse(lines[line - 1]!) as { statement: Record<string, unknown> };
    record.statement.paragraphIndex = -1;
    lines[line - 1] = JSON.stringify(record);
    const opened = openNdjsonCorpus(lines.join('\n'), SOURCE);
    expect(opened.excluded).toHaveLength(1);
    expect(opened.excluded[0]!.problems[0]!.path).toBe(`line ${line}, statement.paragraphIndex`);
  });

  it('names the line of a value dropped from a record that is kept', () => {
    const lines = syntheticLines();
    const line = lineOf(lines, 'event', 1);
    const record = JSON.parse(lines[line - 1]!) as { event: { participatingCountries: Array<{ value: string }> } };
    record.event.participatingCountries[0]!.value = 'XXX';
    lines[line - 1] = JSON.stringify(record);
    const opened = openNdjsonCorpus(lines.join('\n'), SOURCE);
    expect(opened.excluded).toEqual([]);
    const entry = describeRepairedRecord(opened.repaired[0]!);
    expect(entry.title).toMatch(new RegExp(`^event ".+" \\(line ${line}\\)$`));
    expect(entry.dropped[0]).toContain(`(line ${line}, event.participatingCountries[0])`);
  });

  it('leaves out the events and statements of a document line that is not JSON, as dependent on it', () => {
    const lines = syntheticLines();
    const line = lineOf(lines, 'document');
    lines[line - 1] = lines[line - 1]!.slice(0, 80);
    const opened = openNdjsonCorpus(lines.join('\n'), SOURCE);
    const [first, ...rest] = opened.excluded;
    expect(first).toMatchObject({ collection: 'documents', at: `line ${line}`, dependent: false });
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((record) => record.dependent)).toBe(true);
    expect(opened.corpus.documents.length).toBeGreaterThan(0);
  });
});

describe('openNdjsonCorpus: files that cannot be opened', () => {
  it.each([
    ['an empty file', '\n\n', 'empty', /is empty/],
    ['a web page', '<!doctype html><p>Not here</p>', 'html', /is an HTML page, not a corpus NDJSON file/],
    ['a header that is not JSON', '{"schemaVersion": 1,\n{"document": {}}', 'not-json', /line 1, the header, is not JSON/],
    ['a header that is an array', '[1, 2]\n{"document": {}}', 'invalid', /its header \(line 1\) is an array/],
    ['a record where the header should be', '{"document": {"id": "d"}}\n{"event": {}}', 'invalid', /line 1 holds a record where the header/],
    ['another schema version', '{"schemaVersion": 2, "taxonomy": []}\n{"document": {}}', 'invalid', /has schemaVersion 2/],
  ])('%s', (_what, text, kind, message) => {
    const error = openError(text);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });
});

describe('looksLikeNdjson', () => {
  it.each([
    ['the generator’s NDJSON', `${syntheticLines().slice(0, 3).join('\n')}\n`, true],
    ['NDJSON with a byte-order mark and CRLF', `\uFEFF{"schemaVersion":1}\r\n{"document":{}}\r\n`, true],
    ['one-line JSON', JSON.stringify(smallTestCorpus()), false],
    ['pretty-printed JSON', JSON.stringify(smallTestCorpus(), null, 2), false],
    ['one-line JSON with a final line end', `${JSON.stringify(smallTestCorpus())}\n`, false],
  ])('%s: %s', (_what, text, expected) => {
    expect(looksLikeNdjson(text)).toBe(expected);
  });
});
