import type { ExtractionRequest, ExtractRequest, ExtractResponse, MarkRequest, MarkResponse } from '../../domain/working-corpus/extract-protocol.ts';

let nextId = 1;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * Runs the extractor in a Web Worker (the same code and lexicons as `npm
 * run ingest`), so a long text never stalls the page. One worker per
 * request: it is stopped when the answer arrives.
 */
function inWorker<R extends ExtractResponse | MarkResponse>(request: WithoutId<ExtractionRequest>): Promise<R> {
  const id = nextId++;
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../../workers/extract-worker.ts', import.meta.url), { type: 'module' });
    const done = (response: R) => {
      worker.terminate();
      resolve(response);
    };
    worker.addEventListener('message', (event: MessageEvent<R>) => {
      if (event.data.id === id) done(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done({ type: 'failed', id, message: 'The extractor could not start in this browser.' } as R);
    });
    worker.postMessage({ ...request, id });
  });
}

/** Extracts one release. */
export function extractInWorker(request: Omit<ExtractRequest, 'type' | 'id'>): Promise<ExtractResponse> {
  return inWorker<ExtractResponse>({ type: 'extract', ...request });
}

/** Makes a statement of the words the analyst selected in a release. */
export function markInWorker(request: Omit<MarkRequest, 'type' | 'id'>): Promise<MarkResponse> {
  return inWorker<MarkResponse>({ type: 'mark', ...request });
}
