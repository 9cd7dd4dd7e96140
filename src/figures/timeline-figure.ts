import type { IsoDate } from '../domain/corpus-schema.ts';
import { FIGURE_COLOURS, type BodyBox, type LegendEntry } from './figure-frame.ts';
import { svg, type SvgChild, type SvgNode } from './svg.ts';
import { estimateTextWidth, truncateText } from './text-measure.ts';

/**
 * The theme timeline as a static figure: one stacked bar per time bucket,
 * one segment per theme, from data that is already bucketed and coloured.
 * Pure: the same data and size always give the same drawing.
 */
export type TimelineFigureData = {
  buckets: readonly { label: string; start: IsoDate; end: IsoDate }[];
  /** Drawn bottom-up in this order; `counts` aligned with `buckets`. */
  series: readonly { themeId: string; label: string; colour: string; counts: readonly number[] }[];
  /** What a bar counts, for the axis: "Statements" or "Events". */
  measure: string;
};

const AXIS_SIZE = 14;
const LEFT = 64;
const BOTTOM = 44;
const TOP = 8;
const MAX_BAR = 72;
const MIN_LABELLED_SEGMENT = 20;

/** Round tick steps (1, 2, 5 × 10ⁿ, never below 1: counts are whole) up to `max`. */
export function countTicks(max: number, target = 5): number[] {
  if (max <= 0) return [0];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}

export function bucketTotals(data: TimelineFigureData): number[] {
  return data.buckets.map((_, b) => data.series.reduce((sum, series) => sum + (series.counts[b] ?? 0), 0));
}

/** The legend: each theme that has a bar segment, in stacking order (bottom first). */
export function timelineLegend(data: TimelineFigureData): LegendEntry[] {
  return data.series
    .filter((series) => series.counts.some((count) => count > 0))
    .map((series) => ({ label: series.label, colour: series.colour, shape: 'square' }));
}

/** The chart body for a box of the given size (origin at its top left). */
export function drawTimelineBody(data: TimelineFigureData, box: BodyBox): SvgNode {
  const totals = bucketTotals(data);
  const max = Math.max(0, ...totals);
  if (data.buckets.length === 0 || max === 0) {
    return svg(
      'text',
      { x: box.width / 2, y: box.height / 2, 'text-anchor': 'middle', 'font-size': 20, fill: FIGURE_COLOURS.muted },
      `No ${data.measure.toLowerCase()} match these filters.`,
    );
  }

  const plotWidth = Math.max(1, box.width - LEFT);
  const plotHeight = Math.max(1, box.height - BOTTOM - TOP);
  const ticks = countTicks(max);
  const top = ticks[ticks.length - 1]!;
  const yOf = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const band = plotWidth / data.buckets.length;
  const barWidth = Math.min(MAX_BAR, band * 0.72);

  const grid: SvgChild[] = ticks.map((tick) =>
    svg(
      'g',
      {},
      svg('line', { x1: LEFT, x2: LEFT + plotWidth, y1: yOf(tick), y2: yOf(tick), stroke: FIGURE_COLOURS.rule, 'stroke-width': 1 }),
      svg('text', { x: LEFT - 8, y: yOf(tick) + AXIS_SIZE / 3, 'text-anchor': 'end', 'font-size': AXIS_SIZE, fill: FIGURE_COLOURS.muted }, String(tick)),
    ),
  );

  const bars: SvgChild[] = [];
  data.buckets.forEach((bucket, b) => {
    const x = LEFT + b * band + (band - barWidth) / 2;
    let base = 0;
    for (const series of data.series) {
      const count = series.counts[b] ?? 0;
      if (count <= 0) continue;
      const y0 = yOf(base);
      const y1 = yOf(base + count);
      const height = y0 - y1;
      bars.push(
        svg(
          'rect',
          { x, y: y1, width: barWidth, height, fill: series.colour, stroke: FIGURE_COLOURS.background, 'stroke-width': 1 },
          svg('title', {}, `${series.label}, ${bucket.label}: ${count}`),
        ),
      );
      if (height >= MIN_LABELLED_SEGMENT && barWidth >= estimateTextWidth(String(count), 12) + 6) {
        bars.push(
          svg(
            'text',
            { x: x + barWidth / 2, y: y1 + height / 2 + 4, 'text-anchor': 'middle', 'font-size': 12, fill: '#ffffff', stroke: '#000000', 'stroke-width': 2.5, 'paint-order': 'stroke' },
            String(count),
          ),
        );
      }
      base += count;
    }
  });

  // Show every k-th bucket label so that labels never overlap.
  const widest = Math.max(...data.buckets.map((bucket) => estimateTextWidth(bucket.label, AXIS_SIZE)));
  const every = Math.max(1, Math.ceil((widest + 12) / band));
  const labels: SvgChild[] = data.buckets.map((bucket, b) =>
    b % every === 0
      ? svg(
          'text',
          { x: LEFT + b * band + band / 2, y: TOP + plotHeight + AXIS_SIZE + 8, 'text-anchor': 'middle', 'font-size': AXIS_SIZE, fill: FIGURE_COLOURS.text },
          truncateText(bucket.label, band * every - 8, AXIS_SIZE),
        )
      : null,
  );

  const axisTitle = svg(
    'text',
    { x: 14, y: TOP + plotHeight / 2, transform: `rotate(-90 14 ${TOP + plotHeight / 2})`, 'text-anchor': 'middle', 'font-size': AXIS_SIZE, fill: FIGURE_COLOURS.muted },
    data.measure,
  );

  return svg(
    'g',
    {},
    ...grid,
    svg('line', { x1: LEFT, x2: LEFT + plotWidth, y1: yOf(0), y2: yOf(0), stroke: FIGURE_COLOURS.text, 'stroke-width': 1 }),
    ...bars,
    ...labels,
    axisTitle,
  );
}
