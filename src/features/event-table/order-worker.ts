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
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../workers/event-order-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const client = createColumnOrderClient({
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen(onReply) {
      worker.addEventListener('message', (event: MessageEvent<ColumnOrderReply>) => onReply(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onReply(new Error(event.message || 'the events table’s sort worker failed'));
      });
    },
  });
  return {
    build: client.build,
    stop: () => {
      client.close();
      worker.terminate();
    },
  };
}
