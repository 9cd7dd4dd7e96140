import type { IsoDate } from '../corpus/corpus-schema.ts';

/**
 * Calendar arithmetic on YYYY-MM-DD strings. Dates are counted as whole days
 * since 1970-01-01 and converted only through the UTC methods of Date, so no
 * time zone or daylight-saving change can move a day.
 */
const DAY_MS = 86_400_000;

export type CalendarParts = { year: number; month: number; day: number };

export function parseCalendarDate(date: IsoDate): CalendarParts {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatParts({ year, month, day }: CalendarParts): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseCalendarDate(date);
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / DAY_MS);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const instant = new Date(dayNumber * DAY_MS);
  return formatParts({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type IsoWeek = {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  week: number;
  /** The Monday the week starts on. */
  monday: IsoDate;
};

/** The ISO 8601 week a date falls in: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const dayNumber = toDayNumber(date);
  const monday = dayNumber - (isoWeekday(date) - 1);
  const thursday = fromDayNumber(monday + 3);
  const year = parseCalendarDate(thursday).year;
  const firstOfYear = toDayNumber(formatParts({ year, month: 1, day: 1 }));
  const week = Math.floor((monday + 3 - firstOfYear) / 7) + 1;
  return { year, week, monday: fromDayNumber(monday) };
}
