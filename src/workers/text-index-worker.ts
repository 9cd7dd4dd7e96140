/// <reference lib="webworker" />
import { buffersOf, createTextIndexService, type TextIndexRequest } from '../domain/engine/text/text-index-service.ts';

/**
 * Builds the search index beside the corpus worker, which starts it and
 * hands it the statement texts in batches while it checks the file and
 * builds the other views (see text-index-service.ts). Started by
 * start-text-index-worker.ts.
 */

declare const self: DedicatedWorkerGlobalScope;

const service = createTextIndexService();
self.addEventListener('message', (event: MessageEvent<TextIndexRequest>) => {
  const reply = service.handle(event.data);
  if (reply) self.postMessage(reply, reply.type === 'done' ? buffersOf(reply.index) : []);
});
