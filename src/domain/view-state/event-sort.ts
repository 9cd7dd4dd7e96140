/**
 * How the events table is sorted: one column, one direction. In the URL as
 * `esort=title` (ascending) or `esort=title-desc`; the default, date
 * ascending, is omitted.
 */
export const EVENT_SORT_COLUMNS = ['date', 'title', 'place', 'format', 'organisers', 'participants', 'countries'] as const;

export type EventSortColumn = (typeof EVENT_SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';
export type EventSort = { column: EventSortColumn; direction: SortDirection };

export const DEFAULT_EVENT_SORT: EventSort = Object.freeze({ column: 'date', direction: 'asc' });

/** Every value `esort=` may take, e.g. "date", "date-desc". */
export const EVENT_SORT_VALUES: readonly string[] = EVENT_SORT_COLUMNS.flatMap((column) => [column, `${column}-asc`, `${column}-desc`]);

/** Reads "title", "title-asc" or "title-desc" (case aside); null for anything else. */
export function parseEventSort(raw: string): EventSort | null {
  const match = /^([a-z]+)(?:-(asc|desc))?$/.exec(raw.trim().toLowerCase());
  if (!match) return null;
  const column = EVENT_SORT_COLUMNS.find((candidate) => candidate === match[1]);
  if (column === undefined) return null;
  return { column, direction: match[2] === 'desc' ? 'desc' : 'asc' };
}

/** The `esort=` value, or null for the default (omitted from links). */
export function serializeEventSort(sort: EventSort): string | null {
  if (sort.column === DEFAULT_EVENT_SORT.column && sort.direction === DEFAULT_EVENT_SORT.direction) return null;
  return sort.direction === 'asc' ? sort.column : `${sort.column}-desc`;
}

/** The sort after pressing a column's header: the same column flips, another starts ascending. */
export function nextEventSort(current: EventSort, column: EventSortColumn): EventSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: 'asc' };
}
