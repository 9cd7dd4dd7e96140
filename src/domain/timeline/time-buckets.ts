import type { IsoDate } from '../corpus/corpus-schema.ts';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatParts,
  isoWeekOf,
  parseCalendarDate,
} from '../format/calendar.ts';
import { formatCalendarDate, formatDateRange } from '../format/format-date.ts';

/** The bucket a timeline is drawn in; 'auto' follows the data's span. */
export type TimeBucket = 'auto' | 'day' | 'week' | 'month' | 'year';
/** What a timeline bar counts. */
export type TimelineMeasure = 'statements' | 'events';
/** How a bar's value is read: a raw count, or a share of all the period's statements (or events). */
export type TimelineScale = 'count' | 'share';

/** A bar's width in time. Weeks are ISO weeks (Monday to Sunday). */
export type BucketUnit = Exclude<TimeBucket, 'auto'>;

export const BUCKET_UNITS: readonly BucketUnit[] = ['day', 'week', 'month', 'year'];

/** Beyond this many bars a chart is unreadable; a finer choice is coarsened. */
export const MAX_BUCKETS = 400;

export type DateExtent = { first: IsoDate; last: IsoDate };

/** One bar of the timeline: the inclusive days [start, end]. */
export type Bucket = {
  unit: BucketUnit;
  /** The bucket's first day; unique within one unit, so it is also its key. */
  start: IsoDate;
  end: IsoDate;
};

/** The first day of the bucket of `unit` that holds `date`. */
export function bucketStart(date: IsoDate, unit: BucketUnit): IsoDate {
  const { year, month } = parseCalendarDate(date);
  switch (unit) {
    case 'day':
      return date;
    case 'week':
      return isoWeekOf(date).monday;
    case 'month':
      return formatParts({ year, month, day: 1 });
    case 'year':
      return formatParts({ year, month: 1, day: 1 });
  }
}

/** The last day of the bucket that starts on `start`. */
export function bucketEnd(start: IsoDate, unit: BucketUnit): IsoDate {
  const { year, month } = parseCalendarDate(start);
  switch (unit) {
    case 'day':
      return start;
    case 'week':
      return addDays(start, 6);
    case 'month':
      return formatParts({ year, month, day: daysInMonth(year, month) });
    case 'year':
      return formatParts({ year, month: 12, day: 31 });
  }
}

export function bucketOf(date: IsoDate, unit: BucketUnit): Bucket {
  const start = bucketStart(date, unit);
  return { unit, start, end: bucketEnd(start, unit) };
}

/** How many buckets of `unit` it takes to cover [first, last]. */
export function countBuckets({ first, last }: DateExtent, unit: BucketUnit): number {
  if (last < first) return 0;
  const a = parseCalendarDate(first);
  const b = parseCalendarDate(last);
  switch (unit) {
    case 'day':
      return daysBetween(first, last) + 1;
    case 'week':
      return daysBetween(bucketStart(first, 'week'), bucketStart(last, 'week')) / 7 + 1;
    case 'month':
      return (b.year - a.year) * 12 + (b.month - a.month) + 1;
    case 'year':
      return b.year - a.year + 1;
  }
}

/** Every bucket from the one holding `first` to the one holding `last`, gaps included. */
export function enumerateBuckets(extent: DateExtent, unit: BucketUnit): Bucket[] {
  const buckets: Bucket[] = [];
  if (extent.last < extent.first) return buckets;
  let start = bucketStart(extent.first, unit);
  while (start <= extent.last) {
    const end = bucketEnd(start, unit);
    buckets.push({ unit, start, end });
    start = addDays(end, 1);
  }
  return buckets;
}

/**
 * The bucket a date span reads best in: days up to a month, ISO weeks up to
 * half a year, months up to five years, years beyond. A single day is a day.
 */
