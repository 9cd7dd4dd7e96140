import { formatCount } from '../format/format-count.ts';
import type { RecordCollection } from './corpus-consistency.ts';
import { describeJsonValue, displayName } from './corpus-json-text.ts';
import { CorpusError, quote, shorten, type CorpusProblem } from './corpus-problems.ts';
import type { ExcludedRecord } from './excluded-records.ts';
import {
  checkCorpusRecords,
  readTopLevel,
  refuseEmptyOrHtml,
  stripByteOrderMark,
  type OpenCorpusOptions,
  type OpenedCorpus,
} from './read-corpus-text.ts';
import { UnreadableRecord, type RecordLocator } from './record-locator.ts';

/**
 * Opening an NDJSON corpus, the form `npm run gen:corpus -- --format ndjson`
 * writes for corpora too large for one JSON string: a header line with
 * schemaVersion, synthetic and taxonomy, then one record per line, each an
 * object with one key that says what it is: {"document": …}, {"event": …}
 * or {"statement": …}. The records go through exactly the checks of a JSON
 * corpus (read-corpus-text.ts); messages name the line instead of a JSON path.
 *
 * Fatal: no text, a web page, a header that is not JSON or not a corpus
 * header. A line that is not JSON, or not one record, is left out with its
 * line number and the rest is judged as usual, as JSON's partial mode does
 * with a bad record.
 */

const KEY_COLLECTION: Readonly<Record<string, Exclude<RecordCollection, 'taxonomy'>>> = {
  document: 'documents',
  event: 'events',
  statement: 'statements',
};
const COLLECTION_KEY: Readonly<Record<RecordCollection, string>> = {
  taxonomy: 'theme',
  documents: 'document',
  events: 'event',
  statements: 'statement',
};
const RECORD_SHAPE = 'each line after the header holds one record: {"document": …}, {"event": …} or {"statement": …}';
/** How a line that is not JSON may still say what it was meant to hold, and its id. */
const KIND_PREFIX = /^\s*\{\s*"(document|event|statement)"\s*:/;
const ID_FIELD = /"id"\s*:\s*"((?:[^"\\]|\\.){1,200})"/;

/**
 * Whether the text reads as NDJSON rather than one JSON document: its first
 * line is a whole JSON object on its own and another line follows. A JSON
 * corpus is either one line or opens with a lone "{".
 */
export function looksLikeNdjson(text: string): boolean {
  const body = stripByteOrderMark(text);
  const end = body.indexOf('\n');
  if (end === -1) return false;
  const first = body.slice(0, end).trim();
  return first.length > 2 && first.startsWith('{') && first.endsWith('}') && /\S/.test(body.slice(end + 1, end + 4096));
}

const lineLabel = (line: number) => `line ${formatCount(line)}`;

function unreadableLine(line: number, message: string): CorpusProblem {
  return { path: lineLabel(line), message };
}

/** Opens NDJSON corpus text. `source` names the file or URL in messages. */
export function openNdjsonCorpus(text: string, source: string, options: OpenCorpusOptions = {}): OpenedCorpus {
  const body = stripByteOrderMark(text);
  refuseEmptyOrHtml(body, source, 'NDJSON');

  const arrays: Record<Exclude<RecordCollection, 'taxonomy'>, unknown[]> = { documents: [], events: [], statements: [] };
  const lines: Record<RecordCollection, number[]> = { taxonomy: [], documents: [], events: [], statements: [] };
  const unreadable: ExcludedRecord[] = [];
  let header: unknown = undefined;
  let headerLine = 0;

  let start = 0;
  for (let line = 1; start <= body.length; line += 1) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const content = body.slice(start, end);
    start = end + 1;
    if (!/\S/.test(content)) continue;
    if (headerLine === 0) {
      headerLine = line;
      header = parseHeader(content, line, source);
      continue;
    }
    readRecordLine(content, line, arrays, lines, unreadable);
  }

  const top = readTopLevel({ ...(header as object), ...arrays }, source);
  const locator: RecordLocator = {
    at: (collection, index) => lineLabel(lines[collection][index] ?? headerLine),
    path: (collection, index, rest) =>
      collection === 'taxonomy'
        ? `${lineLabel(headerLine)}, taxonomy[${index}]${rest}`
        : `${lineLabel(lines[collection][index] ?? 0)}, ${COLLECTION_KEY[collection]}${rest}`,
    position: (collection, index) => lines[collection][index] ?? headerLine,
  };
  return checkCorpusRecords(top, source, options, { locator, unreadable });
}

