import { describe, expect, it } from 'vitest';
import { describeEventDate } from '../../../../src/domain/format/event-dates.ts';
import { formatDateRange } from '../../../../src/domain/format/format-date.ts';

describe('formatDateRange', () => {
  it.each<[string, string, 'day' | 'month' | 'year', string]>([
    ['2020-08-17', '2020-08-17', 'day', '17 August 2020'],
    ['2020-09-03', '2020-09-04', 'day', '3–4 September 2020'],
    ['2020-08-30', '2020-09-02', 'day', '30 August – 2 September 2020'],
    ['2020-12-31', '2021-01-01', 'day', '31 December 2020 – 1 January 2021'],
    ['2020-08-01', '2020-08-01', 'month', 'August 2020'],
    ['2020-08-01', '2020-09-01', 'month', 'August 2020 – September 2020'],
    ['2020-01-01', '2020-01-01', 'year', '2020'],
  ])('%s … %s (%s) → %s', (start, end, precision, expected) => {
    expect(formatDateRange(start, end, precision)).toBe(expected);
  });
});

describe('describeEventDate', () => {
  const stated = { value: '2020-08-17', span: [3, 12] as [number, number], inferred: false };

  it('a stated date is not inferred', () => {
    expect(describeEventDate({ startDate: stated, datePrecision: 'day' })).toEqual({
      text: '17 August 2020',
      inferred: false,
      reasons: [],
    });
  });

  it('a year completed from the publication date is inferred, with the reason', () => {
    const inferred = { ...stated, inferred: true, reason: 'Year taken from the publication date.' };
    expect(describeEventDate({ startDate: inferred, datePrecision: 'day' })).toEqual({
      text: '17 August 2020',
      inferred: true,
      reasons: ['Year taken from the publication date.'],
    });
  });

  it('an inferred end date counts too; a missing reason still says something; reasons are not repeated', () => {
    const a = { ...stated, inferred: true };
    const b = { ...stated, value: '2020-08-18', inferred: true };
    expect(describeEventDate({ startDate: a, endDate: b, datePrecision: 'day' })).toEqual({
      text: '17–18 August 2020',
      inferred: true,
      reasons: ['Not stated in the text.'],
    });
  });
});
