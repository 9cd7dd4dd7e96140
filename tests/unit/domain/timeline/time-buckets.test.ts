import { describe, expect, it } from 'vitest';
import {
  aggregateIntoBuckets,
  bucketLabel,
  bucketOf,
  bucketShortLabel,
  chooseBucketUnit,
  countBuckets,
  enumerateBuckets,
  MAX_BUCKETS,
  resolveBucketUnit,
  type BucketUnit,
} from '../../../../src/domain/timeline/time-buckets.ts';
import { formatDateRange } from '../../../../src/domain/format/format-date.ts';

describe('bucketOf: the bucket that holds a date', () => {
  it.each<[string, BucketUnit, string, string]>([
    ['2020-08-17', 'day', '2020-08-17', '2020-08-17'],
    ['2020-12-31', 'day', '2020-12-31', '2020-12-31'],
    ['2020-08-19', 'week', '2020-08-17', '2020-08-23'],
    ['2021-01-01', 'week', '2020-12-28', '2021-01-03'],
    ['2020-12-31', 'month', '2020-12-01', '2020-12-31'],
    ['2021-01-01', 'month', '2021-01-01', '2021-01-31'],
    ['2020-02-10', 'month', '2020-02-01', '2020-02-29'],
    ['2021-02-10', 'month', '2021-02-01', '2021-02-28'],
    ['2020-02-29', 'month', '2020-02-01', '2020-02-29'],
    ['2020-04-30', 'month', '2020-04-01', '2020-04-30'],
    ['2020-12-31', 'year', '2020-01-01', '2020-12-31'],
    ['2021-01-01', 'year', '2021-01-01', '2021-12-31'],
  ])('%s by %s is [%s, %s]', (date, unit, start, end) => {
    expect(bucketOf(date, unit)).toEqual({ unit, start, end });
  });
});

describe('enumerateBuckets', () => {
  it('covers 31 December to 1 January by day with no gap', () => {
    expect(enumerateBuckets({ first: '2020-12-30', last: '2021-01-02' }, 'day').map((b) => b.start)).toEqual([
      '2020-12-30', '2020-12-31', '2021-01-01', '2021-01-02',
    ]);
  });

  it('walks ISO weeks across the year boundary, week 53 included', () => {
    expect(enumerateBuckets({ first: '2020-12-20', last: '2021-01-05' }, 'week').map((b) => [b.start, b.end])).toEqual([
      ['2020-12-14', '2020-12-20'],
      ['2020-12-21', '2020-12-27'],
      ['2020-12-28', '2021-01-03'],
      ['2021-01-04', '2021-01-10'],
    ]);
  });

  it('walks months through February of a leap year', () => {
    expect(enumerateBuckets({ first: '2020-01-31', last: '2020-03-01' }, 'month').map((b) => [b.start, b.end])).toEqual([
      ['2020-01-01', '2020-01-31'],
      ['2020-02-01', '2020-02-29'],
      ['2020-03-01', '2020-03-31'],
    ]);
  });

  it('includes empty buckets between the first and last date', () => {
    expect(enumerateBuckets({ first: '2019-06-01', last: '2021-01-09' }, 'year').map((b) => b.start)).toEqual([
      '2019-01-01', '2020-01-01', '2021-01-01',
    ]);
  });

  it.each<BucketUnit>(['day', 'week', 'month', 'year'])('a single day makes one %s bucket', (unit) => {
    const buckets = enumerateBuckets({ first: '2020-08-17', last: '2020-08-17' }, unit);
    expect(buckets).toHaveLength(1);
    expect(buckets[0]!.start <= '2020-08-17' && buckets[0]!.end >= '2020-08-17').toBe(true);
  });

  it('makes no bucket for a reversed extent', () => {
    expect(enumerateBuckets({ first: '2020-08-18', last: '2020-08-17' }, 'day')).toEqual([]);
  });

  it.each<[string, string, BucketUnit]>([
    ['2020-12-30', '2021-01-02', 'day'],
    ['2019-12-29', '2021-01-05', 'week'],
    ['2016-02-29', '2020-02-29', 'month'],
    ['1999-12-31', '2020-01-01', 'year'],
  ])('countBuckets agrees with enumerateBuckets for %s – %s by %s', (first, last, unit) => {
    expect(countBuckets({ first, last }, unit)).toBe(enumerateBuckets({ first, last }, unit).length);
  });
});

describe('chooseBucketUnit: the automatic bucket follows the span', () => {
  it.each<[string, string | null, string | null, BucketUnit]>([
    ['no data', null, null, 'day'],
    ['a single day', '2020-08-17', '2020-08-17', 'day'],
    ['31 days', '2020-08-01', '2020-08-31', 'day'],
    ['32 days', '2020-08-01', '2020-09-01', 'week'],
    ['26 weeks', '2020-01-01', '2020-06-30', 'week'],
    ['half a year and a bit', '2020-01-01', '2020-07-15', 'month'],
    ['across New Year, 10 months', '2020-03-01', '2021-01-09', 'month'],
    ['five years', '2016-01-01', '2020-12-31', 'month'],
    ['six years', '2015-01-01', '2020-12-31', 'year'],
  ])('%s → %s', (_name, first, last, unit) => {
    expect(chooseBucketUnit(first && last ? { first, last } : null)).toBe(unit);
  });
});