/** The header line as an object with no records of its own; fatal otherwise, since nothing can be read without it. */
function parseHeader(content: string, line: number, source: string): object {
  const name = displayName(source);
  let header: unknown;
  try {
    header = JSON.parse(content) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CorpusError('not-json', source, `${name} is not valid NDJSON: ${lineLabel(line)}, the header, is not JSON: ${shorten(detail, 160)}`);
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) {
    const got = describeJsonValue(header);
    throw new CorpusError('invalid', source, `${name} is not an NDJSON corpus: its header (${lineLabel(line)}) is ${got}, not an object with schemaVersion and taxonomy.`, [
      { path: lineLabel(line), message: `expected an object, got ${got}` },
    ]);
  }
  const records = Object.keys(KEY_COLLECTION).filter((key) => key in header);
  if (records.length > 0 && !('schemaVersion' in header)) {
    throw new CorpusError('invalid', source, `${name} is not an NDJSON corpus: ${lineLabel(line)} holds a record where the header (schemaVersion, synthetic, taxonomy) should be.`, [
      { path: lineLabel(line), message: `expected the header, got a ${records[0]!}` },
    ]);
  }
  const { documents: _d, events: _e, statements: _s, ...rest } = header as Record<string, unknown>;
  return rest;
}

function readRecordLine(
  content: string,
  line: number,
  arrays: Record<Exclude<RecordCollection, 'taxonomy'>, unknown[]>,
  lines: Record<RecordCollection, number[]>,
  unreadable: ExcludedRecord[],
): void {
  const place = (collection: Exclude<RecordCollection, 'taxonomy'>, record: unknown) => {
    lines[collection].push(line);
    arrays[collection].push(record);
  };
  const leaveOutLine = (message: string) =>
    unreadable.push({ collection: 'lines', index: line, at: lineLabel(line), problems: [unreadableLine(line, message)], dependent: false });
  let value: unknown;
  try {
    value = JSON.parse(content) as unknown;
  } catch (error) {
    // V8 counts lines within the text it was given, always line 1 here: the column is what is left to say.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/ \(line 1 column (\d+)\)/, ' (column $1)');
    const message = `not JSON: ${shorten(detail, 160)}`;
    const kind = KIND_PREFIX.exec(content)?.[1];
    if (kind === undefined) {
      leaveOutLine(message);
      return;
    }
    // The line says what it was meant to be: it takes that record's place, so a statement of a lost event is named as such.
    const id = ID_FIELD.exec(content.slice(0, 1000))?.[1];
    place(KEY_COLLECTION[kind]!, new UnreadableRecord([unreadableLine(line, message)], id === undefined ? undefined : shorten(id)));
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    leaveOutLine(`${describeJsonValue(value)}, not a record; ${RECORD_SHAPE}`);
    return;
  }
  const keys = Object.keys(value);
  const collection = keys.length === 1 ? KEY_COLLECTION[keys[0]!] : undefined;
  if (collection === undefined) {
    const shown = keys.slice(0, 3).map((key) => quote(key, 40)).join(', ');
    leaveOutLine(`${keys.length === 0 ? 'an empty object' : `an object with ${shown}`}; ${RECORD_SHAPE}`);
    return;
  }
  place(collection, (value as Record<string, unknown>)[keys[0]!]);
}
