import { ByteWriter, parquetWrite, type SchemaElement } from 'hyparquet-writer';
import { isSynthetic, SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';
import { describeEventsJson, EVENT_COLUMNS, EVENT_CSV_HEADER, type EventRow } from './event-rows.ts';
import type { ExportContext } from './metadata.ts';
import { STATEMENT_PARQUET_METADATA_KEY } from './statement-parquet.ts';

/**
 * The events table as Parquet: the CSV's columns, names and order, with
 * spans and counts as integers and yes/no columns as booleans; the JSON
 * export's metadata in the file's `forum-atlas.export` key.
 */
const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(['chosen', 'date_inferred', 'online']);
const INTEGER_COLUMNS: ReadonlySet<string> = new Set(
  EVENT_CSV_HEADER.filter((name) => /_utf16$/.test(name) && !/_spans_/.test(name)).concat('participant_count'),
);

function schemaOf(name: string): SchemaElement {
  if (INTEGER_COLUMNS.has(name)) return { name, type: 'INT32', repetition_type: 'OPTIONAL' };
  if (BOOLEAN_COLUMNS.has(name)) return { name, type: 'BOOLEAN', repetition_type: 'OPTIONAL' };
  return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' };
}

export function eventRowsToParquet(rows: EventRow[], context: ExportContext): Uint8Array {
  const synthetic = isSynthetic(context.corpus) ? SYNTHETIC_NOTICE : 'no';
  const cells = (header: string): Array<string | number | boolean | null> => {
    if (header === 'corpus_version') return rows.map(() => context.corpusVersion);
    if (header === 'synthetic') return rows.map(() => synthetic);
    if (header === 'chosen') return rows.map((row) => row.chosen);
    if (header === 'date_inferred') return rows.map((row) => row.dateInferred);
    if (header === 'online') return rows.map((row) => row.online);
    const column = EVENT_COLUMNS.find((candidate) => candidate.header === header)!;
    return rows.map((row) => {
      const value = column.value(row);
      return value === undefined || value === '' ? null : (value as string | number);
    });
  };
  const writer = new ByteWriter();
  void parquetWrite({
    writer,
    schema: [{ name: 'root', num_children: EVENT_CSV_HEADER.length }, ...EVENT_CSV_HEADER.map(schemaOf)],
    columnData: EVENT_CSV_HEADER.map((header) => ({ name: header, data: cells(header) })),
    kvMetadata: [{ key: STATEMENT_PARQUET_METADATA_KEY, value: JSON.stringify(describeEventsJson(rows, context).metadata) }],
    createdBy: 'forum-atlas',
  });
  return writer.getBytes();
}
