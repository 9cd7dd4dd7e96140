/**
 * Full-text search semantics, shared by every engine and by highlighting.
 *
 * A query is split into words; a text matches when every query word is the
 * start of some word of the text (so "terror" finds "terrorists"). Matching
 * ignores case and diacritics ("Norov" = "norov", "Sao" = "São"). Prefix
 * matching on whole words is what an inverted index over a sorted vocabulary
 * can answer exactly, so small and large corpora give the same results.
 */

// A word starts with a letter or number and keeps its combining marks, so
// text in decomposed form (NFD: "Sa\u0303o") or with vowel signs (Devanagari)
// is one word, folded like its composed form, not split at every mark.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Folds a word for comparison: lower case, diacritics removed. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The folded query words, de-duplicated, in the order typed. */
export function parseSearchQuery(query: string): string[] {
  const words = new Set<string>();
  for (const match of query.matchAll(WORD)) words.add(foldWord(match[0]));
  return [...words];
}

export type WordToken = { folded: string; start: number; end: number };

/** Every word of `text` with its [start, end) offsets in the original string. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ folded: foldWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** True when every query word starts some word of `text`. */
export function matchesSearch(text: string, queryWords: readonly string[]): boolean {
  if (queryWords.length === 0) return true;
  const words = tokenizeWords(text).map((token) => token.folded);
  return queryWords.every((query) => words.some((word) => word.startsWith(query)));
}

export type TextPiece = { text: string; match: boolean };

/**
 * Splits `text` into plain and matching pieces for highlighting. The pieces
 * are strings, drawn as text nodes: nothing here is ever parsed as HTML.
 * Only the matched prefix of a word is marked ("terror" in "terrorists").
 */
export function splitForHighlight(text: string, queryWords: readonly string[]): TextPiece[] {
  if (queryWords.length === 0 || text.length === 0) return text.length === 0 ? [] : [{ text, match: false }];
  const ranges: Array<[number, number]> = [];
  for (const token of tokenizeWords(text)) {
    let longest = 0;
    for (const query of queryWords) {
      if (token.folded.startsWith(query)) longest = Math.max(longest, query.length);
    }
    if (longest > 0) ranges.push([token.start, originalPrefixEnd(text, token, longest)]);
  }
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), match: false });
  return pieces;
}

/**
 * Folding can change length ("é" is one code unit, its NFD form two), so the
 * end of a matched prefix is found by folding growing slices of the original.
 */
function originalPrefixEnd(text: string, token: WordToken, foldedLength: number): number {
  for (let end = token.start + 1; end <= token.end; end += 1) {
    if (foldWord(text.slice(token.start, end)).length >= foldedLength) return end;
  }
  return token.end;
}
