import { createBitset, orInto, andInto, type Bitset } from '../columnar/bitset.ts';

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
};

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

/** Records holding a word that starts with `prefix`, OR-ed into `bits`. */
export function matchPrefix(index: TextIndex, prefix: string, bits: Bitset = createBitset(index.size)): Bitset {
  const [first, end] = prefixRange(index.words, prefix);
  const { offsets, positions, dense } = index;
  for (let rank = first; rank < end; rank += 1) {
    const wordBits = dense[rank];
    if (wordBits) {
      orInto(bits, wordBits);
      continue;
    }
    for (let i = offsets[rank]!; i < offsets[rank + 1]!; i += 1) {
      const position = positions[i]!;
      bits[position >>> 5]! |= 1 << (position & 31);
    }
  }
  return bits;
}

/**
 * Records matching every (folded, parsed) query word, written into `into`
 * (zeroed) when given; null for no words.
 */
export function matchQuery(index: TextIndex, queryWords: readonly string[], into?: Bitset): Bitset | null {
  if (queryWords.length === 0) return null;
  const result = matchPrefix(index, queryWords[0]!, into);
  if (queryWords.length === 1) return result;
  const word = createBitset(index.size);
  for (const query of queryWords.slice(1)) {
    word.fill(0);
    andInto(result, matchPrefix(index, query, word));
  }
  return result;
}
