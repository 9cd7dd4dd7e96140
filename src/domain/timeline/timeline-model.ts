import { UNTHEMED, type ThemeDaySeries } from '../engine/contract.ts';
import type { IsoDate } from '../corpus/corpus-schema.ts';
import type { Filters } from '../view-state/filters.ts';
import {
  aggregateIntoBuckets,
  bucketLabel,
  bucketShortLabel,
  enumerateBuckets,
  resolveBucketUnit,
  type BucketCounts,
  type BucketUnit,
  type DateExtent,
  type TimeBucket,
  type TimelineMeasure,
  type TimelineScale,
} from './time-buckets.ts';
import { shareOf, stackOrder } from './timeline-stack.ts';
import { isBucketCovered } from './timeline-coverage.ts';
import { summarizeTimeline } from './timeline-summary.ts';

/**
 * Everything the theme timeline draws, computed from the linked views and
 * the URL state. The chart, the legend and the data table all read this one
 * model, so they cannot disagree.
 */

/** Colour is never the only cue: each series also has a fill pattern. */
export type SeriesPattern = 'solid' | 'stripes' | 'dots' | 'lines' | 'cross';
export type SeriesStyle = {
  /** Index into the categorical palette, or 'neutral' for "No theme assigned". */
  colour: number | 'neutral';
  pattern: SeriesPattern;
};

/** Colours in the categorical palette (see theme-timeline.css). */
export const PALETTE_SIZE = 10;
const PATTERNS: readonly SeriesPattern[] = ['solid', 'stripes', 'dots', 'lines'];
/**
 * The pattern of each palette colour (as indices into PATTERNS): neighbours
 * differ, and colours alike in hue (pink and wine, yellow and olive) differ.
 */
const PATTERN_OF_COLOUR = [0, 1, 2, 0, 1, 2, 0, 1, 2, 3];

export type TimelineSeries = {
  id: string;
  label: string;
  /** Count within the selected dates (every date when none are selected). */
  count: number;
  selected: boolean;
  /** Drawn faded: other themes are selected and this one is not. */
  muted: boolean;
  style: SeriesStyle;
};

export type TimelineBar = BucketCounts & {
  key: IsoDate;
  label: string;
  shortLabel: string;
  /** False when no source document speaks about any day of the bucket. */
  covered: boolean;
  /** The bucket overlaps the selected date range. */
  selected: boolean;
  /** Statements (or events) in the bucket, each once whatever its themes: the shares' denominator. */
  items: number;
  /** What the bar draws per series: `counts`, or each count's share of `items` in percent. */
  values: Record<string, number>;
};

export type IndexRange = { startIndex: number; endIndex: number };

export type TimelineModel = {
  measure: TimelineMeasure;
  scale: TimelineScale;
  unit: BucketUnit;
  /** What 'auto' picks for this corpus. */
  autoUnit: BucketUnit;
  /** Set when the chosen unit would have drawn too many bars. */
  coarsenedFrom: BucketUnit | null;
  bars: TimelineBar[];
  /** Legend order: taxonomy order, "No theme assigned" last. */
  series: TimelineSeries[];
  /**
   * Series ids from the bottom of the stack up: the selected themes first,
   * from the baseline, then the others; with no selection, the legend read
   * from the bottom up.
   */
  stack: string[];
  /** The bars overlapping filters.from/to; null when no date range is set or none overlap. */
  selection: IndexRange | null;
  /** Consecutive runs of bars no source covers. */
  notCovered: IndexRange[];
  /** The largest stacked value (count or share), for the value axis. */
  maxTotal: number;
  summary: string;
};

export type TimelineInput = {
  timeline: ThemeDaySeries;
  measure: TimelineMeasure;
  /** Counts unless given. */
  scale?: TimelineScale;
  bucket: TimeBucket;
  filters: Filters;
  /** Theme ids in taxonomy order: the legend and stack order, and each theme's style. */
  themeOrder: readonly string[];
  themeLabel: (id: string) => string;
  /** Items matching every filter for the measure (the headline count). */
  matchCount: number;
  /** The time axis: the corpus's event start dates, whatever the filters. */
  extent: DateExtent | null;
  covered: readonly DateExtent[];
};

/**
 * Orders series ids as the taxonomy does, unknown ids after it in id order,
 * "No theme assigned" last, and gives each a style that depends only on its
 * place in the taxonomy, so a theme keeps its colour whatever the filters.
 */
export function styleSeries(ids: Iterable<string>, themeOrder: readonly string[]): { id: string; style: SeriesStyle }[] {
  const known = new Map(themeOrder.map((id, i): [string, number] => [id, i]));
  const unique = [...new Set(ids)];
  const unknown = unique.filter((id) => id !== UNTHEMED && !known.has(id)).sort();
  const slotOf = (id: string) => known.get(id) ?? themeOrder.length + unknown.indexOf(id);
  const themed = unique.filter((id) => id !== UNTHEMED).sort((a, b) => slotOf(a) - slotOf(b));
  const styled = themed.map((id): { id: string; style: SeriesStyle } => {
    const slot = slotOf(id);
    const colour = slot % PALETTE_SIZE;
    // Past the tenth theme the colours repeat with the patterns shifted, so up
    // to forty themes get distinct pairs.
    const cycle = Math.floor(slot / PALETTE_SIZE);
    const pattern = PATTERNS[(PATTERN_OF_COLOUR[colour]! + cycle) % PATTERNS.length]!;
    return { id, style: { colour, pattern } };
  });
  if (unique.includes(UNTHEMED)) styled.push({ id: UNTHEMED, style: { colour: 'neutral', pattern: 'cross' } });
  return styled;
}

