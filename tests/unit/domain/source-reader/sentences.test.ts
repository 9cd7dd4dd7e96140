import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../../src/domain/source-reader/sentences.ts';

const TEXT = 'First one. Taking part were Japan, Chile and Peru. Mr Lind spoke at 3.30 pm!\nNew line here';

describe('sentenceAround', () => {
  it.each<[string, number, string]>([
    ['the first sentence', 2, 'First one.'],
    ['a word in the middle of a sentence', TEXT.indexOf('Chile'), 'Taking part were Japan, Chile and Peru.'],
    ['the first letter of a sentence', TEXT.indexOf('Taking'), 'Taking part were Japan, Chile and Peru.'],
    ['a decimal point is not a sentence end', TEXT.indexOf('30 pm'), 'Mr Lind spoke at 3.30 pm!'],
    ['a line break ends a sentence', TEXT.indexOf('line'), 'New line here'],
    ['past the end is clamped', TEXT.length + 5, 'New line here'],
  ])('%s', (_name, index, expected) => {
    const [start, end] = sentenceAround(TEXT, index);
    expect(TEXT.slice(start, end)).toBe(expected);
  });

  it('handles empty text', () => {
    expect(sentenceAround('', 0)).toEqual([0, 0]);
  });
});
