import { describe, expect, it } from 'vitest';
import { matchesSearch, parseSearchQuery, splitForHighlight, tokenizeWords } from '../../../../src/domain/view-state/search.ts';

// Text in decomposed form (NFD) carries its accents as separate combining
// marks. Before the fix the tokenizer split words at every mark, so "São"
// written decomposed became "sa" + "o" and a search for "São" missed it.
describe('search words keep their combining marks', () => {
  const decomposed = 'Talks in Sa\u0303o Tome\u0301 ended.';

  it('tokenizes a decomposed word as one word, folded like its composed form', () => {
    expect(tokenizeWords(decomposed).map((token) => token.folded)).toEqual(['talks', 'in', 'sao', 'tome', 'ended']);
    expect(tokenizeWords('Talks in São Tomé ended.').map((token) => token.folded)).toEqual([
      'talks',
      'in',
      'sao',
      'tome',
      'ended',
    ]);
  });

  it.each([
    ['São', decomposed, true],
    ['Sa\u0303o Tome\u0301', 'Talks in São Tomé ended.', true],
    ['tomé', decomposed, true],
    ['sao tomex', decomposed, false],
  ])('query %j in %j matches: %s', (query, text, expected) => {
    expect(matchesSearch(text, parseSearchQuery(query))).toBe(expected);
  });

  it('keeps a Devanagari word with vowel signs whole', () => {
    expect(tokenizeWords('हिन्दी भाषा')).toHaveLength(2);
  });

  it('does not start a word with a stray mark', () => {
    expect(parseSearchQuery('\u0301 abc')).toEqual(['abc']);
  });

  it('highlights the whole decomposed prefix', () => {
    expect(splitForHighlight('Sa\u0303o Paulo', parseSearchQuery('sao'))).toEqual([
      { text: 'Sa\u0303o', match: true },
      { text: ' Paulo', match: false },
    ]);
  });
});
