import { describe, expect, it } from 'vitest';
import { barSegmentGeometry } from '../../../src/figures/bar-segment.ts';

describe('barSegmentGeometry', () => {
  it.each<[string, { x: number; y: number; width: number; height: number }, string]>([
    ['whole numbers', { x: 48, y: 12, width: 72, height: 232 }, 'M 48,12 h 72 v 232 h -72 Z'],
    ['fractions rounded to four decimals', { x: 312.30000000004, y: 220.8, width: 72, height: 23.199999999 }, 'M 312.3,220.8 h 72 v 23.2 h -72 Z'],
    ['a tiny negative rounds to 0, not -0', { x: -0.00001, y: 1.23456789, width: 0.5, height: 1 }, 'M 0,1.2346 h 0.5 v 1 h -0.5 Z'],
    ['a negative height draws upwards', { x: 1, y: 10, width: 2, height: -3 }, 'M 1,10 h 2 v -3 h -2 Z'],
  ])('%s', (_name, box, d) => {
    expect(barSegmentGeometry(box)?.d).toBe(d);
  });

  it('rounds the attributes as it rounds the path', () => {
    expect(barSegmentGeometry({ x: 312.30000000004, y: -0.00001, width: 71.99999, height: 23.2 })).toEqual({
      x: 312.3,
      y: 0,
      width: 72,
      height: 23.2,
      d: 'M 312.3,0 h 72 v 23.2 h -72 Z',
    });
  });

  it.each<[string, { x: number; y: number; width: number; height: number }]>([
    ['zero height', { x: 1, y: 1, width: 10, height: 0 }],
    ['zero width', { x: 1, y: 1, width: 0, height: 10 }],
    ['no position', { x: Number.NaN, y: 1, width: 10, height: 10 }],
    ['an infinite size', { x: 1, y: 1, width: 10, height: Number.POSITIVE_INFINITY }],
  ])('draws nothing for %s', (_name, box) => {
    expect(barSegmentGeometry(box)).toBeNull();
  });
});
