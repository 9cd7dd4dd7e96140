import { describe, expect, it } from 'vitest';
import { locateWords } from '../../../../src/domain/working-corpus/locate-words.ts';

const TEXT = 'He said the exchange of data was faster.\nShe said the exchange of data was faster.\nThe Director’s view:  borders  matter.';

describe('locateWords', () => {
  it('takes the selection when the words are its text, even when found twice', () => {
    const second = TEXT.indexOf('the exchange', 10);
    expect(locateWords(TEXT, 'the exchange of data', [second - 1, second + 20])).toEqual({ span: [second, second + 20] });
  });

  it('finds typed or pasted words that occur once, white space and quotes compared loosely', () => {
    const at = TEXT.indexOf('Director’s');
    const located = locateWords(TEXT, "Director's view: borders matter", null);
    expect(located).toEqual({ span: [at, TEXT.indexOf('matter') + 'matter'.length] });
  });

  it.each([
    ['nothing', '   ', /Select the statement’s words/],
    ['words found twice without a selection', 'the exchange of data', /more than once/],
    ['words that are not there', 'drug trafficking', /not in the release text/],
  ])('says what to do with %s', (_label, words, problem) => {
    expect(locateWords(TEXT, words, null)).toEqual({ problem: expect.stringMatching(problem) as unknown });
  });

  it('ignores a selection that no longer holds the words', () => {
    expect(locateWords(TEXT, 'borders matter', [0, 8])).toEqual({ span: [TEXT.indexOf('borders'), TEXT.indexOf('matter') + 6] });
  });
});
