import type { TextIndexPort, TextIndexReply } from '../domain/engine/text/text-index-service.ts';

/** Starts text-index-worker.ts (from the corpus worker); null where a worker cannot start workers. */
export function startTextIndexWorker(): TextIndexPort | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./text-index-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Refused (a policy, a browser without nested workers): the caller indexes in its own thread.
    return null;
  }
  return {
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen(onReply) {
      worker.addEventListener('message', (event: MessageEvent<TextIndexReply>) => onReply(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onReply(new Error(event.message || 'the search index worker failed'));
      });
    },
    close: () => worker.terminate(),
  };
}
