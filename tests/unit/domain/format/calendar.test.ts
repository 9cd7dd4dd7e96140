import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isoWeekday,
  isoWeekOf,
  toDayNumber,
} from '../../../../src/domain/format/calendar.ts';
import { isCalendarDate } from '../../../../src/domain/corpus/corpus-schema.ts';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2020-08-17', 18491],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it('keeps years before 100 as written (Date.UTC would turn 0050 into 1950)', () => {
    expect(fromDayNumber(toDayNumber('0050-06-15'))).toBe('0050-06-15');
  });

  it('round-trips every day between 1600 and 2400 and always lands on a real date', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1600-01-01'), max: toDayNumber('2400-12-31') }), (day) => {
        const date = fromDayNumber(day);
        expect(isCalendarDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(day);
        expect(addDays(date, 1) > date).toBe(true);
      }),
    );
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2020-12-31', 1, '2021-01-01'],
    ['2021-01-01', -1, '2020-12-31'],
    ['2020-02-28', 1, '2020-02-29'],
    ['2020-02-29', 1, '2020-03-01'],
    ['2019-02-28', 1, '2019-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2020-03-29', 1, '2020-03-30'], // a European daylight-saving change
    ['2020-08-17', 0, '2020-08-17'],
  ])('%s %+i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [2020, true],
    [2019, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('%i leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it.each([
    [1, 31], [3, 31], [4, 30], [6, 30], [7, 31], [8, 31], [9, 30], [11, 30], [12, 31],
  ])('month %i has %i days', (month, days) => {
    expect(daysInMonth(2021, month)).toBe(days);
  });
});

describe('ISO weeks', () => {
  it.each([
    // date, weekday, week-year, week, Monday
    ['2020-08-17', 1, 2020, 34, '2020-08-17'],
    ['2020-08-23', 7, 2020, 34, '2020-08-17'],
    ['2020-08-24', 1, 2020, 35, '2020-08-24'],
    // 2020 has 53 weeks: its last week runs into 2021.
    ['2020-12-31', 4, 2020, 53, '2020-12-28'],
    ['2021-01-01', 5, 2020, 53, '2020-12-28'],
    ['2021-01-03', 7, 2020, 53, '2020-12-28'],
    ['2021-01-04', 1, 2021, 1, '2021-01-04'],
    // The first week of 2020 starts in 2019.
    ['2019-12-30', 1, 2020, 1, '2019-12-30'],
    ['2019-12-29', 7, 2019, 52, '2019-12-23'],
    ['2020-01-01', 3, 2020, 1, '2019-12-30'],
    // A year whose 1 January is a Friday: 1–3 January belong to the previous year.
    ['2016-01-01', 5, 2015, 53, '2015-12-28'],
    ['2016-01-04', 1, 2016, 1, '2016-01-04'],
    ['2024-02-29', 4, 2024, 9, '2024-02-26'],
  ])('%s: weekday %i, week %i-W%i starting %s', (date, weekday, year, week, monday) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(isoWeekOf(date)).toEqual({ year, week, monday });
  });
});
