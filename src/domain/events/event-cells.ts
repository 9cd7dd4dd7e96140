import type { ForumEvent } from '../corpus/corpus-schema.ts';
import { describeEventDate } from '../format/event-dates.ts';
import { FORMAT_LABELS } from '../source-reader/provenance.ts';
import type { EventFactKey } from '../view-state/event-fact.ts';
import type { EventSortColumn } from '../view-state/event-sort.ts';
import { describeEventPlace } from './event-sort-keys.ts';

/**
 * What one row of the events table shows, cell by cell: the value as
 * written, whether the text states it outright, and which of the event's
 * facts (provenance.ts) the source reader opens on for it.
 */
export type EventCell = {
  /** '' when the event does not state the value. */
  text: string;
  inferred: boolean;
  reasons: string[];
  /** The fact the cell's value was read from; null when there is none. */
  fact: EventFactKey | null;
};

export type EventCells = Record<EventSortColumn, EventCell>;

export const EVENT_COLUMN_NAMES: Readonly<Record<EventSortColumn, string>> = {
  date: 'Date',
  title: 'Event',
  place: 'Place',
  format: 'Format',
  organisers: 'Organisers',
  participants: 'Participants',
  countries: 'Participating countries',
};

const NOT_STATED = 'Not stated in the text.';

type FactLike = { inferred: boolean; reason?: string | undefined };

function cell(text: string, facts: readonly FactLike[], fact: EventFactKey): EventCell {
  const inferred = facts.filter((f) => f.inferred);
  return { text, inferred: inferred.length > 0, reasons: [...new Set(inferred.map((f) => f.reason ?? NOT_STATED))], fact };
}

const NONE: EventCell = Object.freeze({ text: '', inferred: false, reasons: [], fact: null });

export function describeEventCells(event: ForumEvent, countryName: (code: string) => string): EventCells {
  const date = describeEventDate(event);
  const place = describeEventPlace(event);
  const countries = [...new Set(event.participatingCountries.map((fact) => fact.value))];
  return {
    date: { text: date.text, inferred: date.inferred, reasons: date.reasons, fact: 'date' },
    title: cell(event.title.value, [event.title], 'title'),
    place: place === null || !event.location ? NONE : cell(place, [event.location], 'location'),
    format: event.format ? cell(FORMAT_LABELS[event.format.value], [event.format], 'format') : NONE,
    organisers:
      event.organisers.length === 0 ? NONE : cell(event.organisers.map((f) => f.value).join('; '), event.organisers, 'organisers'),
    participants: event.participantCount ? cell(event.participantCount.value.asStated, [event.participantCount], 'count') : NONE,
    countries: countries.length === 0 ? NONE : cell(countries.map(countryName).join(', '), event.participatingCountries, 'countries'),
  };
}

/** describeEventCells by event index, each row worked out once (the grid redraws rows as it scrolls). */
export function createEventCellReader(events: readonly ForumEvent[], countryName: (code: string) => string): (index: number) => EventCells {
  const cache = new Map<number, EventCells>();
  return (index) => {
    let cells = cache.get(index);
    if (!cells) {
      cells = describeEventCells(events[index]!, countryName);
      cache.set(index, cells);
    }
    return cells;
  };
}
