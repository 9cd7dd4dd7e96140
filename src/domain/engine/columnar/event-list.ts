import type { ForumEvent } from '../../corpus/corpus-schema.ts';
import type { EventSortColumn } from '../../view-state/event-sort.ts';
import type { Filters } from '../../view-state/filters.ts';
import type { EventListEngine, EventListQuery } from '../contract.ts';
import { andInto, type Bitset } from './bitset.ts';
import { eventIndexOf, type ColumnarIndex } from './columnar-index.ts';
import { countryMask, dateMask, facetKeys, searchMask, speakerMask, spokenMask, themeMask } from './facet-masks.ts';
import { Workspace } from './workspace.ts';
import { buildColumnOrder, isColumnOrderFor, readColumnOrderInput, readColumnOrderInputNow, type ColumnOrder, type ColumnOrderInput, type OffThreadOrders } from './event-list-order.ts';

/**
 * The events table on the columnar index. Each column's order is worked out
 * once and kept (event-list-order.ts): ahead of time by `prepare`, in
 * another thread when given a builder, or else the first time the table is
 * sorted by it. Sorting again, or filtering, is then one pass over that
 * order that keeps the events the filter mask holds. Descending walks the
 * runs of equal keys backwards, each run forwards, so ties keep corpus
 * order; events without the value stay last.
 */
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

  const pending = new Map<EventSortColumn, Promise<void>>();

  // Dates and country counts are in the index's typed arrays already (the
  // same order as eventSortKey's: ISO dates rank as they compare); the other
  // columns are read from the events.
  const { eventStartRank, eventEndRank, eventCountries } = index;
  const dateCount = index.dateValues.length;
  const numberOf = (column: EventSortColumn): ((i: number) => number | null) => {
    if (column === 'date') return (i) => eventStartRank[internalOf[i]!]! * dateCount + eventEndRank[internalOf[i]!]!;
    if (column === 'countries') return (i) => eventCountries.offsets[internalOf[i]! + 1]! - eventCountries.offsets[internalOf[i]!]!;
    return (i) => events[i]!.participantCount?.value.count ?? null;
  };
  /** Reads the input a slice at a time, pausing between slices. */
  const readInput = async (column: EventSortColumn, pause: () => Promise<void>): Promise<ColumnOrderInput> => {
    const reading = readColumnOrderInput(column, events, numberOf(column));
    for (;;) {
      const step = reading.next();
      if (step.done) return step.value;
      await pause();
    }
  };
  const orderOf = (column: EventSortColumn): ColumnOrder => {
    let order = orders.get(column);
    if (!order) {
      order = buildColumnOrder(readColumnOrderInputNow(column, events, numberOf(column)));
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
    ready: (column) => orders.has(column),
    prepare(column: EventSortColumn, elsewhere?: OffThreadOrders): Promise<void> {
      if (orders.has(column)) return Promise.resolve();
      if (!elsewhere) {
        orderOf(column);
        return Promise.resolve();
      }
      let job = pending.get(column);
      if (!job) {
        job = readInput(column, elsewhere.pause)
          .then((input) => (orders.has(column) ? null : elsewhere.build(input)))
          .then((order) => {
            if (order === null) return;
            if (!isColumnOrderFor(order, events.length)) throw new Error(`the ${column} order that came back does not fit ${events.length} events`);
            if (!orders.has(column)) orders.set(column, order);
          })
          .finally(() => pending.delete(column));
        pending.set(column, job);
      }
      return job;
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
