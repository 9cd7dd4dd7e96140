import { en } from 'chrono-node';
import { isCalendarDate, type IsoDate } from '../corpus/corpus-schema.ts';
import { formatCalendarDate } from '../format/format-date.ts';

/**
 * The date fields take dates as the page writes them, day first (en-GB):
 * "17 August 2020", "17 Aug 2020", "17/08/2020", "17.08.2020", or ISO
 * "2020-08-17". A month ("August 2020") or a year ("2019") is a whole period:
 * its first day in "From", its last day in "To". chrono-node's British
 * parser reads the dates; this module decides what a field may hold.
 */
export type DateFieldRole = 'from' | 'to';

export type DateFieldValue =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'invalid'; message: string };

const EXAMPLE = 'Type a date such as 17 August 2020, 17/08/2020, August 2020 or 2020.';
// chrono reads "17 August" with the current year; a filter must not depend on the day it is applied.
const NEEDS_YEAR = 'Give the year too, as in 17 August 2020.';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function periodDate(year: number, month: number | null, day: number | null, role: DateFieldRole): IsoDate {
  const m = month ?? (role === 'from' ? 1 : 12);
  const d = day ?? (role === 'from' ? 1 : lastDayOfMonth(year, m));
  return `${pad(year, 4)}-${pad(m)}-${pad(d)}`;
}

/** What a field's text means as the start (`from`) or end (`to`) of a range. */
export function readDateField(text: string, role: DateFieldRole): DateFieldValue {
  const trimmed = text.trim().replace(/\.$/, '');
  if (trimmed === '') return { kind: 'empty' };
  const invalid = (message = EXAMPLE): DateFieldValue => ({ kind: 'invalid', message: `“${shorten(trimmed)}” is not a date. ${message}` });

  let date: IsoDate;
  if (/^\d{4}$/.test(trimmed)) {
    date = periodDate(Number(trimmed), null, null, role);
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    date = trimmed;
  } else {
    const [result] = en.GB.parse(trimmed, new Date(Date.UTC(2000, 0, 1)));
    // Only a date that is the whole text: "17 August 2020 or so" is not one.
    if (!result || result.index !== 0 || result.text.length !== trimmed.length || result.end) return invalid();
    const { start } = result;
    // A year written out, not implied: "next week" or "17 August" would mean another day next year.
    if (!start.isCertain('year') || !/\d{4}/.test(trimmed)) return invalid(NEEDS_YEAR);
    const year = start.get('year')!;
    const month = start.isCertain('month') ? start.get('month')! : null;
    if (month === null) return invalid();
    date = periodDate(year, month, start.isCertain('day') ? start.get('day')! : null, role);
  }
  if (!isCalendarDate(date)) return invalid();
  if (date < '1000-01-01') return invalid('Give a year with four digits.');
  return { kind: 'date', date };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** How a field shows a date it holds: the page's own day-first words. */
export function showDateField(date: IsoDate | null): string {
  return date === null ? '' : formatCalendarDate(date);
}

export type DateRangeCheck =
  | { ok: true; from: IsoDate | null; to: IsoDate | null }
  | { ok: false; field: DateFieldRole | 'both'; error: string };

/** Whether two fields make a range to apply, and if not, which field is wrong and why. */
export function checkDateRange(fromText: string, toText: string): DateRangeCheck {
  const from = readDateField(fromText, 'from');
  if (from.kind === 'invalid') return { ok: false, field: 'from', error: from.message };
  const to = readDateField(toText, 'to');
  if (to.kind === 'invalid') return { ok: false, field: 'to', error: to.message };
  const fromDate = from.kind === 'date' ? from.date : null;
  const toDate = to.kind === 'date' ? to.date : null;
  if (fromDate !== null && toDate !== null && fromDate > toDate) {
    return { ok: false, field: 'both', error: 'The start date is after the end date.' };
  }
  return { ok: true, from: fromDate, to: toDate };
}
