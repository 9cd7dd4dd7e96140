import type { IsoDate } from '../domain/corpus/corpus-schema.ts';
import { countAxisTicks, type SeriesPattern } from '../domain/timeline/timeline-model.ts';
import { FIGURE_COLOURS, type BodyBox, type LegendEntry } from './figure-frame.ts';
import { svg, type SvgChild, type SvgNode } from './svg.ts';
import { estimateTextWidth, truncateText } from './text-measure.ts';

/**
 * The theme timeline as a static figure: one stacked bar per time bucket,
 * one segment per theme, from data that is already bucketed and coloured.
 * Pure: the same data and size always give the same drawing.
 */
export type TimelineFigureSeries = {
  themeId: string;
  label: string;
  colour: string;
  /** A texture over the colour, so neighbouring themes differ in more than hue. */
  pattern?: SeriesPattern;
  /** Colour of the pattern's marks; by default dark on light colours, light on dark. */
  ink?: string;
  /** Drawn faded: other themes are selected and this one is not. */
  muted?: boolean;
  /** Items per bucket, aligned with `buckets`. */
  counts: readonly number[];
  /** What the bars draw, when not the counts: each count's share of its bucket's items, in percent. */
  values?: readonly number[];
};

export type TimelineFigureBucket = {
  /** The full name ("Week 34 of 2020 (17–23 August 2020)"), for tooltips and the CSV. */
  label: string;
  /** A short name for the axis ("17 Aug"); the full label when absent. */
  axisLabel?: string;
  start: IsoDate;
  end: IsoDate;
  /** False when no source document speaks about any day of the bucket: drawn hatched, not as zero. */
  covered?: boolean;
  /** Statements (or events) in the bucket, each once: the denominator of a share. */
  items?: number;
};

export type TimelineFigureData = {
  buckets: readonly TimelineFigureBucket[];
  /** Stacked bottom-up in this order; `counts` aligned with `buckets`. */
  series: readonly TimelineFigureSeries[];
  /** What a bar counts, for the axis: "Statements" or "Events". */
  measure: string;
  /** Counts (the default), or `values` as a share of each bucket's items in percent. */
  scale?: 'count' | 'share';
};

const AXIS_SIZE = 14;
const VALUE_SIZE = 14;
const LEFT = 64;
const BOTTOM = 44;
const TOP = 8;
const MAX_BAR = 72;

/** What one series draws in bucket `b`: its count, or its share. */
export function drawnValue(data: TimelineFigureData, series: TimelineFigureSeries, b: number): number {
  return (data.scale === 'share' ? series.values?.[b] : series.counts[b]) ?? 0;
}

export function bucketTotals(data: TimelineFigureData): number[] {
  return data.buckets.map((_, b) => data.series.reduce((sum, series) => sum + drawnValue(data, series, b), 0));
}

/** A drawn value as a label: a count as it is, a share with one decimal and "%". */
export function formatDrawnValue(data: Pick<TimelineFigureData, 'scale'>, value: number): string {
  return data.scale === 'share' ? `${value.toFixed(1)}%` : String(value);
}

/**
 * Value labels, one per bar, or none: only a single series is labelled (in
 * a stack a segment's label would read as the bar's), and only when every
 * bar's label fits its band, so no bar is left unlabelled while another is.
 */
export function barValueLabels(data: TimelineFigureData, band: number): string[] | null {
  const [only, ...others] = data.series;
  if (only === undefined || others.length > 0) return null;
  const labels = data.buckets.map((bucket, b) => (bucket.covered === false ? '' : formatDrawnValue(data, drawnValue(data, only, b))));
  const widest = Math.max(0, ...labels.map((label) => estimateTextWidth(label, VALUE_SIZE, 'bold')));
  return widest + 4 <= band ? labels : null;
}

const PATTERN_SIZE = 9;

/** Dark ink on light colours, light ink on dark ones. */
function inkFor(colour: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return '#000000';
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55 ? '#000000' : '#ffffff';
}

