import { parquetMetadata, parquetRead } from 'hyparquet';
import { parseJson } from './corpus-json-text.ts';
import { KIND_COLLECTION, PARQUET_COLUMNS, PARQUET_META, type RecordKind } from './corpus-parquet-layout.ts';
import { readTopLevel, refuseEmptyOrHtml, stripByteOrderMark, type TopLevel } from './read-corpus-text.ts';
import type { RawViewRecords } from './view-records.ts';

/**
 * Reading what the first views need out of a corpus file, for
 * view-records.ts to check and index. From Parquet only the columns the
 * views read are decoded: the texts, spans, verbs and the names of
 * organisations and places stay in the file until the full read. JSON has
 * to be parsed whole; its records are taken as parsed, without the schema
 * pass, and the parsed top level is handed on so the full checks need not
 * parse the text again.
 *
 * These readers refuse only what they cannot read; saying exactly what is
 * wrong with a file is the full read's work (read-corpus-*.ts), which a
 * loader runs when these throw.
 */

/** Columns the first views read; `text`, `span`, `verb`, … are left for the full read. */
export const VIEW_COLUMNS: readonly string[] = [
  'kind',
  'id',
  'documentId',
  'eventId',
  'title',
  'publisher',
  'sourceUrl',
  'publishedOn',
  'publishedOnNote',
  'language',
  'retrievedOn',
  'eventTitle',
  'startDate',
  'endDate',
  'datePrecision',
  'location',
  'format',
  'organisers',
  'participantCount',
  'participatingCountries',
  'participatingOrganisations',
  'speaker',
  'themes',
  'mentionedCountries',
];

const COLLECTIONS = { document: 'documents', event: 'events', statement: 'statements' } as const;

/** The view columns of a Parquet corpus (the layout of corpus-parquet-layout.ts), as records. */
export async function readParquetViewRecords(bytes: ArrayBuffer): Promise<RawViewRecords> {
  const metadata = parquetMetadata(bytes);
  const meta = new Map((metadata.key_value_metadata ?? []).map(({ key, value }) => [key, value]));
  const metaJson = (key: string): unknown => {
    const text = meta.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  };
  const present = new Set(metadata.schema.slice(1).map((element) => element.name));
  const columns = VIEW_COLUMNS.filter((name) => present.has(name));
  const rowCount = Number(metadata.num_rows);
  const cells = new Map<string, unknown[]>();
  await parquetRead({
    file: bytes,
    metadata,
    columns,
    onChunk: ({ columnName, columnData, rowStart }) => {
      let column = cells.get(columnName);
      if (column === undefined) cells.set(columnName, (column = new Array<unknown>(rowCount).fill(null)));
      for (let i = 0; i < columnData.length && rowStart + i < rowCount; i += 1) column[rowStart + i] = columnData[i];
    },
  });
  const kinds = cells.get('kind');
  if (kinds === undefined) throw new Error('no kind column');
  // Per kind, only its own columns: a statement row reads six cells, not every column's.
  const columnsOf = (kind: RecordKind) =>
    PARQUET_COLUMNS.flatMap((spec) => {
      const field = spec.fields[kind];
      const column = cells.get(spec.name);
      return field === undefined || column === undefined ? [] : [{ field, json: spec.type === 'JSON', column }];
    });
  const byKind = { document: columnsOf('document'), event: columnsOf('event'), statement: columnsOf('statement') };
  const records: Record<(typeof COLLECTIONS)[RecordKind], unknown[]> = { documents: [], events: [], statements: [] };
  for (let i = 0; i < rowCount; i += 1) {
    const kind = kinds[i] as RecordKind;
    if (KIND_COLLECTION[kind] === undefined) continue;
    const record: Record<string, unknown> = {};
    for (const { field, json, column } of byKind[kind]) {
      const cell = column[i];
      // A JSON cell that does not parse throws: the full read then names its row and column.
      if (cell !== null && cell !== undefined) record[field] = json && typeof cell === 'string' ? (JSON.parse(cell) as unknown) : cell;
    }
    records[COLLECTIONS[kind]].push(record);
  }
  const taxonomy = metaJson(PARQUET_META.taxonomy);
  return {
    schemaVersion: metaJson(PARQUET_META.schemaVersion),
    synthetic: metaJson(PARQUET_META.synthetic),
    taxonomy: Array.isArray(taxonomy) ? taxonomy : [],
    ...records,
  };
}

/**
 * JSON corpus text parsed once, its top level checked as the full read
 * checks it (so a file that is not a corpus fails here with the same
 * error), and its records as they are.
 */
export function readJsonViewRecords(text: string, source: string): { top: TopLevel; records: RawViewRecords } {
  const body = stripByteOrderMark(text);
  refuseEmptyOrHtml(body, source);
  const top = readTopLevel(parseJson(body, source), source);
  return { top, records: { ...top, synthetic: top.synthetic } };
}
