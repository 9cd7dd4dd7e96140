import { describe, expect, it } from 'vitest';
import { checkDateRange, readDateField, showDateField } from '../../../../src/domain/view-state/date-range-input.ts';

describe('readDateField reads day-first dates as the page writes them', () => {
  it.each([
    ['17 August 2020', 'from', '2020-08-17'],
    ['17 Aug 2020', 'to', '2020-08-17'],
    ['17/08/2020', 'from', '2020-08-17'],
    ['5/8/2020', 'from', '2020-08-05'],
    ['17.08.2020', 'from', '2020-08-17'],
    ['2020-08-17', 'to', '2020-08-17'],
    ['  29 February 2020. ', 'from', '2020-02-29'],
    ['August 2020', 'from', '2020-08-01'],
    ['August 2020', 'to', '2020-08-31'],
    ['February 2021', 'to', '2021-02-28'],
    ['2019', 'from', '2019-01-01'],
    ['2019', 'to', '2019-12-31'],
  ] as const)('%j in %s → %s', (text, role, date) => {
    expect(readDateField(text, role)).toEqual({ kind: 'date', date });
  });

  it('leaves an empty field empty', () => {
    expect(readDateField('   ', 'from')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['31/02/2020', 'is not a date. Type a date such as 17 August 2020'],
    ['2021-02-29', 'is not a date.'],
    ['17 August', 'Give the year too, as in 17 August 2020.'],
    ['next week', 'is not a date.'],
    ['17 August 2020 or so', 'is not a date.'],
    ['1 to 3 August 2020', 'is not a date.'],
    ['0202-08-17', 'Give a year with four digits.'],
    ['<script>', 'is not a date.'],
  ])('refuses %j, saying why', (text, message) => {
    const read = readDateField(text, 'from');
    expect(read.kind).toBe('invalid');
    expect(read.kind === 'invalid' && read.message).toContain(message);
    expect(read.kind === 'invalid' && read.message).toContain(`“${text}”`);
  });

  it('shows a held date in the page’s words', () => {
    expect(showDateField('2020-08-17')).toBe('17 August 2020');
    expect(showDateField(null)).toBe('');
  });
});

describe('checkDateRange', () => {
  it.each([
    ['both empty clears the range', '', '', { ok: true, from: null, to: null }],
    ['a start only', '17 August 2020', '', { ok: true, from: '2020-08-17', to: null }],
    ['an end only', '', '17/08/2020', { ok: true, from: null, to: '2020-08-17' }],
    ['the same day', '17 August 2020', '2020-08-17', { ok: true, from: '2020-08-17', to: '2020-08-17' }],
    ['two years', '2015', '2019', { ok: true, from: '2015-01-01', to: '2019-12-31' }],
    ['the same month', 'March 2020', 'March 2020', { ok: true, from: '2020-03-01', to: '2020-03-31' }],
    ['start after end', '1 January 2021', '31/12/2020', { ok: false, field: 'both', error: 'The start date is after the end date.' }],
  ])('%s', (_name, from, to, expected) => {
    expect(checkDateRange(from, to)).toEqual(expected);
  });

  it('names the field that is not a date', () => {
    expect(checkDateRange('2020', '32/01/2021')).toMatchObject({ ok: false, field: 'to' });
    expect(checkDateRange('soon', '')).toMatchObject({ ok: false, field: 'from' });
  });
});
