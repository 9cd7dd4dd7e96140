import type { ForumEvent } from '../corpus/corpus-schema.ts';
import { formatCalendarDate } from './format-date.ts';

export type EventDate = {
  /** "17 August 2020", "3–4 September 2020", "August 2020". */
  text: string;
  inferred: boolean;
  /** Why, when any part of the date was inferred. */
  reasons: string[];
};

/** The calendar dates of an event as a reader sees them, with any inference named. */
export function describeEventDate(event: Pick<ForumEvent, 'startDate' | 'endDate' | 'datePrecision'>): EventDate {
  const start = event.startDate.value;
  const end = event.endDate?.value ?? start;
  const precision = event.datePrecision;
  const facts = event.endDate ? [event.startDate, event.endDate] : [event.startDate];
  const reasons = [...new Set(facts.filter((fact) => fact.inferred).map((fact) => fact.reason ?? 'Not stated in the text.'))];
  return { text: formatDateRange(start, end, precision), inferred: facts.some((fact) => fact.inferred), reasons };
}

/** A date range written as briefly as it stays unambiguous. */
export function formatDateRange(start: string, end: string, precision: 'day' | 'month' | 'year' = 'day'): string {
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