const patternId = (position: number) => `timeline-pattern-${position}`;
const UNCOVERED_PATTERN = 'timeline-not-covered';
const UNCOVERED_LABEL = 'Not covered by the sources';
const MUTED_OPACITY = 0.3;

function drawUncoveredPattern(): SvgNode {
  return svg(
    'pattern',
    { id: UNCOVERED_PATTERN, patternUnits: 'userSpaceOnUse', width: PATTERN_SIZE, height: PATTERN_SIZE },
    svg('rect', { x: 0, y: 0, width: PATTERN_SIZE, height: PATTERN_SIZE, fill: '#f4f4f5' }),
    svg('path', { d: `M0 ${PATTERN_SIZE} L${PATTERN_SIZE} 0`, stroke: '#a1a1aa', 'stroke-width': 1 }),
  );
}

/** The paint of a series: its colour, or a reference to its pattern. */
function fillOf(series: TimelineFigureSeries, position: number): string {
  return series.pattern === undefined || series.pattern === 'solid' ? series.colour : `url(#${patternId(position)})`;
}

function drawPattern(series: TimelineFigureSeries, position: number): SvgNode | null {
  if (series.pattern === undefined || series.pattern === 'solid') return null;
  const ink = { fill: series.ink ?? inkFor(series.colour) };
  const size = PATTERN_SIZE;
  const marks: Record<Exclude<SeriesPattern, 'solid'>, SvgNode[]> = {
    stripes: [svg('rect', { x: 0, y: 0, width: size / 3, height: size, ...ink })],
    dots: [svg('circle', { cx: size / 2, cy: size / 2, r: size / 4.5, ...ink })],
    lines: [svg('rect', { x: 0, y: size / 2 - size / 7.5, width: size, height: size / 3.75, ...ink })],
    cross: [svg('rect', { x: 0, y: 0, width: size / 5, height: size, ...ink }), svg('rect', { x: 0, y: 0, width: size, height: size / 5, ...ink })],
  };
  return svg(
    'pattern',
    // Stripes lean at 45°, as in the live chart.
    { id: patternId(position), patternUnits: 'userSpaceOnUse', width: size, height: size, patternTransform: series.pattern === 'stripes' ? 'rotate(45)' : undefined },
    svg('rect', { x: 0, y: 0, width: size, height: size, fill: series.colour }),
    ...marks[series.pattern],
  );
}

/**
 * The legend: each theme that has a bar segment, read like the stack from
 * the top down, painted as in the bars (patterns come from the body's <defs>).
 */
