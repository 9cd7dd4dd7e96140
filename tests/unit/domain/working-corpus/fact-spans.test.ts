import { describe, expect, it } from 'vitest';
import { textRuns, type FactSpan } from '../../../../src/domain/working-corpus/fact-spans.ts';

const fact = (key: string, span: [number, number]): FactSpan => ({ key, kind: 'statement', span, label: key });

describe('textRuns', () => {
  it('cuts the text at every boundary, innermost fact first', () => {
    const runs = textRuns(10, [fact('s', [2, 8]), fact('v', [3, 5])]);
    expect(runs.map((r) => [r.start, r.end, r.facts.map((f) => f.key)])).toEqual([
      [0, 2, []],
      [2, 3, ['s']],
      [3, 5, ['v', 's']],
      [5, 8, ['s']],
      [8, 10, []],
    ]);
  });
  it('covers the whole text once, with no span', () => {
    expect(textRuns(4, [])).toEqual([{ start: 0, end: 4, facts: [] }]);
  });
});

describe('reviewFirst', () => {
  it('lists warnings, then inferred facts, then a missing statement', async () => {
    const { reviewFirst } = await import('../../../../src/domain/working-corpus/review-first.ts');
    const { readFileSync } = await import('node:fs');
    const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as import('../../../../src/domain/corpus/corpus-schema.ts').Corpus;
    const records = { document: corpus.documents[0]!, event: corpus.events[0]!, statements: [] };
    const items = reviewFirst(records, [{ line: 3, message: 'no speaker recognised' }]);
    expect(items[0]).toEqual({ key: 'warning:0', text: 'Line 3: no speaker recognised' });
    // The seed's year, online format and organiser are inferred.
    expect(items.map((i) => i.key)).toEqual(['warning:0', 'startDate', 'format', 'organiser:0', 'no-statements']);
  });
});
