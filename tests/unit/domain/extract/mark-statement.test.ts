import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markStatement } from '../../../../src/domain/extract/mark-statement.ts';
import { bundledTables } from '../../../../src/domain/working-corpus/extraction-tables.ts';
import { runExtraction } from '../../../../src/domain/working-corpus/extract-protocol.ts';
import type { ReleaseRecords } from '../../../../src/domain/working-corpus/release-corrections.ts';

const YOUTH = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8').trim();
const QUOTED = [
  'On 2 May 2024, the CSTO Secretariat held a briefing on border security in Dushanbe.',
  '“Our borders are safer when our services talk every day,” the Secretary-General, Imran Volkov, told the briefing.',
  'The meeting ended with a visit to the training centre.',
].join('\n');

function extract(text: string): ReleaseRecords {
  const response = runExtraction(
    { type: 'extract', id: 1, documentId: 'release-x', text, provenance: { url: 'https://example.org/x', publisher: 'SCO Secretariat', publishedOn: '2024-05-03', language: 'en' } },
    bundledTables(),
  );
  if (response.type !== 'extracted') throw new Error(response.message);
  return response.records;
}

const spanOf = (text: string, words: string): [number, number] => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in the text`);
  return [at, at + words.length];
};

describe('markStatement', () => {
  it('gives the statement the extractor would have made, from the words alone', () => {
    const records = extract(YOUTH);
    const extracted = records.statements.find((s) => s.speaker?.name === 'Mira Sandoval')!;
    const missing = { ...records, statements: records.statements.filter((s) => s !== extracted) };
    // Selected a little loosely, as a mouse does: a space before, the full stop after.
    const [start, end] = spanOf(YOUTH, extracted.text);
    const marked = markStatement(missing, [start - 1, end + 1], bundledTables());
    expect(marked).toEqual({ statement: extracted, note: null });
  });

  it('reads a quotation: the quotation marks and comma left out, the speaker after the verb', () => {
    const records = extract(QUOTED);
    const others = { ...records, statements: [] };
    const marked = markStatement(others, spanOf(QUOTED, '“Our borders are safer when our services talk every day,”'), bundledTables());
    if (!('statement' in marked)) throw new Error(marked.problem);
    expect(marked.statement.text).toBe('Our borders are safer when our services talk every day');
    expect(marked.statement.speechType).toBe('quoted');
    expect(marked.statement.verb.text).toBe('told');
    expect(marked.statement.speaker?.name).toBe('Imran Volkov');
    expect(marked.statement.id).toBe(`release-x:${QUOTED.indexOf('Our')}-${QUOTED.indexOf(',”')}`);
  });

  it('keeps the words before the verb as the speaker when they are no name the extractor knows, and says so', () => {
    const text = 'On 2 May 2024, the CSTO Secretariat held a briefing in Dushanbe.\nIn closing, the moderator of the session said the next briefing would take place in Bishkek.';
    const records = extract(text);
    expect(records.statements).toEqual([]);
    const marked = markStatement(records, spanOf(text, 'the next briefing would take place in Bishkek.'), bundledTables());
    if (!('statement' in marked)) throw new Error(marked.problem);
    expect(marked.statement.text).toBe('the next briefing would take place in Bishkek');
    expect(marked.statement.speaker).toMatchObject({ name: null, mention: 'the moderator of the session', mentionSpan: spanOf(text, 'the moderator of the session') });
    expect(marked.note).toMatch(/no name or title the extractor knows/);
  });

  it.each([
    ['a word or two', (t: string) => spanOf(t, 'On'), /at least a few words/],
    ['words of two paragraphs', (t: string) => [t.indexOf('Dushanbe'), t.indexOf('Our borders') + 5] as [number, number], /one paragraph/],
    ['a sentence no reporting verb reports', (t: string) => spanOf(t, 'The meeting ended with a visit to the training centre'), /No reporting verb/],
  ])('refuses %s, saying why', (_label, select, problem) => {
    const records = extract(QUOTED);
    const marked = markStatement({ ...records, statements: [] }, select(QUOTED), bundledTables());
    expect(marked).toEqual({ problem: expect.stringMatching(problem) as unknown });
  });

  it('refuses words that are part of a statement already', () => {
    const records = extract(YOUTH);
    const first = records.statements[0]!;
    const marked = markStatement(records, [first.span[0] + 4, first.span[1] - 4], bundledTables());
    expect(marked).toEqual({ problem: expect.stringMatching(/part of a statement already/) as unknown });
  });
});
