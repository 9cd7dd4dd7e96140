import { describe, expect, it } from 'vitest';
import { characterAdvance, estimateTextWidth, truncateText, wrapText } from '../../../src/figures/text-measure.ts';

// Arial's advances (the metrics Liberation Sans and Arimo share), in
// thousandths of an em, for a sample of characters: the table must never
// be narrower, or a label laid out from it would run into its neighbour.
const ARIAL = { a: 556, e: 556, i: 222, l: 222, m: 833, n: 556, o: 556, s: 500, t: 278, W: 944, M: 833, ' ': 278, '1': 556, '.': 278 };

describe('characterAdvance', () => {
  it('is at least Arial’s advance for every character sampled, and wider on the whole', () => {
    let table = 0;
    let arial = 0;
    for (const [character, advance] of Object.entries(ARIAL)) {
      expect(characterAdvance(character) * 1000, character).toBeGreaterThanOrEqual(advance);
      table += characterAdvance(character) * 1000;
      arial += advance;
    }
    expect(table / arial).toBeGreaterThan(1.08);
  });

  it('is wider in bold', () => {
    for (const character of 'aeimnoW1') expect(characterAdvance(character, 'bold')).toBeGreaterThan(characterAdvance(character));
  });

  it.each([
    ['an accented letter as its letter', 'é', characterAdvance('e')],
    ['an ellipsis as an em', '…', 1],
    ['a CJK character as an em', '中', 1],
    ['an emoji as an em', '😀', 1],
  ])('measures %s', (_name, character, expected) => {
    expect(characterAdvance(character)).toBe(expected);
  });
});

describe('estimateTextWidth, truncateText, wrapText', () => {
  it('adds the advances at the font size', () => {
    expect(estimateTextWidth('ab', 10)).toBeCloseTo((characterAdvance('a') + characterAdvance('b')) * 10, 6);
    expect(estimateTextWidth('', 10)).toBe(0);
  });

  it('cuts with an ellipsis within the width, in either weight', () => {
    for (const weight of ['normal', 'bold'] as const) {
      const cut = truncateText('Only mentioned (hatched, dashed outline)', 150, 15, weight);
      expect(cut.endsWith('…')).toBe(true);
      expect(estimateTextWidth(cut, 15, weight)).toBeLessThanOrEqual(150);
    }
  });

  it('wraps bold text to more lines than regular when it is wider', () => {
    const title = 'Themes over time: share of statements per theme by year';
    expect(wrapText(title, 560, 30, 3, 'bold').length).toBeGreaterThanOrEqual(wrapText(title, 560, 30, 3).length);
    for (const line of wrapText(title, 560, 30, 3, 'bold')) expect(estimateTextWidth(line, 30, 'bold')).toBeLessThanOrEqual(560);
  });
});
