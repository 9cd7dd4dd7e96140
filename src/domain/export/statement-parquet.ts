import { ByteWriter, parquetWrite, type SchemaElement } from 'hyparquet-writer';
import { isSynthetic, SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';
import { describeStatementsJson, STATEMENT_COLUMNS, STATEMENT_CSV_HEADER, type StatementRow } from './statement-rows.ts';
import type { ExportContext } from './metadata.ts';

/**
 * The filtered statements as a Parquet file: the CSV's columns, in the
 * CSV's order and with its names, so a table read from either is the same
 * table. Numbers are numbers and "date_inferred" a boolean; lists stay
 * joined with "; " as in the CSV. Cells are written as they are — a
 * Parquet reader evaluates no formulas, so the CSV's apostrophe guard is not
 * needed. The file's key-value metadata holds what the JSON export's
 * metadata says (filters, corpus version, synthetic label, counts, notes).
 */

const INTEGER_COLUMNS: ReadonlySet<string> = new Set(['span_start_utf16', 'span_end_utf16', 'paragraph_number_from_1']);
const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(['date_inferred']);

export const STATEMENT_PARQUET_METADATA_KEY = 'forum-atlas.export';

function schemaOf(name: string): SchemaElement {
  if (INTEGER_COLUMNS.has(name)) return { name, type: 'INT32', repetition_type: 'OPTIONAL' };
  if (BOOLEAN_COLUMNS.has(name)) return { name, type: 'BOOLEAN', repetition_type: 'OPTIONAL' };
  return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' };
}

export function statementRowsToParquet(rows: StatementRow[], context: ExportContext): Uint8Array {
  const synthetic = isSynthetic(context.corpus) ? SYNTHETIC_NOTICE : 'no';
  const cells = (header: string): Array<string | number | boolean | null> => {
    if (header === 'corpus_version') return rows.map(() => context.corpusVersion);
    if (header === 'synthetic') return rows.map(() => synthetic);
    if (header === 'date_inferred') return rows.map((row) => row.dateInferred);
    const column = STATEMENT_COLUMNS.find((candidate) => candidate.header === header)!;
    return rows.map((row) => column.value(row) ?? null);
  };
  const writer = new ByteWriter();
  void parquetWrite({
    writer,
    schema: [{ name: 'root', num_children: STATEMENT_CSV_HEADER.length }, ...STATEMENT_CSV_HEADER.map(schemaOf)],
    columnData: STATEMENT_CSV_HEADER.map((header) => ({ name: header, data: cells(header) })),
    kvMetadata: [{ key: STATEMENT_PARQUET_METADATA_KEY, value: JSON.stringify(describeStatementsJson(rows, context).metadata) }],
    createdBy: 'forum-atlas',
  });
  return writer.getBytes();
}
