import { describe, expect, it } from 'vitest';
import { lineAndColumn } from '../../../../src/domain/corpus/corpus-json-text.ts';

describe('lineAndColumn', () => {
  it.each<[string, number, { line: number; column: number }]>([
    ['', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 2, { line: 2, column: 1 }],
    ['a\nbc\n', 5, { line: 3, column: 1 }],
    ['a\r\nb', 3, { line: 2, column: 1 }],
  ])('%j at %i', (text, offset, expected) => {
    expect(lineAndColumn(text, offset)).toEqual(expected);
  });
});
