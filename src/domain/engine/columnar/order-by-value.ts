/**
 * Indices of `values` in ascending UTF-16 code-unit order (equal values keep
 * their index order) — the order `a < b` gives, as the reference compares
 * facet values.
 *
 * The strings of a large corpus lie scattered over a big heap, where each
 * one a comparison sort reads is likely a cache miss, and it reads each one
 * dozens of times (measured: 150–400 ms for 178 000 event ids inside a
 * 1M-statement build, against 30 ms for the same ids freshly allocated).
 * So each string is read once, into one contiguous buffer, and the sort
 * works there: a pass packs three characters from `depth` into one exact
 * numeric key and sorts the indices by key, and only runs of equal keys go
 * three characters deeper. Ids share long prefixes ("event-2019-…"), so a
 * run first skips the prefix all its values share.
 */
export function orderByValue(values: readonly string[]): Uint32Array {
  const count = values.length;
  const starts = new Uint32Array(count + 1);
  for (let i = 0; i < count; i += 1) starts[i + 1] = starts[i]! + values[i]!.length;
  const units = new Uint16Array(starts[count]!);
  let widest = 0;
  for (let i = 0; i < count; i += 1) {
    const value = values[i]!;
    const from = starts[i]!;
    for (let at = 0; at < value.length; at += 1) {
      const unit = value.charCodeAt(at);
      units[from + at] = unit;
      if (unit > widest) widest = unit;
    }
  }
  // A key and an index share one double (53 exact bits), so the sort is the
  // native numeric sort: no comparator calls.
  const indexBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const characterBits = widest < 0xff ? 8 : 17;
  const packed: Packed = {
    units,
    starts,
    scratch: new Float64Array(count),
    indexScale: 2 ** indexBits,
    characterScale: 2 ** characterBits,
    perPass: Math.max(1, Math.floor((53 - indexBits) / characterBits)),
  };
  const ids = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) ids[i] = i;
  sortRange(packed, ids, 0, count, 0);
  return ids;
}

type Packed = {
  units: Uint16Array;
  starts: Uint32Array;
  scratch: Float64Array;
  indexScale: number;
  characterScale: number;
  /** Characters per key. */
  perPass: number;
};

/** Where the values of ids[lo, hi) first differ, at or after `depth`. */
function commonPrefix(packed: Packed, ids: Uint32Array, lo: number, hi: number, depth: number): number {
  const { units, starts } = packed;
  const first = ids[lo]!;
  let end = starts[first + 1]! - starts[first]!;
  for (let j = lo + 1; j < hi && end > depth; j += 1) {
    const id = ids[j]!;
    const limit = Math.min(end, starts[id + 1]! - starts[id]!);
    let at = depth;
    while (at < limit && units[starts[id]! + at] === units[starts[first]! + at]) at += 1;
    end = at;
  }
  return end;
}

/**
 * Sorts ids[lo, hi) by their values from `depth` on: by a key of the next
 * `perPass` characters (each its code unit + 1, 0 past the end, so a
 * shorter string sorts first), then each run of one key deeper.
 */
function sortRange(packed: Packed, ids: Uint32Array, lo: number, hi: number, depth: number): void {
  if (hi - lo < 2) return;
  const { units, starts, indexScale, characterScale, perPass } = packed;
  depth = commonPrefix(packed, ids, lo, hi, depth);
  const entries = packed.scratch.subarray(lo, hi);
  for (let j = lo; j < hi; j += 1) {
    const id = ids[j]!;
    const from = starts[id]! + depth;
    const end = starts[id + 1]!;
    let key = 0;
    for (let c = 0; c < perPass; c += 1) key = key * characterScale + (from + c < end ? units[from + c]! + 1 : 0);
    entries[j - lo] = key * indexScale + id;
  }
  // Equal keys come out by index, the final order of equal values.
  entries.sort();
  for (let j = lo; j < hi; j += 1) ids[j] = entries[j - lo]! % indexScale;
  let start = lo;
  let startKey = Math.floor(entries[0]! / indexScale);
  for (let j = lo + 1; j <= hi; j += 1) {
    const key = j < hi ? Math.floor(entries[j - lo]! / indexScale) : -1;
    if (key === startKey) continue;
    // A run of one key whose values go on past it: they differ further on.
    if (j - start > 1 && startKey % characterScale !== 0) sortRange(packed, ids, start, j, depth + perPass);
    start = j;
    startKey = key;
  }
}