function extentOf(dates: readonly IsoDate[], extent: DateExtent | null): DateExtent | null {
  if (dates.length === 0) return extent;
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  if (extent === null) return { first, last };
  return { first: first < extent.first ? first : extent.first, last: last > extent.last ? last : extent.last };
}

function runsOf(flags: readonly boolean[]): IndexRange[] {
  const runs: IndexRange[] = [];
  flags.forEach((flag, i) => {
    if (!flag) return;
    const previous = runs[runs.length - 1];
    if (previous && previous.endIndex === i - 1) previous.endIndex = i;
    else runs.push({ startIndex: i, endIndex: i });
  });
  return runs;
}

/**
 * The bars and what is read off them alone. They depend on neither the
 * theme filter nor the headline count, so a view can keep them (the same
 * objects) while only those change.
 */
export type TimelineBars = Pick<TimelineModel, 'scale' | 'unit' | 'autoUnit' | 'coarsenedFrom' | 'bars' | 'selection' | 'notCovered' | 'maxTotal'>;

export type TimelineBarsInput = Pick<TimelineInput, 'timeline' | 'measure' | 'scale' | 'bucket' | 'extent' | 'covered'> &
  Pick<Filters, 'from' | 'to'>;

export function buildTimelineBars(input: TimelineBarsInput): TimelineBars {
  const { timeline, measure, from, to } = input;
  const series = timeline[measure];
  const extent = extentOf(timeline.dates, input.extent);
  const resolved = resolveBucketUnit(input.bucket, extent);
  const buckets = extent === null ? [] : enumerateBuckets(extent, resolved.unit);
  const rangeSet = from !== null || to !== null;
  const scale = input.scale ?? 'count';
  const items = aggregateIntoBuckets(timeline.dates, { items: timeline.totals[measure] }, buckets);

  const bars: TimelineBar[] = aggregateIntoBuckets(timeline.dates, series, buckets).map((row, b) => {
    const bucketItems = items[b]!.total;
    const values =
      scale === 'count'
        ? row.counts
        : Object.fromEntries(Object.entries(row.counts).map(([id, count]): [string, number] => [id, shareOf(count, bucketItems)]));
    return {
      ...row,
      key: row.bucket.start,
      label: bucketLabel(row.bucket),
      shortLabel: bucketShortLabel(row.bucket),
      covered: isBucketCovered(row.bucket, input.covered),
      selected: rangeSet && (from === null || row.bucket.end >= from) && (to === null || row.bucket.start <= to),
      items: bucketItems,
      values,
    };
  });

  // The selected bars are consecutive: they overlap one interval.
  const firstSelected = bars.findIndex((bar) => bar.selected);
  const selection =
    firstSelected < 0 ? null : { startIndex: firstSelected, endIndex: bars.findLastIndex((bar) => bar.selected) };

  return {
    scale,
    unit: resolved.unit,
    autoUnit: resolved.auto,
    coarsenedFrom: resolved.coarsenedFrom,
    bars,
    selection,
    notCovered: runsOf(bars.map((bar) => !bar.covered)),
    maxTotal: Math.max(0, ...bars.map((bar) => sumOf(bar.values))),
  };
}

function sumOf(values: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const value of Object.values(values)) sum += value;
  return sum;
}

/**
 * The whole model. `bars` must be what buildTimelineBars gives for the same
 * input (a view passes the ones it kept); left out, they are built.
 */
export function buildTimelineModel(
  input: TimelineInput,
  bars: TimelineBars = buildTimelineBars({ ...input, from: input.filters.from, to: input.filters.to }),
): TimelineModel {
  const { timeline, measure, filters } = input;
  const series = timeline[measure];
  const { from, to } = filters;

  const selectedThemes = new Set(filters.themes);
  const styled = styleSeries([...Object.keys(series), ...filters.themes], input.themeOrder);
  const timelineSeries = styled.map(({ id, style }): TimelineSeries => {
    const counts = series[id] ?? [];
    const { dates } = timeline;
    let count = 0;
    for (let i = 0; i < dates.length; i += 1) {
      const date = dates[i]!;
      if ((from === null || date >= from) && (to === null || date <= to)) count += counts[i] ?? 0;
    }
    const selected = selectedThemes.has(id);
    return {
      id,
      label: input.themeLabel(id),
      count,
      selected,
      muted: selectedThemes.size > 0 && !selected,
      style,
    };
  });

  return {
    measure,
    ...bars,
    series: timelineSeries,
    stack: stackOrder(timelineSeries),
    summary: summarizeTimeline({
      measure,
      matchCount: input.matchCount,
      filters,
      timeline,
      themeLabel: input.themeLabel,
      covered: input.covered,
    }),
  };
}

/** The dates a drag across bars selects: from the first bar's first day to the last bar's last day. */
export function rangeOfBars(bars: readonly TimelineBar[], a: number, b: number): { from: IsoDate; to: IsoDate } | null {
  const first = bars[Math.min(a, b)];
  const last = bars[Math.max(a, b)];
  if (!first || !last) return null;
  return { from: first.bucket.start, to: last.bucket.end };
}

/**
 * Whole-number ticks for a count axis from 0 to at least `max`, in steps of
 * 1, 2 or 5 times a power of ten, about `target` of them: 17 → 0, 5 … 20.
 */
export function countAxisTicks(max: number, target = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power);
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step; tick += step) ticks.push(tick);
  return ticks;
}
