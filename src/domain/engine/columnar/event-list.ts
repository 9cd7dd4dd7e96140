import type { ForumEvent } from '../../corpus/corpus-schema.ts';
import { compareEventSortKeys, eventSortKey, type EventSortKey } from '../../events/event-sort-keys.ts';
import type { EventSortColumn } from '../../view-state/event-sort.ts';
import type { Filters } from '../../view-state/filters.ts';
import type { EventListEngine, EventListQuery } from '../contract.ts';
import { andInto, type Bitset } from './bitset.ts';
import { eventIndexOf, type ColumnarIndex } from './columnar-index.ts';
import { countryMask, dateMask, facetKeys, searchMask, speakerMask, spokenMask, themeMask } from './facet-masks.ts';
import { Workspace } from './workspace.ts';

/**
 * The events table on the columnar index. Each column's order is worked out
 * once, the first time the table is sorted by it, and kept: sorting again, or filtering, is then one pass over
 * that order that keeps the events the filter mask holds. Descending walks
 * the runs of equal keys backwards, each run forwards, so ties keep corpus
 * order; events without the value stay last.
 */
type ColumnOrder = {
  /** Corpus indices: events with a value in ascending key order, then those without, in corpus order. */
  order: Uint32Array;
  /** Starts of the runs of equal keys among those with a value, then their count. */
  runStarts: Uint32Array;
};

/**
 * Ranks the distinct keys (a native sort of far fewer values than events,
 * when values repeat), then sorts the events by rank with their index as the
 * tie-break, both packed into one double so the sort needs no comparator.
 */
function buildColumnOrder(count: number, keyOf: (i: number) => EventSortKey | null): ColumnOrder {
  const keys: Array<EventSortKey | null> = new Array<EventSortKey | null>(count);
  const distinct = new Set<EventSortKey>();
  for (let i = 0; i < count; i += 1) {
    const key = keyOf(i);
    keys[i] = key;
    if (key !== null) distinct.add(key);
  }
  const values = [...distinct];
  values.sort(compareEventSortKeys);
  const rankOf = new Map<EventSortKey, number>();
  values.forEach((value, rank) => rankOf.set(value, rank));
  const indexScale = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)));
  const packed = new Float64Array(count);
  const missing: number[] = [];
  let keyed = 0;
  for (let i = 0; i < count; i += 1) {
    const key = keys[i]!;
    if (key === null) missing.push(i);
    else packed[keyed++] = rankOf.get(key)! * indexScale + i;
  }
  const sorted = packed.subarray(0, keyed).sort();
  const order = new Uint32Array(count);
  const starts: number[] = [];
  let previousRank = -1;
  for (let k = 0; k < keyed; k += 1) {
    const rank = Math.floor(sorted[k]! / indexScale);
    order[k] = sorted[k]! - rank * indexScale;
    if (rank !== previousRank) starts.push(k);
    previousRank = rank;
  }
  starts.push(keyed);
  order.set(missing, keyed);
  return { order, runStarts: Uint32Array.from(starts) };
}

/** Events (internal indices) matching every filter but the event filter; null when none of those is set. */
function eventMaskIgnoringEvents(index: ColumnarIndex, filters: Filters): Bitset | null {
  const ws = new Workspace();
  const speakers = speakerMask(index, filters, ws);
  const search = searchMask(index, filters, ws);
  const parts = [
    countryMask(index, filters, ws).events,
    themeMask(index, filters, ws).events,
    dateMask(index, filters, ws).events,
    spokenMask(index, speakers, search, ws).events,
  ].filter((bits): bits is Bitset => bits !== null);
  if (parts.length === 0) return null;
  const result = parts[0]!.slice();
  for (let i = 1; i < parts.length; i += 1) andInto(result, parts[i]!);
  return result;
}

export function createColumnarEventList(index: ColumnarIndex, events: readonly ForumEvent[]): EventListEngine {
  if (events.length !== index.eventCount) throw new Error(`${events.length} events given, the index has ${index.eventCount}`);
  const internalOf = Uint32Array.from(events, (event) => {
    const internal = eventIndexOf(index, event.id);
    if (internal === undefined) throw new Error(`event ${event.id} is not in the index`);
    return internal;
  });
  const orders = new Map<EventSortColumn, ColumnOrder>();
  let lastMask: { key: string; bits: Bitset | null } | null = null;

  // Dates and country counts are in the index's typed arrays already (the
  // same order as eventSortKey's: ISO dates rank as they compare); the other
  // columns are read from the events.
  const { eventStartRank, eventEndRank, eventCountries } = index;
  const dateCount = index.dateValues.length;
  const keyOf = (column: EventSortColumn): ((i: number) => EventSortKey | null) => {
    if (column === 'date') return (i) => eventStartRank[internalOf[i]!]! * dateCount + eventEndRank[internalOf[i]!]!;
    if (column === 'countries') return (i) => eventCountries.offsets[internalOf[i]! + 1]! - eventCountries.offsets[internalOf[i]!]!;
    return (i) => eventSortKey(events[i]!, column);
  };
  const orderOf = (column: EventSortColumn): ColumnOrder => {
    let order = orders.get(column);
    if (!order) {
      order = buildColumnOrder(events.length, keyOf(column));
      orders.set(column, order);
    }
    return order;
  };

  const maskFor = (filters: Filters): Bitset | null => {
    const keys = facetKeys(filters);
    const key = [keys.countries, keys.themes, keys.dates, keys.speakers, keys.search].join('\u0001');
    if (lastMask?.key !== key) lastMask = { key, bits: eventMaskIgnoringEvents(index, filters) };
    return lastMask.bits;
  };

  return {
    prepare(column: EventSortColumn): void {
      orderOf(column);
    },
    listEvents({ filters, sort }: EventListQuery): Uint32Array {
      const column = orderOf(sort.column);
      const mask = maskFor(filters);
      const { order, runStarts } = column;
      const out = new Uint32Array(order.length);
      let k = 0;
      const keep = (from: number, to: number) => {
        for (let i = from; i < to; i += 1) {
          const e = order[i]!;
          const internal = internalOf[e]!;
          if (mask === null || (mask[internal >>> 5]! & (1 << (internal & 31))) !== 0) out[k++] = e;
        }
      };
      const runs = runStarts.length - 1;
      if (sort.direction === 'asc') keep(0, runStarts[runs]!);
      else for (let r = runs - 1; r >= 0; r -= 1) keep(runStarts[r]!, runStarts[r + 1]!);
      keep(runStarts[runs]!, order.length);
      return out.slice(0, k);
    },
  };
}
