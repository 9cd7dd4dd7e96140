import { FILTERS_IGNORED_BY_VIEW, type EventListQuery } from '../contract.ts';
import { withoutFacets } from '../../view-state/filters.ts';
import { compareEventSortKeys, eventSortKey, type EventSortKey } from '../../events/event-sort-keys.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { compile, eventMatches } from './linked-views.ts';

/**
 * The events table as the rules in contract.ts state it: each event tested
 * against the filters (less the event filter), then sorted with a
 * comparator. Clear rather than fast; the columnar engine must match it.
 */
export function listEventsReference(index: CorpusIndex, query: EventListQuery): Uint32Array {
  const predicate = compile(withoutFacets(query.filters, FILTERS_IGNORED_BY_VIEW.eventTable));
  const rows: Array<{ index: number; key: EventSortKey | null }> = [];
  for (const event of index.events) {
    if (!eventMatches(index, event, predicate)) continue;
    rows.push({ index: event.index, key: eventSortKey(index.corpus.events[event.index]!, query.sort.column) });
  }
  const direction = query.sort.direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else {
      const order = compareEventSortKeys(a.key, b.key);
      if (order !== 0) return order * direction;
    }
    return a.index - b.index;
  });
  return Uint32Array.from(rows, (row) => row.index);
}
