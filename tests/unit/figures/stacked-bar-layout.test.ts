import { describe, expect, it } from 'vitest';
import { barInBand, layoutStackedBars } from '../../../src/figures/stacked-bar-layout.ts';

const PLOT = { x: 40, y: 10, width: 400, height: 200 };

describe('barInBand', () => {
  it('leaves the category gap on each side and rounds the width as recharts does', () => {
    // A 20 px band with 12 % each side: 2.4 px, then 15.2 px rounded to 15.
    const { offset, width } = barInBand(20, 0.12, 72);
    expect(width).toBe(15);
    expect(offset).toBeCloseTo(2.4, 9);
  });

  it('caps a wide bar at the maximum width and centres it in its band', () => {
    const { offset, width } = barInBand(400, 0.3, 72);
    expect(width).toBe(72);
    expect(offset + width / 2).toBe(200);
  });
});

describe('layoutStackedBars', () => {
  const input = {
    values: [
      { a: 10, b: 5 },
      { a: 0, b: 20 },
    ],
    stack: ['a', 'b'],
    plot: PLOT,
    top: 40,
    categoryGap: 0.12,
    maxBarWidth: 72,
  };

  it('stacks each bar from the baseline in stack order, on the value axis from 0 to top', () => {
    const { segments } = layoutStackedBars(input);
    // Bar 0: a from 0 to 10 (y 210 -> 160), b from 10 to 15 (160 -> 135).
    expect(segments[0]!.map(({ bar, y, height }) => ({ bar, y, height }))).toEqual([{ bar: 0, y: 160, height: 50 }]);
    expect(segments[1]!.map(({ bar, y, height }) => ({ bar, y, height }))).toEqual([
      { bar: 0, y: 135, height: 25 },
      // Bar 1 has no a: b stands on the baseline.
      { bar: 1, y: 110, height: 100 },
    ]);
  });

  it('places bar b in the b-th band of the plot', () => {
    const { columns, segments } = layoutStackedBars(input);
    // Bands of 200 px: 24 px gap, 152 px natural width, capped at 72 and centred.
    expect(columns).toEqual([
      { x: 40 + 64, width: 72 },
      { x: 40 + 200 + 64, width: 72 },
    ]);
    expect(segments[1]![1]!.d).toBe('M 304,110 h 72 v 100 h -72 Z');
  });

  it('writes the labelled series value over every bar, zeros included, at the top of its segment', () => {
    expect(layoutStackedBars({ ...input, labelled: 'a' }).labels).toEqual([
      { x: 140, y: 160, value: 10 },
      { x: 340, y: 210, value: 0 },
    ]);
    expect(layoutStackedBars({ ...input, labelled: 'b' }).labels.map(({ y }) => y)).toEqual([135, 110]);
    expect(layoutStackedBars(input).labels).toEqual([]);
  });

  it('draws nothing without bars, without a plot or with an empty value axis', () => {
    for (const broken of [{ values: [] }, { plot: { ...PLOT, width: 0 } }, { top: 0 }]) {
      const layout = layoutStackedBars({ ...input, ...broken });
      expect(layout.segments.flat()).toEqual([]);
      expect(layout.columns).toEqual([]);
    }
  });
});
