import { openCorpus, type OpenCorpusOptions, type OpenedCorpus } from './read-corpus-text.ts';
import { looksLikeNdjson, openNdjsonCorpus } from './read-corpus-ndjson.ts';

/**
 * The corpus file formats the app opens, told apart by their content, never
 * by a file name (a picked file or a published path may be named anything):
 * Parquet by its magic bytes, NDJSON by a first line that is a whole JSON
 * object with another line after it, JSON otherwise.
 */
export type CorpusFileFormat = 'JSON' | 'NDJSON' | 'Parquet';

/** Every Parquet file starts (and ends) with these four bytes. */
const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31];

export function isParquet(bytes: Uint8Array): boolean {
  return PARQUET_MAGIC.every((byte, i) => bytes[i] === byte);
}

export function textFormatOf(text: string): Exclude<CorpusFileFormat, 'Parquet'> {
  return looksLikeNdjson(text) ? 'NDJSON' : 'JSON';
}

/** Opens corpus text as JSON or NDJSON, whichever it is. */
export function openCorpusText(text: string, source: string, options: OpenCorpusOptions = {}): OpenedCorpus {
  return textFormatOf(text) === 'NDJSON' ? openNdjsonCorpus(text, source, options) : openCorpus(text, source, options);
}
