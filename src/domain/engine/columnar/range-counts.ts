import { popcount32, type Bitset } from './bitset.ts';

/**
 * Counts of set positions of `a AND b` in each consecutive range
 * [bounds[i], bounds[i+1]), in one pass over the words and no allocation
 * but the result (none with `into`). A null operand means "every position".
 */
export function countPerRange(
  a: Bitset | null,
  b: Bitset | null,
  bounds: Uint32Array,
  into?: Uint32Array,
): Uint32Array {
  const ranges = Math.max(0, bounds.length - 1);
  const counts = into ?? new Uint32Array(ranges);
  if (a === null && b === null) {
    for (let i = 0; i < ranges; i += 1) counts[i] = bounds[i + 1]! - bounds[i]!;
    return counts;
  }
  const x = (a ?? b)!;
  const y = (b ?? a)!;
  let word = 0;
  let before = 0; // set positions in words [0, word)
  let previous = 0;
  for (let i = 0; i <= ranges; i += 1) {
    const position = bounds[i]!;
    const target = position >>> 5;
    while (word < target) {
      const bits = x[word]! & y[word]!;
      if (bits !== 0) before += popcount32(bits);
      word += 1;
    }
    const offset = position & 31;
    const rank = offset === 0 ? before : before + popcount32(x[word]! & y[word]! & (0xffffffff >>> (32 - offset)));
    if (i > 0) counts[i - 1] = rank - previous;
    previous = rank;
  }
  return counts;
}