export function timelineLegend(data: TimelineFigureData): LegendEntry[] {
  const someMuted = data.series.some((series) => series.muted);
  const entries: LegendEntry[] = data.series
    .map((series, position) => ({ series, position }))
    .filter(({ series }) => series.counts.some((count) => count > 0))
    .reverse()
    .map(({ series, position }) => ({
      // With a theme filter the others are faded, and the selected ones say so in words.
      label: someMuted && !series.muted ? `${series.label} (selected)` : series.label,
      colour: fillOf(series, position),
      shape: 'square',
      faded: series.muted === true ? true : undefined,
    }));
  if (data.buckets.some((bucket) => bucket.covered === false)) {
    entries.push({ label: UNCOVERED_LABEL, colour: `url(#${UNCOVERED_PATTERN})`, shape: 'square' });
  }
  return entries;
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
  const valueLabels = barValueLabels(data, plotWidth / data.buckets.length);
  // Room above the tallest bar for its value label, keeping the live chart's ticks.
  const plotTop = valueLabels === null ? TOP : TOP + VALUE_SIZE + 8;
  const plotHeight = Math.max(1, box.height - BOTTOM - plotTop);
  // The same ticks as the live chart, so an exported axis reads as the screen's.
  const ticks = countAxisTicks(max);
  const top = ticks[ticks.length - 1]!;
  const yOf = (value: number) => plotTop + plotHeight - (value / top) * plotHeight;
  const band = plotWidth / data.buckets.length;
  const barWidth = Math.min(MAX_BAR, band * 0.72);

  const grid: SvgChild[] = ticks.map((tick) =>
    svg(
      'g',
      {},
      svg('line', { x1: LEFT, x2: LEFT + plotWidth, y1: yOf(tick), y2: yOf(tick), stroke: FIGURE_COLOURS.rule, 'stroke-width': 1 }),
      svg('text', { x: LEFT - 8, y: yOf(tick) + AXIS_SIZE / 3, 'text-anchor': 'end', 'font-size': AXIS_SIZE, fill: FIGURE_COLOURS.muted }, formatDrawnValue(data, tick).replace('.0%', '%')),
    ),
  );

  const uncovered: SvgChild[] = data.buckets.map((bucket, b) =>
    bucket.covered === false
      ? svg(
          'rect',
          { x: LEFT + b * band, y: plotTop, width: band, height: plotHeight, fill: `url(#${UNCOVERED_PATTERN})` },
          svg('title', {}, `${bucket.label}: ${UNCOVERED_LABEL.toLowerCase()}`),
        )
      : null,
  );

  const bars: SvgChild[] = [];
  data.buckets.forEach((bucket, b) => {
    const x = LEFT + b * band + (band - barWidth) / 2;
    let base = 0;
    for (const [position, series] of data.series.entries()) {
      const value = drawnValue(data, series, b);
      if (value <= 0) continue;
      const y0 = yOf(base);
      const y1 = yOf(base + value);
      const count = series.counts[b] ?? 0;
      const share = data.scale === 'share' ? ` (${formatDrawnValue(data, value)} of ${bucket.items ?? 0})` : '';
      bars.push(
        svg(
          'rect',
          { x, y: y1, width: barWidth, height: y0 - y1, fill: fillOf(series, position), 'fill-opacity': series.muted ? MUTED_OPACITY : undefined, stroke: FIGURE_COLOURS.background, 'stroke-width': 1 },
          svg('title', {}, `${series.label}, ${bucket.label}: ${count}${share}`),
        ),
      );
      base += value;
    }
    const label = valueLabels?.[b];
    if (label) {
      bars.push(
        svg('text', { x: LEFT + b * band + band / 2, y: yOf(base) - 6, 'text-anchor': 'middle', 'font-size': VALUE_SIZE, 'font-weight': 700, fill: FIGURE_COLOURS.text, class: 'figure-value' }, label),
      );
    }
  });

  // Show every k-th bucket label so that labels never overlap.
  const axisLabel = (bucket: TimelineFigureBucket) => bucket.axisLabel ?? bucket.label;
  const widest = Math.max(...data.buckets.map((bucket) => estimateTextWidth(axisLabel(bucket), AXIS_SIZE)));
  const every = Math.max(1, Math.ceil((widest + 12) / band));
  const labels: SvgChild[] = data.buckets.map((bucket, b) =>
    b % every === 0
      ? svg(
          'text',
          { x: LEFT + b * band + band / 2, y: plotTop + plotHeight + AXIS_SIZE + 8, 'text-anchor': 'middle', 'font-size': AXIS_SIZE, fill: FIGURE_COLOURS.text },
          truncateText(axisLabel(bucket), band * every - 8, AXIS_SIZE),
        )
      : null,
  );

  const axisTitle = svg(
    'text',
    { x: 14, y: plotTop + plotHeight / 2, transform: `rotate(-90 14 ${plotTop + plotHeight / 2})`, 'text-anchor': 'middle', 'font-size': AXIS_SIZE, fill: FIGURE_COLOURS.muted },
    data.scale === 'share' ? `Share of ${data.measure.toLowerCase()} (%)` : data.measure,
  );

  return svg(
    'g',
    {},
    svg('defs', {}, ...data.series.map(drawPattern), drawUncoveredPattern()),
    ...uncovered,
    ...grid,
    svg('line', { x1: LEFT, x2: LEFT + plotWidth, y1: yOf(0), y2: yOf(0), stroke: FIGURE_COLOURS.text, 'stroke-width': 1 }),
    ...bars,
    ...labels,
    axisTitle,
  );
}
