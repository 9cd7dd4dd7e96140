import { describe, expect, it } from 'vitest';
import {
  buildShadeScale,
  formatBucketLabel,
  paletteIndices,
  shadeBucketOf,
  type ShadeBucket,
} from '../../../../src/domain/map/map-shading.ts';

const ranges = (counts: number[], max?: number) => buildShadeScale(counts, max).buckets.map(formatBucketLabel);

describe('buildShadeScale', () => {
  it.each<[string, number[], string[]]>([
    ['no countries: no classes', [], []],
    ['only zero counts: no classes', [0, 0], []],
    ['one event each (the seed): a single class', [1, 1, 1, 1, 1, 1, 1], ['1']],
    ['small maxima get one class per count', [1, 3, 2], ['1', '2', '3']],
    ['a maximum of exactly five keeps five single classes', [5, 1], ['1', '2', '3', '4', '5']],
    ['zeros are ignored when cutting', [0, 0, 0, 2], ['1', '2']],
    ['a long tail is cut at quantiles', [1, 1, 1, 1, 2, 2, 3, 5, 8, 40], ['1', '2', '3', '4–8', '9–40']],
    ['two far-apart values give two classes, not five', [1, 50], ['1', '2–50']],
    ['ties collapse to fewer classes', [7, 7, 7, 7, 7, 7], ['1–7']],
    ['fractional or non-finite counts do not break it', [1.7, Number.NaN, 9, Infinity], ['1', '2–9']],
  ])('%s', (_, counts, expected) => {
    expect(ranges(counts)).toEqual(expected);
  });

  it('never has more classes than asked for, and covers 1..max contiguously', () => {
    const counts = Array.from({ length: 200 }, (_, i) => 1 + ((i * 37) % 97));
    for (const max of [1, 2, 3, 5, 7]) {
      const { buckets } = buildShadeScale(counts, max);
      expect(buckets.length).toBeLessThanOrEqual(max);
      expect(buckets[0]!.min).toBe(1);
      expect(buckets[buckets.length - 1]!.max).toBe(97);
      buckets.slice(1).forEach((bucket, i) => expect(bucket.min).toBe(buckets[i]!.max + 1));
    }
  });

  it('does not reorder the caller’s array', () => {
    const counts = [5, 1, 9, 3, 7, 2];
    buildShadeScale(counts);
    expect(counts).toEqual([5, 1, 9, 3, 7, 2]);
  });
});

describe('shadeBucketOf', () => {
  const scale = buildShadeScale([1, 1, 1, 1, 2, 2, 3, 5, 8, 40]);
  it.each<[number, number | null]>([
    [0, null],
    [-1, null],
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 3],
    [8, 3],
    [9, 4],
    [40, 4],
    [41, null],
  ])('%d events → class %s', (count, expected) => {
    expect(shadeBucketOf(scale, count)).toBe(expected);
  });
});

describe('formatBucketLabel', () => {
  it.each<[ShadeBucket, string]>([
    [{ min: 1, max: 1 }, '1'],
    [{ min: 2, max: 3 }, '2–3'],
  ])('%o → %s', (bucket, label) => expect(formatBucketLabel(bucket)).toBe(label));
});

describe('paletteIndices', () => {
  it.each<[number, number, number[]]>([
    [0, 5, []],
    [1, 5, [3]],
    [2, 5, [0, 4]],
    [3, 5, [0, 2, 4]],
    [5, 5, [0, 1, 2, 3, 4]],
    [1, 1, [0]],
  ])('%d classes over %d colours → %o', (classes, colours, expected) => {
    expect(paletteIndices(classes, colours)).toEqual(expected);
  });
});
