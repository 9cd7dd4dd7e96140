import type { Statement, Theme } from '../corpus/corpus-schema.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { markStatement } from '../extract/mark-statement.ts';
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

/** Words the analyst selected in a release under review, to be made a statement. */
export type MarkRequest = { type: 'mark'; id: number; records: ReleaseRecords; selection: [number, number] };

export type ExtractionRequest = ExtractRequest | MarkRequest;

type Failed = { type: 'failed'; id: number; message: string };

export type ExtractResponse = { type: 'extracted'; id: number; records: ReleaseRecords; warnings: ExtractWarning[]; taxonomy: Theme[] } | Failed;

export type MarkResponse = { type: 'marked'; id: number; statement: Statement; note: string | null } | Failed;

export function runMark(request: MarkRequest, tables: Tables): MarkResponse {
  try {
    const marked = markStatement(request.records, request.selection, tables);
    return 'problem' in marked ? { type: 'failed', id: request.id, message: marked.problem } : { type: 'marked', id: request.id, ...marked };
  } catch (error) {
    return { type: 'failed', id: request.id, message: `The extractor failed on these words: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function runExtractionRequest(request: ExtractionRequest, tables: Tables): ExtractResponse | MarkResponse {
  return request.type === 'mark' ? runMark(request, tables) : runExtraction(request, tables);
}

export function runExtraction(request: ExtractRequest, tables: Tables): ExtractResponse {
  try {
    const { document, event, statements, warnings } = extractDocument({ id: request.documentId, text: request.text }, request.provenance, tables);
    return { type: 'extracted', id: request.id, records: { document, event, statements }, warnings, taxonomy: [...tables.taxonomy] };
  } catch (error) {
    if (error instanceof ExtractionError) return { type: 'failed', id: request.id, message: `Line ${error.line}: ${error.message}` };
    return { type: 'failed', id: request.id, message: `The extractor failed on this text: ${error instanceof Error ? error.message : String(error)}` };
  }
}
