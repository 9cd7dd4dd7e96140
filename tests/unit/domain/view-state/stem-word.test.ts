import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemWord } from '../../../../src/domain/view-state/stem-word.ts';
import { splitForHighlight, matchesSearch, parseSearchQuery } from '../../../../src/domain/view-state/search.ts';

describe('stemWord', () => {
  it.each([
    ['drug', 'drugs'],
    ['terrorist', 'terrorism'],
    ['terrorists', 'terrorism'],
    ['extremist', 'extremisms'],
    ['threat', 'threats'],
    ['challenge', 'challenges'],
    ['country', 'countries'],
    ['approach', 'approaches'],
    ['process', 'processes'],
    ['tax', 'taxes'],
    ['organisation', 'organizations'],
    ['emphasise', 'emphasize'],
    ['cause', 'causes'],
    ['agency', 'agencies'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });

  it.each([
    ['stated', 'states'],
    ['noted', 'not'],
    ['consensus', 'consensu'],
    ['crisis', 'crisi'],
    ['process', 'proces'],
    ['news', 'new'],
    ['general', 'generate'],
    ['terror', 'terrorist'],
  ])('%s and %s do not', (a, b) => {
    expect(stemWord(a)).not.toBe(stemWord(b));
  });

  it.each(['sco', 'ict', 'covid', '21st', 'são', 'über', 'norov'])('leaves %s as it is', (word) => {
    expect(stemWord(word)).toBe(word);
  });

  it('is its own stem: stemming twice changes nothing', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'abcdeiostuxyz'.split('')), minLength: 1, maxLength: 14 });
    const endings = fc.constantFrom('', 's', 'es', 'ies', 'ism', 'isms', 'ist', 'ists', 'izes', 'ization', 'sses', 'ches', 'zzes', 'us', 'is');
    fc.assert(
      fc.property(letters, endings, (stem, ending) => {
        const once = stemWord(stem + ending);
        expect(stemWord(once)).toBe(once);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});

describe('search by stem', () => {
  it('finds an inflection and marks the whole word it found', () => {
    const text = 'measures to prevent illegal drug trafficking by terrorists';
    expect(matchesSearch(text, parseSearchQuery('drugs'))).toBe(true);
    expect(matchesSearch(text, parseSearchQuery('terrorism'))).toBe(true);
    expect(matchesSearch(text, parseSearchQuery('drugstore'))).toBe(false);
    expect(splitForHighlight(text, parseSearchQuery('drugs terror')).filter((piece) => piece.match).map((piece) => piece.text)).toEqual([
      'drug',
      'terror',
    ]);
  });
});
