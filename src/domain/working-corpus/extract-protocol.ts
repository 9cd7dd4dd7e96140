import type { Theme } from '../corpus/corpus-schema.ts';
import { extractDocument } from '../extract/extract-document.ts';
import type { Tables } from '../extract/tables.ts';
import { ExtractionError, type ExtractWarning, type Provenance } from '../extract/types.ts';
import type { ReleaseRecords } from './release-corrections.ts';

/**
 * The messages between the page and the extraction worker, and what the
 * worker does with one: the extractor's own entry point (extractDocument,
 * as scripts/ingest.ts calls it), on the same tables. Plain data, so it is
 * tested without a worker.
 */
export type ExtractRequest = { type: 'extract'; id: number; documentId: string; text: string; provenance: Provenance };

export type ExtractResponse =
  | { type: 'extracted'; id: number; records: ReleaseRecords; warnings: ExtractWarning[]; taxonomy: Theme[] }
  | { type: 'failed'; id: number; message: string };

export function runExtraction(request: ExtractRequest, tables: Tables): ExtractResponse {
  try {
    const { document, event, statements, warnings } = extractDocument({ id: request.documentId, text: request.text }, request.provenance, tables);
    return { type: 'extracted', id: request.id, records: { document, event, statements }, warnings, taxonomy: [...tables.taxonomy] };
  } catch (error) {
    if (error instanceof ExtractionError) return { type: 'failed', id: request.id, message: `Line ${error.line}: ${error.message}` };
    return { type: 'failed', id: request.id, message: `The extractor failed on this text: ${error instanceof Error ? error.message : String(error)}` };
  }
}
