/**
 * The search-index service in a Node worker thread, for the benchmark (the
 * app runs the same service in a Web Worker: src/workers/text-index-worker.ts).
 * Started by `startTextIndexThread`.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import {
  buffersOf,
  createTextIndexService,
  type TextIndexPort,
  type TextIndexReply,
  type TextIndexRequest,
} from '../../src/domain/engine/text/text-index-service.ts';

if (!isMainThread && parentPort) {
  const port = parentPort;
  const service = createTextIndexService();
  port.on('message', (request: TextIndexRequest) => {
    const reply = service.handle(request);
    if (reply) port.postMessage(reply, reply.type === 'done' ? buffersOf(reply.index) : []);
  });
}

/** A worker thread running the service: this file, loaded through tsx as the scripts are. */
export function startTextIndexThread(): TextIndexPort {
  const entry = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}));`;
  const worker = new Worker(entry, { eval: true });
  return {
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen(onReply) {
      worker.on('message', (reply: TextIndexReply) => onReply(reply));
      worker.on('error', (error) => onReply(error));
    },
    close: () => void worker.terminate(),
  };
}
