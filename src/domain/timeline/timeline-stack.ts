import type { SeriesStyle } from './timeline-model.ts';

/**
 * How the timeline's series are read: the order they stack in and the share
 * a count is of its period. Shared by the live chart and the exported figure.
 */

/** A count as a share of the period's items, in percent with one decimal (0 when the period has none). */
export function shareOf(count: number, items: number): number {
  if (items <= 0) return 0;
  return Math.round((count / items) * 1000) / 10;
}

type Stackable = { id: string; selected: boolean; style?: SeriesStyle };

/**
 * Series ids from the bottom of the stack up. The selected themes come
 * first, so they stand on the baseline and read from zero whatever else is
 * drawn above them; the rest keep their order. `series` is in legend order
 * (read from the top down), so without a selection the stack is its reverse.
 */
export function stackOrder(series: readonly Stackable[]): string[] {
  const bottomUp = [...series].reverse();
  return [...bottomUp.filter((item) => item.selected), ...bottomUp.filter((item) => !item.selected)].map((item) => item.id);
}
