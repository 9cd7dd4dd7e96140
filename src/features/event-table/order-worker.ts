import type { ColumnOrderBuilder } from '../../domain/engine/columnar/event-list-order.ts';
import { createColumnOrderClient, type ColumnOrderReply } from '../../domain/engine/columnar/event-list-worker-protocol.ts';

/**
 * Starts the events table's order worker (src/workers/event-order-worker.ts)
 * and returns a builder that sends it column inputs, with a way to stop it;
 * null where a worker cannot start (the table then sorts on the page's
 * thread, in idle periods).
 */
export function startOrderWorker(): { build: ColumnOrderBuilder; stop: () => void } | null {
  if (typeof Worker === 'undefined') return null;
  // The worker starts on the first sort asked of it, not when the table
  // mounts: a table that is replaced at once (another corpus opening)
  // would otherwise stop a worker whose script is still loading, and that
  // fetch then never settles.
  let worker: Worker | undefined;
  let stopped = false;
  let listener: ((reply: ColumnOrderReply | Error) => void) | undefined;
  const client = createColumnOrderClient({
    post(request, transfer) {
      if (!worker) throw new Error('the events table’s sort worker is not running');
      worker.postMessage(request, transfer);
    },
    listen(onReply) {
      listener = onReply;
    },
  });
  const start = (): boolean => {
    if (worker) return true;
    if (stopped) return false;
    try {
      worker = new Worker(new URL('../../workers/event-order-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return false;
    }
    worker.addEventListener('message', (event: MessageEvent<ColumnOrderReply>) => listener?.(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      listener?.(new Error(event.message || 'the events table’s sort worker failed'));
    });
    return true;
  };
  return {
    build: (input) => (start() ? client.build(input) : Promise.reject(new Error('the events table’s sort worker could not start'))),
    stop: () => {
      stopped = true;
      client.close();
      worker?.terminate();
    },
  };
}
