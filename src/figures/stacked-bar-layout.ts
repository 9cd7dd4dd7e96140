import { barSegmentGeometry, type BarSegmentBox } from './bar-segment.ts';

/**
 * Where the live timeline's stacked segments go inside recharts' plot area,
 * worked out here instead of by one recharts `<Bar>` per theme: those put
 * each of a few hundred segments through several components of animation
 * and layer bookkeeping on every filter change (the chart without them
 * answered a click in 0.64–0.75× the time in bench:ab). The geometry is
 * recharts' own for one stack per category on a band axis, so the bars sit
 * where its axis ticks, tooltip and reference areas expect them.
 */

export type PlotArea = { x: number; y: number; width: number; height: number };

export type StackedBarsInput = {
  /** Per bar, the value drawn for each series id. */
  values: readonly Readonly<Record<string, number>>[];
  /** Series ids from the baseline up. */
  stack: readonly string[];
  plot: PlotArea;
  /** The value at the top of the value axis (its domain's end). */
  top: number;
  /** The gap on each side of a bar, as a fraction of its band (recharts' barCategoryGap). */
  categoryGap: number;
  maxBarWidth: number;
  /** The series whose value each bar writes above its segment, if any. */
  labelled?: string | null;
};

export type StackedSegment = BarSegmentBox & { bar: number; value: number; d: string };

export type StackedBarsLayout = {
  /** Per series (in stack order), its painted segments: a zero value paints none. */
  segments: StackedSegment[][];
  /** Per bar, its box's left edge and width. */
  columns: Array<{ x: number; width: number }>;
  /** Per bar, where the labelled series' value is written (zeros too: every bar is labelled). */
  labels: Array<{ x: number; y: number; value: number }>;
};

/** A bar's offset in its band and its width, as recharts places the one stack of a category. */
export function barInBand(band: number, categoryGap: number, maxBarWidth: number): { offset: number; width: number } {
  const gap = band * categoryGap;
  let natural = band - 2 * gap;
  if (natural > 1) natural = Math.round(natural);
  const width = Math.min(natural, maxBarWidth);
  return { offset: gap + (natural - width) / 2, width };
}

export function layoutStackedBars(input: StackedBarsInput): StackedBarsLayout {
  const { values, stack, plot, top, categoryGap, maxBarWidth, labelled = null } = input;
  const count = values.length;
  const segments: StackedSegment[][] = stack.map(() => []);
  if (count === 0 || !(top > 0) || !(plot.width > 0) || !(plot.height > 0)) return { segments, columns: [], labels: [] };
  const band = plot.width / count;
  const { offset, width } = barInBand(band, categoryGap, maxBarWidth);
  const yOf = (value: number) => plot.y + plot.height * (1 - value / top);
  const columns = values.map((_, b) => ({ x: plot.x + b * band + offset, width }));
  const labels: StackedBarsLayout['labels'] = [];
  values.forEach((row, b) => {
    let base = 0;
    stack.forEach((id, s) => {
      const value = row[id] ?? 0;
      if (id === labelled) labels.push({ x: columns[b]!.x + width / 2, y: yOf(base + Math.max(0, value)), value });
      if (!(value > 0)) return;
      const y1 = yOf(base + value);
      const geometry = barSegmentGeometry({ x: columns[b]!.x, y: y1, width, height: yOf(base) - y1 });
      base += value;
      if (geometry !== null) segments[s]!.push({ ...geometry, bar: b, value });
    });
  });
  return { segments, columns, labels };
}
