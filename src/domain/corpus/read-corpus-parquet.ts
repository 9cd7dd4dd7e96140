import { parquetMetadata, parquetRead, type FileMetaData } from 'hyparquet';
import { formatCount } from '../format/format-count.ts';
import type { RecordCollection } from './corpus-consistency.ts';
import { displayName } from './corpus-json-text.ts';
import {
  COLLECTION_KIND,
  KIND_COLLECTION,
  PARQUET_COLUMNS,
  PARQUET_META,
  type ParquetColumnSpec,
  type RecordKind,
} from './corpus-parquet-layout.ts';
import { CorpusError, quote, shorten, type CorpusProblem } from './corpus-problems.ts';
import type { ExcludedRecord } from './excluded-records.ts';
import { checkCorpusRecords, readTopLevel, type OpenCorpusOptions, type OpenedCorpus } from './read-corpus-text.ts';
import { UnreadableRecord, type RecordLocator } from './record-locator.ts';

/**
 * Opening a Parquet corpus (the layout of corpus-parquet-layout.ts): the
 * header from the file's key-value metadata, then each row rebuilt as the
 * record it holds and judged by exactly the checks of a JSON corpus.
 * Messages name the row (counted from 1) and the column, with the path
 * inside a JSON column after a dot: "row 58, column speaker.name".
 *
 * Fatal: bytes that are not a readable Parquet file, a Parquet file without
 * Forum Atlas metadata, metadata of another schema version or not JSON, and
 * whatever is fatal for JSON. A row of no known kind, or with a JSON cell
 * that does not parse, is left out with its row and column; the rest opens.
 */

const decoder = new TextDecoder('utf-8', { fatal: false });
const rowLabel = (row: number) => `row ${formatCount(row)}`;
type Collection = Exclude<RecordCollection, 'taxonomy'>;

