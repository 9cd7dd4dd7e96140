/**
 * Bitsets over record positions, as Uint32Array words (bit i of word w is
 * position 32·w + i). Every operation is a plain loop over words, so OR
 * within a facet and AND across facets cost one pass over n/32 words.
 */
export type Bitset = Uint32Array;

export function createBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function setBit(bits: Bitset, position: number): void {
  bits[position >>> 5]! |= 1 << (position & 31);
}

export function hasBit(bits: Bitset, position: number): boolean {
  return (bits[position >>> 5]! & (1 << (position & 31))) !== 0;
}

/** Sets positions [start, end). */
export function setRange(bits: Bitset, start: number, end: number): void {
  if (start >= end) return;
  const first = start >>> 5;
  const last = (end - 1) >>> 5;
  const headMask = ~0 << (start & 31);
  const tailMask = ~0 >>> (31 - ((end - 1) & 31));
  if (first === last) {
    bits[first]! |= headMask & tailMask;
    return;
  }
  bits[first]! |= headMask;
  for (let w = first + 1; w < last; w += 1) bits[w] = 0xffffffff;
  bits[last]! |= tailMask;
}

export function countBits(bits: Bitset): number {
  let total = 0;
  for (let w = 0; w < bits.length; w += 1) {
    const word = bits[w]!;
    if (word !== 0) total += popcount32(word);
  }
  return total;
}

/** target &= source, in place. */
export function andInto(target: Bitset, source: Bitset): void {
  for (let w = 0; w < target.length; w += 1) target[w]! &= source[w]!;
}

/** target |= source, in place. */
export function orInto(target: Bitset, source: Bitset): void {
  for (let w = 0; w < target.length; w += 1) target[w]! |= source[w]!;
}

/** How many positions `a AND b` holds, without building it. */
export function countAnd(a: Bitset, b: Bitset): number {
  let total = 0;
  for (let w = 0; w < a.length; w += 1) {
    const word = a[w]! & b[w]!;
    if (word !== 0) total += popcount32(word);
  }
  return total;
}

export function anyAnd(a: Bitset, b: Bitset): boolean {
  for (let w = 0; w < a.length; w += 1) if ((a[w]! & b[w]!) !== 0) return true;
  return false;
}