export function chooseBucketUnit(extent: DateExtent | null): BucketUnit {
  if (extent === null) return 'day';
  const days = daysBetween(extent.first, extent.last) + 1;
  if (days <= 31) return 'day';
  if (days <= 26 * 7) return 'week';
  if (days <= 5 * 366) return 'month';
  return 'year';
}

export type ResolvedBucket = {
  unit: BucketUnit;
  /** What 'auto' would pick for this span. */
  auto: BucketUnit;
  /** Set when the requested unit would have made more than MAX_BUCKETS bars. */
  coarsenedFrom: BucketUnit | null;
};

/** The unit to draw: the requested one, or the automatic one, never more than MAX_BUCKETS bars. */
export function resolveBucketUnit(requested: TimeBucket, extent: DateExtent | null): ResolvedBucket {
  const auto = chooseBucketUnit(extent);
  const wanted = requested === 'auto' ? auto : requested;
  if (extent === null) return { unit: wanted, auto, coarsenedFrom: null };
  const candidates = BUCKET_UNITS.slice(BUCKET_UNITS.indexOf(wanted));
  const unit = candidates.find((candidate) => countBuckets(extent, candidate) <= MAX_BUCKETS) ?? 'year';
  return { unit, auto, coarsenedFrom: unit === wanted ? null : wanted };
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The full name of a bucket, for tooltips, tables and screen readers. */
export function bucketLabel(bucket: Bucket): string {
  switch (bucket.unit) {
    case 'day':
      return formatCalendarDate(bucket.start);
    case 'week': {
      const { year, week } = isoWeekOf(bucket.start);
      return `Week ${week} of ${year} (${formatDateRange(bucket.start, bucket.end)})`;
    }
    case 'month':
      return formatCalendarDate(bucket.start, 'month');
    case 'year':
      return formatCalendarDate(bucket.start, 'year');
  }
}

/** A compact name for axis ticks. */
export function bucketShortLabel(bucket: Bucket): string {
  const { year, month, day } = parseCalendarDate(bucket.start);
  const monthName = MONTHS_SHORT[month - 1]!;
  switch (bucket.unit) {
    case 'day':
      return `${day} ${monthName} ${year}`;
    case 'week': {
      const week = isoWeekOf(bucket.start);
      return `W${week.week} ${week.year}`;
    }
    case 'month':
      return `${monthName} ${year}`;
    case 'year':
      return String(year);
  }
}

/** Per-bucket counts per series, ready to stack. */
export type BucketCounts = {
  bucket: Bucket;
  counts: Record<string, number>;
  /** Sum over the series: with multi-valued themes, more than the items counted. */
  total: number;
};

/**
 * Sums a per-day series (`dates` ascending, each series aligned to it) into
 * `buckets`. Days outside every bucket are dropped, never moved.
 */
export function aggregateIntoBuckets(
  dates: readonly IsoDate[],
  series: Readonly<Record<string, readonly number[]>>,
  buckets: readonly Bucket[],
): BucketCounts[] {
  const rows: BucketCounts[] = buckets.map((bucket) => ({ bucket, counts: {}, total: 0 }));
  // Each day's bucket, found once for every series (-1: in none). A large
  // corpus has thousands of days and a dozen series.
  const slotOf = new Int32Array(dates.length);
  let b = 0;
  for (let i = 0; i < dates.length; i += 1) {
    const date = dates[i]!;
    while (b < buckets.length && buckets[b]!.end < date) b += 1;
    slotOf[i] = b < buckets.length && buckets[b]!.start <= date ? b : -1;
  }
  const sums = new Float64Array(buckets.length);
  for (const id of Object.keys(series)) {
    const counts = series[id]!;
    sums.fill(0);
    for (let i = 0; i < dates.length; i += 1) {
      const slot = slotOf[i]!;
      if (slot >= 0) sums[slot]! += counts[i] ?? 0;
    }
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r]!;
      row.counts[id] = sums[r]!;
      row.total += sums[r]!;
    }
  }
  return rows;
}
