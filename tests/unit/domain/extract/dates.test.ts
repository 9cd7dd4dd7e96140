import { describe, expect, it } from 'vitest';
import { dayNumber, findDates, resolveDate } from '../../../../src/domain/extract/dates.ts';

function resolveFirst(text: string, publishedOn: string) {
  const [mention] = findDates(text);
  if (!mention) return null;
  return { written: text.slice(mention.start, mention.end), ...resolveDate(mention, publishedOn) };
}

describe('dates as written', () => {
  it.each([
    ['On 17 August, the forum opened.', '2020-08-18', { written: '17 August', start: '2020-08-17', end: null, precision: 'day', yearInferred: true }],
    ['On 17 August 2019, it opened.', '2020-08-18', { written: '17 August 2019', start: '2019-08-17', end: null, precision: 'day', yearInferred: false }],
    ['on August 17, 2020 it opened', '2020-09-01', { written: 'August 17, 2020', start: '2020-08-17', end: null, precision: 'day', yearInferred: false }],
    ['held on 3-6 September', '2023-09-08', { written: '3-6 September', start: '2023-09-03', end: '2023-09-06', precision: 'day', yearInferred: true }],
    ['held on 3\u20136 September 2021', '2023-09-08', { written: '3\u20136 September 2021', start: '2021-09-03', end: '2021-09-06', precision: 'day', yearInferred: false }],
    ['from 3 to 6 September', '2023-09-08', { written: '3 to 6 September', start: '2023-09-03', end: '2023-09-06', precision: 'day', yearInferred: true }],
    ['on 30 August - 2 September 2021', '2021-09-03', { written: '30 August - 2 September 2021', start: '2021-08-30', end: '2021-09-02', precision: 'day', yearInferred: false }],
    ['September 3-6, 2021', '2021-09-10', { written: 'September 3-6, 2021', start: '2021-09-03', end: '2021-09-06', precision: 'day', yearInferred: false }],
    ['in September 2020', '2020-10-01', { written: 'September 2020', start: '2020-09-01', end: null, precision: 'month', yearInferred: false }],
    // A release of early January reporting late December: last year.
    ['on 28 December', '2022-01-03', { written: '28 December', start: '2021-12-28', end: null, precision: 'day', yearInferred: true }],
    // A release of late December announcing early January: next year.
    ['on 5 January', '2021-12-20', { written: '5 January', start: '2022-01-05', end: null, precision: 'day', yearInferred: true }],
    ['on 30 December - 2 January', '2021-01-05', { written: '30 December - 2 January', start: '2020-12-30', end: '2021-01-02', precision: 'day', yearInferred: true }],
    ['on 29 February 2024', '2024-03-01', { written: '29 February 2024', start: '2024-02-29', end: null, precision: 'day', yearInferred: false }],
  ])('%j published %s', (text, publishedOn, expected) => {
    expect(resolveFirst(text, publishedOn)).toMatchObject(expected);
  });

  it('says why a year was inferred', () => {
    const resolved = resolveFirst('On 17 August', '2020-08-18');
    expect(resolved).toHaveProperty('reason');
    expect((resolved as { reason: string }).reason).toContain('2020-08-18');
  });

  it.each([
    ['on 31 September 2021', /31 is not a day of month 9/],
    ['on 29 February 2023', /29 is not a day of month 2/],
    ['on 6-3 September 2021', /ends .* before it starts/],
  ])('refuses %j', (text, problem) => {
    const resolved = resolveFirst(text, '2021-10-01');
    expect(resolved).toHaveProperty('invalid');
    expect((resolved as { invalid: string }).invalid).toMatch(problem);
  });

  it.each([['no date here'], ['in 2020'], ['in September'], ['the may 5 rule'], ['34 representatives']])('finds nothing in %j', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('finds every date in order without overlaps', () => {
    const text = 'From 3-6 September 2021 and again on 17 August 2022.';
    expect(findDates(text).map((d) => text.slice(d.start, d.end))).toEqual(['3-6 September 2021', '17 August 2022']);
  });
});

describe('dayNumber', () => {
  it.each([
    [1970, 1, 1, 0],
    [2000, 3, 1, 11017],
    [2020, 8, 17, 18491],
    [1969, 12, 31, -1],
  ])('%i-%i-%i', (y, m, d, expected) => {
    expect(dayNumber(y, m, d)).toBe(expected);
  });
});
