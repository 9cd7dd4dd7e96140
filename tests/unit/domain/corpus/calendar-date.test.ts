import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../../src/domain/corpus/corpus-schema.ts';

describe('isCalendarDate', () => {
  it.each<[string, boolean]>([
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2020-04-31', false],
    ['2020-13-01', false],
    ['2020-00-10', false],
    ['2020-1-01', false],
    ['2020-01-01T00:00', false],
    // Years 0-99 once came back as 1900-1999 and were refused.
    ['0099-12-31', true],
    ['0000-02-29', true],
    ['0001-02-29', false],
    ['9999-12-31', true],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
