/// <reference lib="webworker" />
import { bundledTables } from '../domain/working-corpus/extraction-tables.ts';
import { runExtractionRequest, type ExtractionRequest } from '../domain/working-corpus/extract-protocol.ts';

/**
 * Extracts a pasted release off the page's thread with the code and
 * lexicons `npm run ingest` uses; the page only shows the result.
 */
declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ExtractionRequest>) => {
  if (event.data.type !== 'extract' && event.data.type !== 'mark') return;
  self.postMessage(runExtractionRequest(event.data, bundledTables()));
});
