import type { ExtractRequest, ExtractResponse } from '../../domain/working-corpus/extract-protocol.ts';

let nextId = 1;

/**
 * Runs the extractor on one release in a Web Worker (the same code and
 * lexicons as `npm run ingest`), so a long text never stalls the page. One
 * worker per release: it is stopped when the answer arrives.
 */
export function extractInWorker(request: Omit<ExtractRequest, 'type' | 'id'>): Promise<ExtractResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../../workers/extract-worker.ts', import.meta.url), { type: 'module' });
    const done = (response: ExtractResponse) => {
      worker.terminate();
      resolve(response);
    };
    worker.addEventListener('message', (event: MessageEvent<ExtractResponse>) => {
      if (event.data.id === id) done(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done({ type: 'failed', id, message: 'The extractor could not start in this browser.' });
    });
    worker.postMessage({ type: 'extract', id, ...request } satisfies ExtractRequest);
  });
}
