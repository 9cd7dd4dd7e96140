import { createBitset, orInto, andInto, type Bitset } from '../columnar/bitset.ts';
import type { QueryWord } from '../../view-state/search.ts';
import { stemWord } from '../../view-state/stem-word.ts';

/**
 * An inverted index for the search semantics of src/domain/view-state/search.ts: a
 * statement matches when every query word is a prefix of one of its folded
 * words. The vocabulary is sorted, so the words a prefix starts form one
 * contiguous range found by binary search; the statements holding them are
 * the OR of their postings, and query words combine with AND.
 *
 * Words in more than 1/32 of the statements are kept as bitsets (smaller
 * than their postings and OR-ed a word at a time); the rest as sorted
 * positions.
 */
export type TextIndex = {
  size: number;
  /** Folded words, ascending by UTF-16 code units (the order of startsWith ranges). */
  words: readonly string[];
  /** Postings of word r: positions[offsets[r]] … positions[offsets[r + 1] - 1]. */
  offsets: Uint32Array;
  positions: Uint32Array;
  /** Bitsets of the frequent words, by sorted word rank; undefined elsewhere. */
  dense: ReadonlyArray<Bitset | undefined>;
  /**
   * The words whose stem is not the word itself ("drugs" → "drug"), as
   * (stem, rank) pairs sorted by stem: with the word equal to a stem, they
   * are every word of that stem (a stem is its own stem).
   */
  stemKeys: readonly string[];
  stemRanks: Uint32Array;
};

/** (stem, rank) of the sorted words whose stem differs from the word, sorted by stem then rank. */
export function stemsOf(words: readonly string[]): { stemKeys: string[]; stemRanks: Uint32Array } {
  const pairs: Array<[string, number]> = [];
  for (let rank = 0; rank < words.length; rank += 1) {
    const stem = stemWord(words[rank]!);
    if (stem !== words[rank]) pairs.push([stem, rank]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { stemKeys: pairs.map((pair) => pair[0]), stemRanks: Uint32Array.from(pairs, (pair) => pair[1]) };
}

/** The first index of `sorted` whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [first, end) ranks of the vocabulary words that start with `prefix`. */
export function prefixRange(words: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}

/** The records holding the word of sorted rank `rank`, OR-ed into `bits`. */
function orWord(index: TextIndex, rank: number, bits: Bitset): void {
  const wordBits = index.dense[rank];
  if (wordBits) {
    orInto(bits, wordBits);
    return;
  }
  const { offsets, positions } = index;
  for (let i = offsets[rank]!; i < offsets[rank + 1]!; i += 1) {
    const position = positions[i]!;
    bits[position >>> 5]! |= 1 << (position & 31);
  }
}

/** Records holding a word that starts with `prefix`, OR-ed into `bits`. */
export function matchPrefix(index: TextIndex, prefix: string, bits: Bitset = createBitset(index.size)): Bitset {
  const [first, end] = prefixRange(index.words, prefix);
  for (let rank = first; rank < end; rank += 1) orWord(index, rank, bits);
  return bits;
}

/**
 * Records holding a word that matches the query word (search.ts): one that
 * starts with it, or has its stem. OR-ed into `bits`.
 */
export function matchWord(index: TextIndex, query: QueryWord, bits: Bitset = createBitset(index.size)): Bitset {
  const { words, stemKeys, stemRanks } = index;
  const [first, end] = prefixRange(words, query.word);
  for (let rank = first; rank < end; rank += 1) orWord(index, rank, bits);
  const outsidePrefix = (rank: number) => rank < first || rank >= end;
  const same = lowerBound(words, query.stem);
  if (same < words.length && words[same] === query.stem && outsidePrefix(same)) orWord(index, same, bits);
  for (let i = lowerBound(stemKeys, query.stem); i < stemKeys.length && stemKeys[i] === query.stem; i += 1) {
    if (outsidePrefix(stemRanks[i]!)) orWord(index, stemRanks[i]!, bits);
  }
  return bits;
}

/**
 * Records matching every query word, written into `into` (zeroed) when
 * given; null for no words. `alsoMatching`, when given, ORs in the records
 * a query word matches outside the text (the countries they mention).
 */
export function matchQuery(
  index: TextIndex,
  queryWords: readonly QueryWord[],
  into?: Bitset,
  alsoMatching?: (query: QueryWord, bits: Bitset) => void,
): Bitset | null {
  if (queryWords.length === 0) return null;
  const result = matchWord(index, queryWords[0]!, into);
  alsoMatching?.(queryWords[0]!, result);
  if (queryWords.length === 1) return result;
  const word = createBitset(index.size);
  for (const query of queryWords.slice(1)) {
    word.fill(0);
    matchWord(index, query, word);
    alsoMatching?.(query, word);
    andInto(result, word);
  }
  return result;
}
