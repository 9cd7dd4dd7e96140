import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBits, createBitset, hasBit, setRange } from '../../../../../src/domain/engine/columnar/bitset.ts';
import { countPerRange } from '../../../../../src/domain/engine/columnar/range-counts.ts';

describe('bitset ranges and per-range counts', () => {
  it.each([
    [0, 0],
    [0, 1],
    [31, 33],
    [32, 64],
    [5, 100],
    [63, 64],
    [0, 130],
  ])('setRange(%i, %i) sets exactly that range', (start, end) => {
    const bits = createBitset(130);
    setRange(bits, start, end);
    const set = Array.from({ length: 130 }, (_, p) => hasBit(bits, p));
    expect(set).toEqual(Array.from({ length: 130 }, (_, p) => p >= start && p < end));
    expect(countBits(bits)).toBe(end - start);
  });

  it('counts a AND b per consecutive range, null meaning every position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (size, aPositions, bPositions, cuts) => {
          const a = createBitset(size);
          const b = createBitset(size);
          for (const p of aPositions) setRange(a, p % size, (p % size) + 1);
          for (const p of bPositions) setRange(b, p % size, (p % size) + 1);
          const bounds = Uint32Array.from(new Set([0, ...cuts.map((c) => c % (size + 1)), size])).sort();
          const expected = (x: Uint32Array | null, y: Uint32Array | null) =>
            Array.from(bounds.slice(1), (end, i) => {
              let count = 0;
              for (let p = bounds[i]!; p < end; p += 1) if ((x === null || hasBit(x, p)) && (y === null || hasBit(y, p))) count += 1;
              return count;
            });
          expect(Array.from(countPerRange(a, b, bounds))).toEqual(expected(a, b));
          expect(Array.from(countPerRange(a, null, bounds))).toEqual(expected(a, null));
          expect(Array.from(countPerRange(null, null, bounds))).toEqual(expected(null, null));
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});
