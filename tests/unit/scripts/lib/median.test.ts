import { describe, expect, it } from 'vitest';
import { median } from '../../../../scripts/lib/median.ts';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[2, 2, 9], 2],
    [[-1, 10], 4.5],
  ])('of %j is %d', (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  it('is NaN without samples, not 0', () => {
    expect(median([])).toBeNaN();
  });

  it('leaves its input in order', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});
