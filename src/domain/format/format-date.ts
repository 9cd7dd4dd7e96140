import type { IsoDate } from '../corpus/corpus-schema.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2020-08-17" → "17 August 2020". Works on the calendar date's digits, so
 * it can never shift a day the way a Date in a local time zone can.
 */
export function formatCalendarDate(date: IsoDate, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [year, month, day] = date.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === 'year') return year ?? date;
  if (precision === 'month') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "Aug 2020"-style short form for axes and filter summaries. */
export function formatShortMonth(date: IsoDate): string {
  const [year, month] = date.split('-');
  return `${(MONTHS[Number(month) - 1] ?? '').slice(0, 3)} ${year}`;
}

/**
 * An inclusive date range written as briefly as it stays unambiguous:
 * "17–23 August 2020", "28 December 2020 – 3 January 2021", "August 2020".
 */
export function formatDateRange(start: IsoDate, end: IsoDate, precision: 'day' | 'month' | 'year' = 'day'): string {
  const first = formatCalendarDate(start, precision);
  const last = formatCalendarDate(end, precision);
  if (first === last) return first;
  if (precision === 'day' && start.slice(0, 7) === end.slice(0, 7)) {
    return `${Number(start.slice(8))}–${last}`;
  }
  if (precision === 'day' && start.slice(0, 4) === end.slice(0, 4)) {
    return `${first.slice(0, -5)} – ${last}`;
  }
  return `${first} – ${last}`;
}
