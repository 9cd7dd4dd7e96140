import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNTHEMED } from '../../../../src/domain/engine/contract.ts';
import type { IsoDate } from '../../../../src/domain/corpus/corpus-schema.ts';
import {
  aggregateIntoBuckets,
  enumerateBuckets,
  type Bucket,
  type BucketCounts,
  type BucketUnit,
} from '../../../../src/domain/timeline/time-buckets.ts';
import { totalThemesWithin } from '../../../../src/domain/timeline/timeline-summary.ts';

/*
 * The timeline's per-day loops run over thousands of days on every filter
 * change, so they are written for speed. These oracles are the plain
 * versions they replaced; the fast ones must agree with them on any input.
 */

function aggregateOracle(
  dates: readonly IsoDate[],
  series: Readonly<Record<string, readonly number[]>>,
  buckets: readonly Bucket[],
): BucketCounts[] {
  const rows: BucketCounts[] = buckets.map((bucket) => ({ bucket, counts: {}, total: 0 }));
  const ids = Object.keys(series);
  for (const row of rows) for (const id of ids) row.counts[id] = 0;
  let b = 0;
  dates.forEach((date, i) => {
    while (b < buckets.length && buckets[b]!.end < date) b += 1;
    const row = rows[b];
    if (!row || row.bucket.start > date) return;
    for (const id of ids) {
      const count = series[id]![i] ?? 0;
      row.counts[id] = row.counts[id]! + count;
      row.total += count;
    }
  });
  return rows;
}

/** Totals per theme within the dates, in the order first counted, with the first and last day counted. */
function summaryTotalsOracle(
  dates: readonly IsoDate[],
  series: Readonly<Record<string, readonly number[]>>,
  themes: readonly string[],
  from: IsoDate | null,
  to: IsoDate | null,
) {
  const totals = new Map<string, number>();
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  dates.forEach((date, i) => {
    if (!((from === null || date >= from) && (to === null || date <= to))) return;
    for (const theme of themes) {
      const count = series[theme]?.[i] ?? 0;
      if (count === 0) continue;
      totals.set(theme, (totals.get(theme) ?? 0) + count);
      if (first === null) first = date;
      last = date;
    }
  });
  return { totals, first, last };
}

const day = (offset: number): IsoDate => new Date(Date.UTC(2020, 11, 20) + offset * 86_400_000).toISOString().slice(0, 10);

/** Ascending distinct days over a few weeks (month and year ends included), and series aligned to them (some short). */
const timelineArbitrary = fc
  .uniqueArray(fc.nat({ max: 60 }), { maxLength: 25 })
  .chain((offsets) => {
    const dates = [...offsets].sort((a, b) => a - b).map(day);
    const column = fc.array(fc.oneof(fc.constant(0), fc.nat({ max: 9 })), { minLength: Math.max(0, dates.length - 2), maxLength: dates.length });
    return fc.record({
      dates: fc.constant(dates),
      series: fc.dictionary(fc.constantFrom('a', 'b', 'c', UNTHEMED), column, { maxKeys: 4 }),
    });
  });

describe('aggregateIntoBuckets agrees with the plain day-by-day sum', () => {
  it('for any days, series and buckets', () => {
    fc.assert(
      fc.property(
        timelineArbitrary,
        fc.constantFrom<BucketUnit>('day', 'week', 'month', 'year'),
        fc.nat({ max: 60 }),
        fc.nat({ max: 60 }),
        ({ dates, series }, unit, a, b) => {
          // Buckets over any span: days before, inside or after it are dropped alike.
          const buckets = enumerateBuckets({ first: day(Math.min(a, b)), last: day(Math.max(a, b)) }, unit);
          expect(aggregateIntoBuckets(dates, series, buckets)).toEqual(aggregateOracle(dates, series, buckets));
        },
      ),
    );
  });
});

describe('totalThemesWithin agrees with the plain day-by-day totals', () => {
  it('for any days, series, themes (unknown and repeated ones too) and date range', () => {
    fc.assert(
      fc.property(
        timelineArbitrary,
        fc.array(fc.constantFrom('a', 'b', 'c', 'z', UNTHEMED), { maxLength: 5 }),
        fc.option(fc.nat({ max: 60 }), { nil: null }),
        fc.option(fc.nat({ max: 60 }), { nil: null }),
        ({ dates, series }, themes, fromOffset, toOffset) => {
          const from = fromOffset === null ? null : day(fromOffset);
          const to = toOffset === null ? null : day(toOffset);
          const fast = totalThemesWithin(dates, series, themes, from, to);
          const plain = summaryTotalsOracle(dates, series, themes, from, to);
          expect([...fast.totals]).toEqual([...plain.totals]);
          expect([fast.first, fast.last]).toEqual([plain.first, plain.last]);
        },
      ),
    );
  });
});
