import { ByteWriter, ParquetWriter, type SchemaElement, type Writer } from 'hyparquet-writer';
import type { NdjsonHeader, NdjsonPart } from './corpus-ndjson-text.ts';
import { cellOf, PARQUET_COLUMNS, PARQUET_LAYOUT, PARQUET_META, VIEW_COPY_COLUMNS, type ParquetColumnSpec, type RecordKind } from './corpus-parquet-layout.ts';
import type { Corpus } from './corpus-schema.ts';

/**
 * Writes a corpus in the Parquet layout of corpus-parquet-layout.ts. The
 * records come in parts and are written a row group at a time, so a corpus
 * of a million statements never has to be one set of column arrays.
 */

/** Rows per row group: big enough to compress well, small enough to hold as columns while writing. */
const ROWS_PER_GROUP = 50_000;

function schemaElement(spec: ParquetColumnSpec): SchemaElement {
  if (spec.type === 'INT32') return { name: spec.name, type: 'INT32', repetition_type: 'OPTIONAL' };
  // JSON cells are given as text: the logical type alone marks them JSON for readers (the converted type would make the writer stringify them again).
  if (spec.type === 'JSON') return { name: spec.name, type: 'BYTE_ARRAY', logical_type: { type: 'JSON' }, repetition_type: 'OPTIONAL' };
  return { name: spec.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' };
}

export function corpusParquetSchema(): SchemaElement[] {
  return [
    { name: 'root', num_children: 1 + PARQUET_COLUMNS.length + VIEW_COPY_COLUMNS.length },
    { name: 'kind', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
    ...PARQUET_COLUMNS.map(schemaElement),
    ...VIEW_COPY_COLUMNS.map(({ name }): SchemaElement => ({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' })),
  ];
}

function metadataOf(header: NdjsonHeader): Array<{ key: string; value: string }> {
  return [
    { key: PARQUET_META.layout, value: PARQUET_LAYOUT },
    { key: PARQUET_META.schemaVersion, value: JSON.stringify(header.schemaVersion) },
    ...(header.synthetic === undefined ? [] : [{ key: PARQUET_META.synthetic, value: JSON.stringify(header.synthetic) }]),
    { key: PARQUET_META.taxonomy, value: JSON.stringify(header.taxonomy) },
  ];
}

/** One row group's rows, as columns. */
type GroupBuffer = { kinds: string[]; cells: Array<Array<string | number | null>>; copies: Array<Array<string | null>> };
const emptyGroup = (): GroupBuffer => ({ kinds: [], cells: PARQUET_COLUMNS.map(() => []), copies: VIEW_COPY_COLUMNS.map(() => []) });

/**
 * Writes the corpus to `writer` and finishes it. Each row group holds one
 * kind of record (its `kind` column's statistics say which), so a reader
 * that wants only the statements' columns of a statement group can leave
 * the rest unread; within a kind, the records keep their order.
 */
export function writeCorpusParquet(header: NdjsonHeader, parts: Iterable<NdjsonPart>, writer: Writer, rowsPerGroup = ROWS_PER_GROUP): void {
  const parquet = new ParquetWriter({ writer, schema: corpusParquetSchema(), kvMetadata: metadataOf(header), createdBy: 'forum-atlas' });
  const groups: Record<RecordKind, GroupBuffer> = { document: emptyGroup(), event: emptyGroup(), statement: emptyGroup() };
  const flush = (kind: RecordKind) => {
    const { kinds, cells, copies } = groups[kind];
    if (kinds.length === 0) return;
    const columnData = [
      { name: 'kind', data: kinds },
      ...PARQUET_COLUMNS.map((spec, i) => ({ name: spec.name, data: cells[i]! })),
      ...VIEW_COPY_COLUMNS.map((spec, i) => ({ name: spec.name, data: copies[i]! })),
    ];
    void parquet.write({ columnData, rowGroupSize: kinds.length });
    groups[kind] = emptyGroup();
  };
  const add = (kind: RecordKind, record: object) => {
    const group = groups[kind];
    group.kinds.push(kind);
    PARQUET_COLUMNS.forEach((spec, i) => group.cells[i]!.push(cellOf(record as Record<string, unknown>, kind, spec)));
    VIEW_COPY_COLUMNS.forEach((spec, i) => group.copies[i]!.push(kind === 'statement' ? spec.of(record as Record<string, unknown>) : null));
    if (group.kinds.length >= rowsPerGroup) flush(kind);
  };
  for (const part of parts) {
    for (const document of part.documents) add('document', document);
    for (const event of part.events) add('event', event);
    for (const statement of part.statements) add('statement', statement);
  }
  flush('document');
  flush('event');
  flush('statement');
  void parquet.finish();
}

/** The corpus as the bytes of a Parquet file. */
export function corpusToParquet(corpus: Corpus, rowsPerGroup?: number): Uint8Array {
  const { documents, events, statements, ...header } = corpus;
  const writer = new ByteWriter();
  writeCorpusParquet(header, [{ documents, events, statements }], writer, rowsPerGroup);
  return writer.getBytes();
}
