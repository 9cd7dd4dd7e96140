import type { ForumEvent } from '../corpus/corpus-schema.ts';
import { formatDateRange } from './format-date.ts';

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
