/// <reference lib="webworker" />
import { bundledTables } from '../domain/working-corpus/extraction-tables.ts';
import { runExtraction, type ExtractRequest } from '../domain/working-corpus/extract-protocol.ts';

/**
 * Extracts a pasted release off the page's thread with the code and
 * lexicons `npm run ingest` uses; the page only shows the result.
 */
declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  if (event.data.type !== 'extract') return;
  self.postMessage(runExtraction(event.data, bundledTables()));
});
