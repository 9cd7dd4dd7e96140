import type { ForumEvent } from '../corpus/corpus-schema.ts';
import { countryName } from '../corpus/countries.ts';
import { FORMAT_LABELS } from '../source-reader/provenance.ts';
import type { EventSortColumn } from '../view-state/event-sort.ts';

/**
 * What each column of the events table sorts by: a number, or a string
 * compared by UTF-16 code units, so both engines order events the same way
 * without a collator. Text is folded (lower case, accents dropped). null
 * means the event does not state the value; such events come last in either
 * direction. Equal keys keep corpus order in either direction.
 */
export type EventSortKey = string | number;

const NON_ASCII = /[^\x00-\x7f]/;

export function foldText(text: string): string {
  // Most titles are ASCII: skip the normalisation, a third of the cost.
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
}


/** A number that orders calendar dates as they read (not a day count: months are 31 days apart). */
function dateNumber(date: string): number {
  return Number(date.slice(0, 4)) * 372 + (Number(date.slice(5, 7)) - 1) * 31 + Number(date.slice(8, 10)) - 1;
}

/** Below 2^53 for any four-digit year: start major, end minor. */
const DATE_SPAN = 4_000_000;

export function compareEventSortKeys(a: EventSortKey, b: EventSortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The place as the table writes it: "Rillindar, Peru", "Online". */
export function describeEventPlace(event: ForumEvent): string | null {
  const location = event.location?.value;
  if (!location) return null;
  if (location.kind === 'online') return 'Online';
  return location.country === null ? location.place : `${location.place}, ${countryName(location.country)}`;
}

export function eventSortKey(event: ForumEvent, column: EventSortColumn): EventSortKey | null {
  switch (column) {
    case 'date':
      // Start, then end: a one-day event before a range starting that day.
      return dateNumber(event.startDate.value) * DATE_SPAN + dateNumber(event.endDate?.value ?? event.startDate.value);
    case 'title':
      return foldText(event.title.value);
    case 'place': {
      const place = describeEventPlace(event);
      return place === null ? null : foldText(place);
    }
    case 'format':
      return event.format ? foldText(FORMAT_LABELS[event.format.value]) : null;
    case 'organisers':
      return event.organisers.length === 0 ? null : foldText(event.organisers.map((fact) => fact.value).join('; '));
    case 'participants':
      return event.participantCount ? event.participantCount.value.count : null;
    case 'countries':
      // The number of countries; none stated is a count of zero, not unknown.
      return new Set(event.participatingCountries.map((fact) => fact.value)).size;
  }
}
