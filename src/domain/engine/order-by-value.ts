/**
 * Indices of `values` in ascending UTF-16 code-unit order (equal values keep
 * their index order) — the order `a < b` gives, as the reference compares
 * facet values. An MSD radix sort over character codes: ids of a corpus
 * share long prefixes ("event-2019-…"), on which a comparison sort spends
 * most of its time re-reading the same characters.
 */
export function orderByValue(values: readonly string[]): Uint32Array {
  const ids = Uint32Array.from(values.keys());
  sortRange(values, ids, new Uint32Array(ids.length), 0, ids.length, 0);
  return ids;
}

const SMALL = 32;
/** Bucket 0: the string has ended; 1…128: ASCII code + 1. */
const BUCKETS = 129;

function compareFrom(values: readonly string[]) {
  return (a: number, b: number): number => {
    const x = values[a]!;
    const y = values[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  };
}

function sortRange(values: readonly string[], ids: Uint32Array, scratch: Uint32Array, lo: number, hi: number, depth: number): void {
  const counts = new Uint32Array(BUCKETS + 1);
  for (;;) {
    if (hi - lo <= SMALL) {
      ids.subarray(lo, hi).sort(compareFrom(values));
      return;
    }
    counts.fill(0);
    for (let j = lo; j < hi; j += 1) {
      const value = values[ids[j]!]!;
      const code = depth < value.length ? value.charCodeAt(depth) : -1;
      if (code >= 128) {
        // Beyond ASCII: a comparison sort of this range is simplest and exact.
        ids.subarray(lo, hi).sort(compareFrom(values));
        return;
      }
      counts[code + 2]! += 1;
    }
    // A shared character: go one deeper without moving anything.
    let shared = -1;
    for (let bucket = 0; bucket < BUCKETS; bucket += 1) {
      const size = counts[bucket + 1]!;
      if (size === hi - lo) shared = bucket;
      if (size !== 0) break;
    }
    if (shared === 0) return; // every string ended: all equal
    if (shared > 0) {
      depth += 1;
      continue;
    }
    for (let bucket = 1; bucket <= BUCKETS; bucket += 1) counts[bucket]! += counts[bucket - 1]!;
    for (let j = lo; j < hi; j += 1) {
      const value = values[ids[j]!]!;
      const bucket = depth < value.length ? value.charCodeAt(depth) + 1 : 0;
      scratch[lo + counts[bucket]!] = ids[j]!;
      counts[bucket]! += 1;
    }
    ids.set(scratch.subarray(lo, hi), lo);
    // counts[b] is now the end of bucket b; bucket 0 (ended strings) is done.
    let from = lo + counts[0]!;
    for (let bucket = 1; bucket < BUCKETS; bucket += 1) {
      const to = lo + counts[bucket]!;
      if (to - from > 1) sortRange(values, ids, scratch, from, to, depth + 1);
      from = to;
    }
    return;
  }
}
