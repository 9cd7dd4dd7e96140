import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { clusterOrder, jaccardDistance, orderMatrix, type CountryMatrix } from '../../../../src/domain/co-participation/matrix-order.ts';

const matrix = (countries: string[], counts: number[]): CountryMatrix => ({ countries: countries as CountryCode[], counts });

// Two groups that meet among themselves: {A, C} and {B, D}; the count order interleaves them.
const twoGroups = matrix(['A', 'B', 'C', 'D'], [
  10, 1, 8, 0,
  1, 9, 0, 7,
  8, 0, 8, 1,
  0, 7, 1, 7,
]);

describe('matrix order', () => {
  it('by count keeps the engine order', () => {
    expect(orderMatrix(twoGroups, 'count')).toEqual(twoGroups);
  });

  it('Jaccard distance: shared over either, 0 for the same set, 1 for none shared', () => {
    expect(jaccardDistance(twoGroups, 0, 2)).toBeCloseTo(1 - 8 / 10);
    expect(jaccardDistance(twoGroups, 0, 0)).toBe(0);
    expect(jaccardDistance(matrix(['A', 'B'], [3, 0, 0, 2]), 0, 1)).toBe(1);
  });

  it('clustering puts countries that meet side by side', () => {
    const order = clusterOrder(twoGroups);
    const position = (i: number) => order.indexOf(i);
    expect(Math.abs(position(0) - position(2))).toBe(1);
    expect(Math.abs(position(1) - position(3))).toBe(1);
    const ordered = orderMatrix(twoGroups, 'cluster');
    expect(ordered.countries).toEqual(order.map((i) => twoGroups.countries[i]));
    // Rows and columns move together: the diagonal stays each country's own count.
    ordered.countries.forEach((code, i) => {
      const from = twoGroups.countries.indexOf(code);
      expect(ordered.counts[i * 4 + i]).toBe(twoGroups.counts[from * 4 + from]);
    });
  });

  it.each<[string, CountryMatrix, string[]]>([
    ['empty', matrix([], []), []],
    ['one country', matrix(['IND'], [5]), ['IND']],
    ['ties: nobody meets anybody, so the count order stays', matrix(['A', 'B', 'C'], [3, 0, 0, 0, 2, 0, 0, 0, 1]), ['A', 'B', 'C']],
    ['ties: everyone always together, so the count order stays', matrix(['A', 'B', 'C'], [2, 2, 2, 2, 2, 2, 2, 2, 2]), ['A', 'B', 'C']],
  ])('%s', (_name, input, expected) => {
    expect(orderMatrix(input, 'cluster').countries).toEqual(expected);
  });

  it('does not change its input', () => {
    const copy = structuredClone(twoGroups);
    orderMatrix(twoGroups, 'cluster');
    expect(twoGroups).toEqual(copy);
  });
});
