import { describe, expect, it } from 'vitest';
import { checkDateRange, readDateField } from '../../../../src/domain/view-state/date-range-input.ts';

describe('readDateField', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    ['2020-08-17', { kind: 'date', date: '2020-08-17' }],
    ['2020-02-29', { kind: 'date', date: '2020-02-29' }],
    ['2021-02-29', { kind: 'incomplete' }],
    ['0002-08-17', { kind: 'incomplete' }],
    ['0202-08-17', { kind: 'incomplete' }],
    ['17/08/2020', { kind: 'incomplete' }],
  ])('%j → %j', (value, expected) => {
    expect(readDateField(value)).toEqual(expected);
  });
});

describe('checkDateRange', () => {
  it.each([
    ['both empty clears the range', '', '', { ok: true, from: null, to: null }],
    ['a start only', '2020-08-17', '', { ok: true, from: '2020-08-17', to: null }],
    ['an end only', '', '2020-08-17', { ok: true, from: null, to: '2020-08-17' }],
    ['the same day', '2020-08-17', '2020-08-17', { ok: true, from: '2020-08-17', to: '2020-08-17' }],
    ['across New Year', '2020-12-31', '2021-01-01', { ok: true, from: '2020-12-31', to: '2021-01-01' }],
    ['start after end', '2021-01-01', '2020-12-31', { ok: false, error: 'The start date is after the end date.' }],
    ['still typing the year', '0020-01-01', '2020-12-31', { ok: false, error: null }],
  ])('%s', (_name, from, to, expected) => {
    expect(checkDateRange(from, to)).toEqual(expected);
  });
});
