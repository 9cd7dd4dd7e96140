import type { ThemeDaySeries } from '../engine/contract.ts';
import type { IsoDate } from '../corpus/corpus-schema.ts';
import type { DateExtent } from './time-buckets.ts';
import { buildTimelineBars, buildTimelineModel, type TimelineBar, type TimelineInput, type TimelineModel } from './timeline-model.ts';

/**
 * What an exported timeline draws. On screen the timeline keeps its own
 * filters' context (the linked-views rule: it ignores the theme and date
 * filters, and marks them with a band and faded themes); a figure taken out
 * of the dashboard has no such context and is read by its title, so it draws
 * the selection only: the selected dates on an axis that spans them, the
 * selected themes from a common baseline, and its CSV the same numbers.
 */

const inRange = (date: IsoDate, from: IsoDate | null, to: IsoDate | null) =>
  (from === null || date >= from) && (to === null || date <= to);

/** The days of `timeline` within [from, to] (either end open when null), every series and total aligned. */
export function restrictTimelineToDates(timeline: ThemeDaySeries, from: IsoDate | null, to: IsoDate | null): ThemeDaySeries {
  if (from === null && to === null) return timeline;
  const keep: number[] = [];
  timeline.dates.forEach((date, i) => {
    if (inRange(date, from, to)) keep.push(i);
  });
  const pick = (values: readonly number[]) => keep.map((i) => values[i] ?? 0);
  const pickAll = (series: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(series).map(([id, counts]): [string, number[]] => [id, pick(counts)]));
  return {
    dates: keep.map((i) => timeline.dates[i]!),
    statements: pickAll(timeline.statements),
    events: pickAll(timeline.events),
    totals: { statements: pick(timeline.totals.statements), events: pick(timeline.totals.events) },
  };
}

/**
 * The time axis of a figure of the selection: the selected dates, an open
 * end taken from the corpus's extent. Null when nothing is left to draw
 * (no corpus extent, or a range that ends before it starts).
 */
export function selectedExtent(extent: DateExtent | null, from: IsoDate | null, to: IsoDate | null): DateExtent | null {
  const first = from ?? extent?.first ?? null;
  const last = to ?? extent?.last ?? null;
  if (first === null || last === null || last < first) return null;
  return { first, last };
}

/** A bar's bucket cut to the selected dates, so a CSV row never claims days outside them. */
function clipBar(bar: TimelineBar, from: IsoDate | null, to: IsoDate | null): TimelineBar {
  const start = from !== null && bar.bucket.start < from ? from : bar.bucket.start;
  const end = to !== null && bar.bucket.end > to ? to : bar.bucket.end;
  if (start === bar.bucket.start && end === bar.bucket.end) return bar;
  return { ...bar, bucket: { ...bar.bucket, start, end } };
}

/** A bar holding only the series in `ids`: its total and values are theirs alone. */
function keepSeries(bar: TimelineBar, ids: readonly string[]): TimelineBar {
  const counts = Object.fromEntries(ids.map((id): [string, number] => [id, bar.counts[id] ?? 0]));
  const values = Object.fromEntries(ids.map((id): [string, number] => [id, bar.values[id] ?? 0]));
  return { ...bar, counts, values, total: ids.reduce((sum, id) => sum + counts[id]!, 0) };
}

/**
 * The model of an exported timeline: the panel's model (same measure,
 * scale, bucket choice, styles and summary) restricted to the selection.
 * Under a date range only its days are counted and only its buckets drawn;
 * under a theme filter only the selected themes, stacked from zero with the
 * value axis scaled to them. Nothing is faded and no band is drawn: what is
 * not selected is not in the figure.
 */
export function selectTimelineFigure(input: TimelineInput): TimelineModel {
  const { from, to, themes } = input.filters;
  const timeline = restrictTimelineToDates(input.timeline, from, to);
  const extent = from === null && to === null ? input.extent : selectedExtent(input.extent, from, to);
  const bars = buildTimelineBars({ ...input, timeline, extent, from: null, to: null });
  const model = buildTimelineModel({ ...input, timeline, extent }, bars);
  const selected = new Set(themes);
  const series = selected.size === 0 ? model.series : model.series.filter((item) => selected.has(item.id));
  const ids = series.map((item) => item.id);
  const kept = bars.bars.map((bar) => keepSeries(clipBar(bar, from, to), ids));
  return {
    ...model,
    bars: kept,
    series: series.map((item) => ({ ...item, muted: false })),
    stack: model.stack.filter((id) => ids.includes(id)),
    selection: null,
    maxTotal: Math.max(0, ...kept.map((bar) => ids.reduce((sum, id) => sum + (bar.values[id] ?? 0), 0))),
  };
}
