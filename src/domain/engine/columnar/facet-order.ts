import type { FacetCount } from '../contract.ts';

/** Value ids in ascending value order, and the values in that order. */
export type ValueOrder = { byValue: Uint32Array; values: readonly string[] };

/** Entries made by earlier queries, by slot, with their counts alongside (read without touching the entry). */
export type FacetMemo = { entries: Array<FacetCount | undefined>; counts: Uint32Array };

export function createFacetMemo(size: number): FacetMemo {
  // Filled up front: a sparse array written at random indices turns into a slow dictionary.
  return { entries: new Array<FacetCount | undefined>(size).fill(undefined), counts: new Uint32Array(size) };
}

/**
 * Facet entries with a non-zero count, by descending count then ascending
 * value (the reference's order). With `order` (the value ids in ascending
 * value order), long facets (every event of the corpus) are ordered by a
 * counting sort instead of a comparison sort.
 */
export function sortFacetCounts(
  counts: Uint32Array,
  values: readonly string[],
  order: ValueOrder | null,
  memo?: FacetMemo,
  /** When given and the counting sort ran: filled with the value id of each result entry, else left untouched. */
  idsOut?: { ids: Uint32Array | null },
): FacetCount[] {
  // Facet entries are immutable, so an entry equal to one made for an
  // earlier query is that same object: switching back and forth between
  // filters allocates (and garbage-collects) nothing for unchanged values.
  // The memo is indexed by the value's place in value order where there is
  // one, so it is read sequentially (and its entries sit close in memory).
  const entryOf = (slot: number, value: string, count: number): FacetCount => {
    if (memo === undefined) return { value, count };
    if (memo.counts[slot] === count) return memo.entries[slot]!;
    const entry = { value, count };
    memo.entries[slot] = entry;
    memo.counts[slot] = count;
    return entry;
  };
  let entries = 0;
  let max = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i]!;
    if (count === 0) continue;
    entries += 1;
    if (count > max) max = count;
  }
  if (order === null || max > 4 * entries + 1024) {
    const result: FacetCount[] = [];
    for (let i = 0; i < counts.length; i += 1) if (counts[i]! > 0) result.push(entryOf(i, values[i]!, counts[i]!));
    return result.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  // Slots by descending count; filling them in value order keeps ties sorted.
  const next = new Uint32Array(max + 2);
  for (let i = 0; i < counts.length; i += 1) if (counts[i]! > 0) next[max - counts[i]! + 1]! += 1;
  for (let slot = 1; slot <= max; slot += 1) next[slot]! += next[slot - 1]!;
  const result = new Array<FacetCount>(entries);
  const { byValue, values: inOrder } = order;
  const memoCounts = memo?.counts;
  const memoEntries = memo?.entries;
  const ids = idsOut ? new Uint32Array(entries) : null;
  for (let j = 0; j < byValue.length; j += 1) {
    const count = counts[byValue[j]!]!;
    if (count === 0) continue;
    const slot = max - count;
    // entryOf, inlined: this loop runs over every event of the corpus.
    let entry: FacetCount;
    if (memoCounts !== undefined && memoCounts[j] === count) entry = memoEntries![j]!;
    else {
      entry = { value: inOrder[j]!, count };
      if (memoCounts !== undefined) {
        memoCounts[j] = count;
        memoEntries![j] = entry;
      }
    }
    if (ids !== null) ids[next[slot]!] = byValue[j]!;
    result[next[slot]!] = entry;
    next[slot]! += 1;
  }
  if (idsOut) idsOut.ids = ids;
  return result;
}