describe('resolveBucketUnit', () => {
  const decade = { first: '2010-01-01', last: '2019-12-31' };
  it('keeps an explicit choice that fits', () => {
    expect(resolveBucketUnit('month', decade)).toEqual({ unit: 'month', auto: 'year', coarsenedFrom: null });
  });
  it('coarsens a choice that would draw more than MAX_BUCKETS bars', () => {
    expect(countBuckets(decade, 'day')).toBeGreaterThan(MAX_BUCKETS);
    expect(countBuckets(decade, 'week')).toBeGreaterThan(MAX_BUCKETS);
    expect(resolveBucketUnit('day', decade)).toEqual({ unit: 'month', auto: 'year', coarsenedFrom: 'day' });
  });
  it('uses the automatic unit for "auto"', () => {
    expect(resolveBucketUnit('auto', { first: '2020-08-17', last: '2020-08-17' })).toEqual({
      unit: 'day', auto: 'day', coarsenedFrom: null,
    });
  });
  it('honours any choice when there is no data', () => {
    expect(resolveBucketUnit('year', null)).toEqual({ unit: 'year', auto: 'day', coarsenedFrom: null });
  });
});

describe('labels', () => {
  it.each<[string, BucketUnit, string, string]>([
    ['2020-08-17', 'day', '17 August 2020', '17 Aug 2020'],
    ['2020-08-19', 'week', 'Week 34 of 2020 (17–23 August 2020)', 'W34 2020'],
    ['2021-01-01', 'week', 'Week 53 of 2020 (28 December 2020 – 3 January 2021)', 'W53 2020'],
    ['2020-09-29', 'week', 'Week 40 of 2020 (28 September – 4 October 2020)', 'W40 2020'],
    ['2020-02-10', 'month', 'February 2020', 'Feb 2020'],
    ['2020-12-31', 'year', '2020', '2020'],
  ])('%s by %s reads "%s" / "%s"', (date, unit, long, short) => {
    const bucket = bucketOf(date, unit);
    expect(bucketLabel(bucket)).toBe(long);
    expect(bucketShortLabel(bucket)).toBe(short);
  });

  it.each([
    ['2020-08-17', '2020-08-17', '17 August 2020'],
    ['2020-08-17', '2020-08-18', '17–18 August 2020'],
    ['2020-03-01', '2020-09-05', '1 March – 5 September 2020'],
    ['2020-12-28', '2021-01-03', '28 December 2020 – 3 January 2021'],
  ])('formatDateRange(%s, %s) = %s', (start, end, text) => {
    expect(formatDateRange(start, end)).toBe(text);
  });
});

describe('aggregateIntoBuckets', () => {
  const dates = ['2020-12-31', '2021-01-01', '2021-01-04', '2021-02-01'];
  const series = { a: [1, 2, 0, 5], b: [0, 1, 3, 0] };

  it('sums days into ISO weeks: 31 Dec and 1 Jan share week 53 of 2020', () => {
    const buckets = enumerateBuckets({ first: '2020-12-31', last: '2021-02-01' }, 'week');
    const rows = aggregateIntoBuckets(dates, series, buckets);
    expect(rows.map((r) => [r.bucket.start, r.counts, r.total])).toEqual([
      ['2020-12-28', { a: 3, b: 1 }, 4],
      ['2021-01-04', { a: 0, b: 3 }, 3],
      ['2021-01-11', { a: 0, b: 0 }, 0],
      ['2021-01-18', { a: 0, b: 0 }, 0],
      ['2021-01-25', { a: 0, b: 0 }, 0],
      ['2021-02-01', { a: 5, b: 0 }, 5],
    ]);
  });

  it('splits 31 December and 1 January into different months and years', () => {
    const months = aggregateIntoBuckets(dates, series, enumerateBuckets({ first: '2020-12-31', last: '2021-02-01' }, 'month'));
    expect(months.map((r) => [r.bucket.start, r.total])).toEqual([
      ['2020-12-01', 1],
      ['2021-01-01', 6],
      ['2021-02-01', 5],
    ]);
    const years = aggregateIntoBuckets(dates, series, enumerateBuckets({ first: '2020-12-31', last: '2021-02-01' }, 'year'));
    expect(years.map((r) => [r.bucket.start, r.counts])).toEqual([
      ['2020-01-01', { a: 1, b: 0 }],
      ['2021-01-01', { a: 7, b: 4 }],
    ]);
  });

  it('keeps the counts of a single day in one bucket', () => {
    const rows = aggregateIntoBuckets(['2020-08-17'], { x: [10] }, enumerateBuckets({ first: '2020-08-17', last: '2020-08-17' }, 'day'));
    expect(rows).toEqual([{ bucket: { unit: 'day', start: '2020-08-17', end: '2020-08-17' }, counts: { x: 10 }, total: 10 }]);
  });

  it('gives zero rows for an empty series and drops days outside the buckets', () => {
    const buckets = enumerateBuckets({ first: '2021-01-01', last: '2021-01-01' }, 'day');
    expect(aggregateIntoBuckets([], {}, buckets)).toEqual([{ bucket: buckets[0], counts: {}, total: 0 }]);
    expect(aggregateIntoBuckets(dates, series, buckets).map((r) => r.counts)).toEqual([{ a: 2, b: 1 }]);
  });

  it('does not change its input', () => {
    const frozen = Object.freeze({ a: Object.freeze([1, 2, 0, 5]) });
    const buckets = enumerateBuckets({ first: '2020-12-31', last: '2021-02-01' }, 'year');
    aggregateIntoBuckets(Object.freeze([...dates]), frozen, buckets);
    expect(frozen.a).toEqual([1, 2, 0, 5]);
  });
});
