import type { Corpus } from './corpus-schema.ts';

/**
 * A corpus as NDJSON text, the counterpart of read-corpus-ndjson.ts: the
 * header (everything but the records) on the first line, then one record
 * per line as {"event": …}, {"document": …} or {"statement": …}. It takes
 * the records in parts, so a corpus too large for one string or one object
 * graph streams to disk a part at a time.
 */

export type NdjsonHeader = Omit<Corpus, 'documents' | 'events' | 'statements'>;
export type NdjsonPart = Pick<Corpus, 'documents' | 'events' | 'statements'>;

/** Lines, each ending in "\n"; joined they are the file. */
export function* toNdjsonLines(header: NdjsonHeader, parts: Iterable<NdjsonPart>): Generator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const part of parts) {
    for (const event of part.events) yield `${JSON.stringify({ event })}\n`;
    for (const document of part.documents) yield `${JSON.stringify({ document })}\n`;
    for (const statement of part.statements) yield `${JSON.stringify({ statement })}\n`;
  }
}
