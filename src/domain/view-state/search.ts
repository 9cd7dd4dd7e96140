import { stemWord } from './stem-word.ts';

/**
 * Full-text search semantics, shared by every engine and by highlighting.
 *
 * A query is split into words; a statement matches when every query word
 * matches some word of the statement: a word that starts with it (so
 * "terror" finds "terrorists"), or a word with the same stem (so "drugs"
 * finds "drug" and "terrorist" finds "terrorism"; see stem-word.ts).
 * Matching ignores case and diacritics ("Norov" = "norov", "Sao" = "São").
 *
 * A statement's words are those of its text, of its speaker's name, role
 * and organisation ("Secretary-General" finds what the Secretary-General
 * said), and of the names of the countries it mentions ("Afghanistan" finds
 * a statement that says "Afghan"). Prefixes and stems of whole words are
 * what an inverted index over a sorted vocabulary can answer exactly, so
 * small and large corpora give the same results.
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

/** A folded query word and its stem, computed once per query. */
export type QueryWord = { word: string; stem: string };

export function toQueryWords(queryWords: readonly string[]): QueryWord[] {
  return queryWords.map((word) => ({ word, stem: stemWord(word) }));
}

/** True when the folded `word` (whose stem is `wordStem`) matches the query word. */
export function wordMatches(word: string, wordStem: string, query: QueryWord): boolean {
  return word.startsWith(query.word) || wordStem === query.stem;
}

/** The speaker's words a search looks in: name, role and organisation; null for none. */
export function speakerSearchText(
  speaker: { name: string | null; role: string | null; organisation: string | null } | null,
): string | null {
  if (speaker === null) return null;
  const parts = [speaker.name, speaker.role, speaker.organisation].filter((part): part is string => part !== null && part !== '');
  return parts.length === 0 ? null : parts.join(' ');
}

type FoldedWords = { words: readonly string[]; stems: readonly string[] };
const wordsByName = new Map<string, FoldedWords>();

/** The folded words (and stems) of a name, worked out once per name. */
function nameWords(name: string): FoldedWords {
  let entry = wordsByName.get(name);
  if (entry === undefined) {
    const words = [...new Set(tokenizeWords(name).map((token) => token.folded))];
    entry = { words, stems: words.map(stemWord) };
    wordsByName.set(name, entry);
  }
  return entry;
}

/**
 * True when a word of a country's English name (countryName: "Afghanistan"
 * for AFG) matches the query word: how a search finds a statement that
 * mentions the country by another word ("Afghan").
 */
export function countryNameMatches(name: string, query: QueryWord): boolean {
  const { words, stems } = nameWords(name);
  return words.some((word, i) => wordMatches(word, stems[i]!, query));
}

/** True when every query word matches a word of `text` (prefix or stem). */
export function matchesSearch(text: string, queryWords: readonly string[]): boolean {
  if (queryWords.length === 0) return true;
  const words = tokenizeWords(text).map((token) => token.folded);
  const stems = words.map(stemWord);
  return toQueryWords(queryWords).every((query) => words.some((word, i) => wordMatches(word, stems[i]!, query)));
}

/**
 * True when every query word matches a word of the statement's text, of its
 * speaker (name, role, organisation) or of a country it mentions.
 */
export function matchesStatementSearch(
  statement: { text: string; speaker: Parameters<typeof speakerSearchText>[0]; mentionedCountries: ReadonlyArray<{ code: string }> },
  queryWords: readonly string[],
  countryName: (code: string) => string,
): boolean {
  if (queryWords.length === 0) return true;
  const words = tokenizeWords(`${statement.text} ${speakerSearchText(statement.speaker) ?? ''}`).map((token) => token.folded);
  const stems = words.map(stemWord);
  return toQueryWords(queryWords).every(
    (query) =>
      words.some((word, i) => wordMatches(word, stems[i]!, query)) ||
      statement.mentionedCountries.some((mention) => countryNameMatches(countryName(mention.code), query)),
  );
}

export type TextPiece = { text: string; match: boolean };

/**
 * Splits `text` into plain and matching pieces for highlighting. The pieces
 * are strings, drawn as text nodes: nothing here is ever parsed as HTML.
 * Only the matched prefix of a word is marked ("terror" in "terrorists"); a
 * word matched by its stem is marked whole ("drug" for "drugs").
 */
export function splitForHighlight(text: string, queryWords: readonly string[]): TextPiece[] {
  if (queryWords.length === 0 || text.length === 0) return text.length === 0 ? [] : [{ text, match: false }];
  const queries = toQueryWords(queryWords);
  const ranges: Array<[number, number]> = [];
  for (const token of tokenizeWords(text)) {
    let longest = 0;
    const stem = stemWord(token.folded);
    for (const query of queries) {
      if (token.folded.startsWith(query.word)) longest = Math.max(longest, query.word.length);
      else if (stem === query.stem) longest = token.folded.length;
    }
    if (longest > 0) ranges.push([token.start, longest >= token.folded.length ? token.end : originalPrefixEnd(text, token, longest)]);
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
