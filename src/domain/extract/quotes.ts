/**
 * Quotation marks in a sentence. A quotation that is never closed runs to
 * the end of the sentence (its paragraph, since an open quotation never
 * ends a sentence): words inside it are the quoted speaker's, never a
 * statement of someone it names.
 */

export const OPEN_QUOTES = '"\u201C';
export const CLOSE_OF: Record<string, string> = { '"': '"', '\u201C': '\u201D' };

/** Where the quotation opened at `open` closes before `end`, or null when it does not. */
export function closeOf(text: string, open: number, end: number): number | null {
  const close = text.indexOf(CLOSE_OF[text[open]!]!, open + 1);
  return close === -1 || close >= end ? null : close;
}

/** Ranges of text[start, end) that are inside quotation marks, an unclosed one to `end`. */
export function quoteRanges(text: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = start; i < end; i += 1) {
    if (!OPEN_QUOTES.includes(text[i]!)) continue;
    const close = closeOf(text, i, end);
    if (close === null) {
      ranges.push([i, end]);
      break;
    }
    ranges.push([i, close + 1]);
    i = close;
  }
  return ranges;
}
