import { describe, expect, it } from 'vitest';
import { lineOf, splitParagraphs, splitSentences } from '../../../../src/domain/extract/text.ts';

function sentencesOf(text: string): string[] {
  return splitParagraphs(text).flatMap((p) => splitSentences(text, p).map((s) => text.slice(s.start, s.end)));
}

describe('splitParagraphs', () => {
  it.each([
    ['', []],
    ['One line.', ['One line.']],
    ['First.\nSecond.', ['First.', 'Second.']],
    ['First.\r\n\r\n  Second.  \n', ['First.', 'Second.']],
    ['\n\n', []],
  ])('%j', (text, expected) => {
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(expected);
    expect(paragraphs.map((p) => p.index)).toEqual(expected.map((_, i) => i));
  });
});

describe('splitSentences', () => {
  it.each([
    ['He spoke. She listened.', ['He spoke.', 'She listened.']],
    ['Mr. Norov spoke. Dr. Li listened.', ['Mr. Norov spoke.', 'Dr. Li listened.']],
    ['V. Norov spoke in the U.S. today. Then he left.', ['V. Norov spoke in the U.S. today.', 'Then he left.']],
    ['She said: "We act. We win." Then she left.', ['She said: "We act. We win."', 'Then she left.']],
    ['"Enough," he said. It ended.', ['"Enough," he said.', 'It ended.']],
    ['Is it over? No! It goes on.', ['Is it over?', 'No!', 'It goes on.']],
    ['The rate was 3.5 per cent. It rose.', ['The rate was 3.5 per cent.', 'It rose.']],
    ['No full stop at the end', ['No full stop at the end']],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('lineOf', () => {
  it.each([
    ['a\nb\nc', 0, 1],
    ['a\nb\nc', 2, 2],
    ['a\nb\nc', 4, 3],
  ])('%j at %i is line %i', (text, offset, line) => {
    expect(lineOf(text, offset)).toBe(line);
  });
});
