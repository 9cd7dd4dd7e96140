/// <reference lib="webworker" />
import { answerColumnOrderRequest, transferablesOf, type ColumnOrderRequest } from '../domain/engine/columnar/event-list-worker-protocol.ts';

/**
 * Works out the events table's column orders off the page's thread: the
 * page sends a column's keys, this folds, ranks and sorts them and sends the
 * order back, its typed arrays transferred. Started by
 * src/features/event-table/order-worker.ts.
 */

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ColumnOrderRequest>) => {
  const reply = answerColumnOrderRequest(event.data);
  self.postMessage(reply, transferablesOf(reply));
});
