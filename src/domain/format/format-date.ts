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
