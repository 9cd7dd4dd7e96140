import { useEffect, useRef, useState } from 'react';
import type { EventListEngine } from '../../domain/engine/contract.ts';
import type { OffThreadOrders } from '../../domain/engine/columnar/event-list-order.ts';
import { EVENT_SORT_COLUMNS, type EventSortColumn } from '../../domain/view-state/event-sort.ts';
import { startOrderWorker } from './order-worker.ts';

const idle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5000 }) : window.setTimeout(run, 200);

/** Lets the page handle input and paint between slices of reading a column (a message, not a timer: no 4 ms clamp). */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Works out the events table's column orders in a worker (order-worker.ts),
 * one column after another from when the table shows, the column asked for
 * first; where no worker starts, or it fails, on the page's thread in idle
 * periods. Returns whether a sort by `wanted` is ready; the component
 * renders again when that changes. Nothing is worked out while `enabled`
 * is false (the texts still arriving: the table is about to be replaced).
 */
export function useColumnOrders(eventList: EventListEngine, wanted: EventSortColumn, enabled = true): boolean {
  const [, setSettled] = useState(0);
  const want = useRef<(column: EventSortColumn) => void>(() => undefined);

  useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    const worker = startOrderWorker();
    let offThread: OffThreadOrders | undefined = worker ? { build: worker.build, pause } : undefined;
    const settle = () => {
      if (!cancelled) setSettled((n) => n + 1);
    };
    const prepare = (column: EventSortColumn): Promise<void> => {
      if (eventList.ready(column)) return Promise.resolve();
      if (offThread) {
        return eventList.prepare(column, offThread).catch(() => {
          // The worker failed: from now on, here.
          worker?.stop();
          offThread = undefined;
          return prepare(column);
        });
      }
      return new Promise<void>((resolve) => idle(() => resolve(cancelled ? undefined : eventList.prepare(column))));
    };
    const remaining: EventSortColumn[] = [...EVENT_SORT_COLUMNS];
    const step = () => {
      const column = remaining.shift();
      if (cancelled) return;
      if (column === undefined) {
        worker?.stop();
        return;
      }
      void prepare(column).then(() => {
        settle();
        idle(step);
      });
    };
    want.current = (column) => {
      if (!eventList.ready(column)) void prepare(column).then(settle);
    };
    idle(step);
    return () => {
      cancelled = true;
      want.current = () => undefined;
      worker?.stop();
    };
  }, [eventList, enabled]);

  const ready = eventList.ready(wanted);
  useEffect(() => {
    if (!ready) want.current(wanted);
  }, [ready, wanted, eventList]);
  return ready;
}
