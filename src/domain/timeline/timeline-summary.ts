import { UNTHEMED, type ThemeDaySeries } from '../engine/contract.ts';
import type { IsoDate } from '../corpus/corpus-schema.ts';
import type { Filters } from '../view-state/filters.ts';
import { formatCalendarDate } from '../format/format-date.ts';
import { coveredWithin } from './timeline-coverage.ts';
import type { DateExtent, TimelineMeasure } from './time-buckets.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

export type TimelineSummaryInput = {
  measure: TimelineMeasure;
  /** Items matching every filter: the headline count for the measure. */
  matchCount: number;
  filters: Filters;
  /** The timeline's series (all filters but themes and dates). */
  timeline: ThemeDaySeries;
  themeLabel: (id: string) => string;
  covered: readonly DateExtent[];
};

function inRange(date: IsoDate, from: IsoDate | null, to: IsoDate | null): boolean {
  return (from === null || date >= from) && (to === null || date <= to);
}

function describeRange(from: IsoDate | null, to: IsoDate | null): string {
  if (from !== null && to !== null) {
    return from === to ? `on ${formatCalendarDate(from)}` : `between ${formatCalendarDate(from)} and ${formatCalendarDate(to)}`;
  }
  if (from !== null) return `from ${formatCalendarDate(from)}`;
  if (to !== null) return `until ${formatCalendarDate(to)}`;
  return '';
}

const MAX_NAMED = 3;

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > MAX_NAMED) return `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export type ThemeTotals = {
  /** Each theme's total within the dates, in the order the themes were first counted. */
  totals: Map<string, number>;
  /** The first and last day with a count for one of the themes. */
  first: IsoDate | null;
  last: IsoDate | null;
};

/**
 * Sums each theme's per-day series over the days within [from, to] (either
 * open). A theme listed twice counts twice. Each column is looked up once,
 * not once per day: a large corpus has thousands of days.
 */
export function totalThemesWithin(
  dates: readonly IsoDate[],
  series: Readonly<Record<string, readonly number[]>>,
  themes: readonly string[],
  from: IsoDate | null,
  to: IsoDate | null,
): ThemeTotals {
  const columns = themes.map((theme) => series[theme]);
  const distinct = [...new Set(themes)];
  const slots = themes.map((theme) => distinct.indexOf(theme));
  const sums = new Float64Array(distinct.length);
  const counted = new Uint8Array(distinct.length);
  const order: number[] = [];
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  for (let i = 0; i < dates.length; i += 1) {
    const date = dates[i]!;
    if (!inRange(date, from, to)) continue;
    for (let k = 0; k < themes.length; k += 1) {
      const count = columns[k]?.[i] ?? 0;
      if (count === 0) continue;
      const slot = slots[k]!;
      if (counted[slot] === 0) {
        counted[slot] = 1;
        order.push(slot);
      }
      sums[slot]! += count;
      if (first === null) first = date;
      last = date;
    }
  }
  return { totals: new Map(order.map((slot): [string, number] => [distinct[slot]!, sums[slot]!])), first, last };
}

/**
 * One sentence that says what the timeline shows under the current filters,
 * e.g. "10 statements on 17 August 2020; most often: Regional and global
 * security (4)." The count is the headline's; the dates and the most
 * frequent themes are read from the series within the selected themes and
 * dates.
 */
export function summarizeTimeline(input: TimelineSummaryInput): string {
  const { measure, matchCount, filters, timeline, themeLabel } = input;
  const noun = measure === 'statements' ? (matchCount === 1 ? 'statement' : 'statements') : matchCount === 1 ? 'event' : 'events';
  const series = timeline[measure];
  const { from, to } = filters;

  if (matchCount === 0) {
    const rangeSet = from !== null || to !== null;
    const outside = rangeSet && !coveredWithin(input.covered, from, to);
    return outside
      ? `No ${noun} match the current filters: the sources do not cover the selected dates.`
      : `No ${noun} match the current filters.`;
  }

  const themes = filters.themes.length > 0 ? filters.themes : Object.keys(series);
  const { totals, first, last } = totalThemesWithin(timeline.dates, series, themes, from, to);

  const period = first !== null && last !== null ? describeRange(first, last) : describeRange(from, to);
  // One theme chosen: it is what the count is about, not a finding ("most often: the filter").
  const only = filters.themes.length === 1 ? filters.themes[0]! : null;
  const about = only !== null && only !== UNTHEMED ? ` about ${themeLabel(only)}` : '';
  let sentence = `${numberFormat.format(matchCount)} ${noun}${about}${period ? ` ${period}` : ''}`;
  if (only !== null) return `${sentence}.`;

  const ranked = [...totals].filter(([theme]) => theme !== UNTHEMED);
  const top = Math.max(0, ...ranked.map(([, count]) => count));
  if (top > 0) {
    const leaders = ranked.filter(([, count]) => count === top).map(([theme]) => themeLabel(theme));
    leaders.sort((a, b) => a.localeCompare(b, 'en'));
    if (leaders.length === ranked.length && leaders.length > MAX_NAMED) {
      // Every theme ties (one event carries them all): no theme stands out.
      sentence += `; ${numberFormat.format(leaders.length)} themes, ${numberFormat.format(top)} each`;
    } else {
      const each = leaders.length > 1 ? ' each' : '';
      sentence += `; most often: ${joinNames(leaders)} (${numberFormat.format(top)}${each})`;
    }
  }
  return `${sentence}.`;
}