function readMetadata(bytes: ArrayBuffer, source: string): FileMetaData {
  try {
    return parquetMetadata(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CorpusError('unreadable', source, `${displayName(source)} is not a readable Parquet file, or is cut short: ${shorten(detail, 160)}`);
  }
}

/** The header the metadata holds, as JSON's top level would hold it. */
function headerOf(metadata: FileMetaData, source: string): Record<string, unknown> {
  const name = displayName(source);
  const values = new Map((metadata.key_value_metadata ?? []).map(({ key, value }) => [key, value]));
  if (!values.has(PARQUET_META.schemaVersion)) {
    throw new CorpusError('invalid', source, `${name} is a Parquet file but not a Forum Atlas corpus: its metadata has no ${PARQUET_META.schemaVersion}.`, [
      { path: `metadata ${PARQUET_META.schemaVersion}`, message: 'missing' },
    ]);
  }
  const header: Record<string, unknown> = {};
  for (const [field, key] of [['schemaVersion', PARQUET_META.schemaVersion], ['synthetic', PARQUET_META.synthetic], ['taxonomy', PARQUET_META.taxonomy]] as const) {
    const text = values.get(key);
    if (text === undefined) continue;
    try {
      header[field] = JSON.parse(text) as unknown;
    } catch {
      throw new CorpusError('invalid', source, `${name}: the metadata ${key} is not JSON: ${quote(text, 60)}.`, [
        { path: `metadata ${key}`, message: 'not JSON' },
      ]);
    }
  }
  return header;
}

/** The column a record field lives in, for messages. */
function columnOf(kind: RecordKind, field: string): string {
  return PARQUET_COLUMNS.find((spec) => spec.fields[kind] === field)?.name ?? field;
}

/** Opens the bytes of a Parquet corpus. `source` names the file or URL in messages. */
export async function openParquetCorpus(bytes: ArrayBuffer, source: string, options: OpenCorpusOptions = {}): Promise<OpenedCorpus> {
  const metadata = readMetadata(bytes, source);
  const header = headerOf(metadata, source);
  const columns = new Set(metadata.schema.slice(1).map((element) => element.name));
  if (!columns.has('kind')) {
    throw new CorpusError('invalid', source, `${displayName(source)} is not a Forum Atlas corpus table: it has no kind column, which says what each row holds.`, [
      { path: 'column kind', message: 'missing' },
    ]);
  }
  const rowCount = Number(metadata.num_rows);
  const cells = new Map<string, unknown[]>();
  try {
    // Read as columns: assembling row objects in the library took three times as long.
    await parquetRead({
      file: bytes,
      metadata,
      // JSON cells arrive as text, so one that does not parse is named with its row rather than failing the file.
      parsers: { jsonFromBytes: (cell: Uint8Array) => decoder.decode(cell) },
      onChunk: ({ columnName, columnData, rowStart }) => {
        let column = cells.get(columnName);
        if (column === undefined) cells.set(columnName, (column = new Array<unknown>(rowCount).fill(null)));
        for (let i = 0; i < columnData.length && rowStart + i < rowCount; i += 1) column[rowStart + i] = columnData[i];
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CorpusError('unreadable', source, `${displayName(source)} could not be read as a Parquet table: ${shorten(detail, 160)}`);
  }

  const arrays: Record<Collection, unknown[]> = { documents: [], events: [], statements: [] };
  const rowsOf: Record<Collection, number[]> = { documents: [], events: [], statements: [] };
  const unreadable: ExcludedRecord[] = [];
  const kinds = cells.get('kind') ?? [];
  const present = PARQUET_COLUMNS.filter((spec) => cells.has(spec.name)).map((spec) => ({ spec, cells: cells.get(spec.name)! }));
  for (let i = 0; i < rowCount; i += 1) {
    const row = i + 1;
    const kind = kinds[i];
    const collection = typeof kind === 'string' ? KIND_COLLECTION[kind as RecordKind] : undefined;
    if (collection === undefined) {
      const got = typeof kind === 'string' ? quote(kind, 40) : 'empty';
      const problem = { path: `${rowLabel(row)}, column kind`, message: `${got}; expected document, event or statement` };
      unreadable.push({ collection: 'rows', index: row, at: rowLabel(row), problems: [problem], dependent: false });
      continue;
    }
    rowsOf[collection].push(row);
    arrays[collection].push(recordOf(present, i, kind as RecordKind));
  }

  const top = readTopLevel({ ...header, ...arrays }, source);
  const locator: RecordLocator = {
    at: (collection, index) => (collection === 'taxonomy' ? `metadata ${PARQUET_META.taxonomy}[${index}]` : rowLabel(rowsOf[collection][index] ?? 0)),
    path: (collection, index, rest) => {
      if (collection === 'taxonomy') return `metadata ${PARQUET_META.taxonomy}[${index}]${rest}`;
      const row = rowLabel(rowsOf[collection][index] ?? 0);
      const field = /^\.([^.[]+)(.*)$/s.exec(rest);
      return field === null ? row : `${row}, column ${columnOf(COLLECTION_KIND[collection], field[1]!)}${field[2]!}`;
    },
    position: (collection, index) => (collection === 'taxonomy' ? 0 : (rowsOf[collection][index] ?? 0)),
  };
  return checkCorpusRecords(top, source, options, { locator, unreadable });
}

/** The record row `i` holds: its kind's columns, nulls left out, JSON cells parsed. */
function recordOf(columns: ReadonlyArray<{ spec: ParquetColumnSpec; cells: unknown[] }>, i: number, kind: RecordKind): unknown {
  const row = i + 1;
  const record: Record<string, unknown> = {};
  const problems: CorpusProblem[] = [];
  for (const { spec, cells } of columns) {
    const field = spec.fields[kind];
    const cell = cells[i];
    if (field === undefined || cell === null || cell === undefined) continue;
    if (spec.type !== 'JSON' || typeof cell !== 'string') {
      record[field] = cell;
      continue;
    }
    try {
      record[field] = JSON.parse(cell) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({ path: `${rowLabel(row)}, column ${spec.name}`, message: `not JSON: ${shorten(detail, 120)}` });
    }
  }
  if (problems.length === 0) return record;
  const id = typeof record.id === 'string' ? shorten(record.id) : undefined;
  for (const problem of problems) if (id !== undefined) problem.recordId = id;
  return new UnreadableRecord(problems, id);
}
