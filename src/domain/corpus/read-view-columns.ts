import { parquetMetadata, parquetRead } from 'hyparquet';
import { parseJson } from './corpus-json-text.ts';
import { KIND_COLLECTION, PARQUET_COLUMNS, PARQUET_LAYOUT, PARQUET_META, VIEW_COPY_COLUMNS, type RecordKind } from './corpus-parquet-layout.ts';
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

/** A statement's JSON cells that its view copies stand for. */
const STATEMENT_JSON_COPIED: readonly string[] = ['speaker', 'themes', 'mentionedCountries'];

/** The view columns of a Parquet corpus (the layout of corpus-parquet-layout.ts), as records. */
export async function readParquetViewRecords(bytes: ArrayBuffer): Promise<RawViewRecords> {
  const metadata = parquetMetadata(bytes);
  const meta = new Map((metadata.key_value_metadata ?? []).map(({ key, value }) => [key, value]));
  const metaJson = (key: string): unknown => {
    const text = meta.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  };
  const present = new Set(metadata.schema.slice(1).map((element) => element.name));
  // A statement's speaker, themes and mentions from their plain copies, in a file that says it has them.
  const copies = meta.get(PARQUET_META.layout) === PARQUET_LAYOUT && VIEW_COPY_COLUMNS.every(({ name }) => present.has(name));
  const columns = [...VIEW_COLUMNS.filter((name) => present.has(name) && !(copies && name === 'speaker')), ...(copies ? VIEW_COPY_COLUMNS.map(({ name }) => name) : [])];
  const rowCount = Number(metadata.num_rows);
  const cells = new Map<string, unknown[]>();
  // A row group of one kind (its kind column's statistics say so) is read for that kind's columns only.
  const kindColumn = metadata.schema.slice(1).findIndex((element) => element.name === 'kind');
  const columnsOfKind = (kind: RecordKind) =>
    columns.filter(
      (name) =>
        name === 'kind' ||
        (PARQUET_COLUMNS.find((spec) => spec.name === name)?.fields[kind] !== undefined && !(copies && kind === 'statement' && STATEMENT_JSON_COPIED.includes(name))) ||
        (kind === 'statement' && VIEW_COPY_COLUMNS.some((spec) => spec.name === name)),
    );
  const byKind = { document: columnsOfKind('document'), event: columnsOfKind('event'), statement: columnsOfKind('statement') };
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    const { min_value: min, max_value: max } = group.columns[kindColumn]?.meta_data?.statistics ?? {};
    const only = typeof min === 'string' && min === max && Object.hasOwn(KIND_COLLECTION, min) ? (min as RecordKind) : null;
    await parquetRead({
      file: bytes,
      metadata,
      columns: only === null ? columns : byKind[only],
      rowStart: groupStart,
      rowEnd: groupStart + rows,
      onChunk: ({ columnName, columnData, rowStart }) => {
        let column = cells.get(columnName);
        if (column === undefined) cells.set(columnName, (column = new Array<unknown>(rowCount).fill(null)));
        for (let i = 0; i < columnData.length && rowStart + i < rowCount; i += 1) column[rowStart + i] = columnData[i];
      },
    });
    groupStart += rows;
  }
  const kinds = cells.get('kind');
  if (kinds === undefined) throw new Error('no kind column');
  // Per kind, only its own columns: a statement row reads six cells, not every column's.
  const columnsOf = (kind: RecordKind) =>
    PARQUET_COLUMNS.flatMap((spec) => {
      const field = spec.fields[kind];
      const column = cells.get(spec.name);
      return field === undefined || column === undefined ? [] : [{ field, json: spec.type === 'JSON', column }];
    });
  const fieldsByKind = { document: columnsOf('document'), event: columnsOf('event'), statement: columnsOf('statement') };
  const records: Record<(typeof COLLECTIONS)[RecordKind], unknown[]> = { documents: [], events: [], statements: [] };
  const statementOf = copies ? statementFromCopies(cells) : null;
  for (let i = 0; i < rowCount; i += 1) {
    const kind = kinds[i] as RecordKind;
    if (KIND_COLLECTION[kind] === undefined) continue;
    if (kind === 'statement' && statementOf !== null) {
      records.statements.push(statementOf(i));
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const { field, json, column } of fieldsByKind[kind]) {
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
 * A statement row as the first views read it, from its plain columns and the
 * view copies (corpus-parquet-layout.ts): nothing to parse. Empty cells come
 * out as the JSON path would leave them (no speaker, no themes, and no
 * mentions list, which the checks then set aside).
 */
function statementFromCopies(cells: ReadonlyMap<string, unknown[]>): (row: number) => Record<string, unknown> {
  const column = (name: string) => cells.get(name) ?? [];
  const [id, documentId, eventId] = [column('id'), column('documentId'), column('eventId')];
  const [speakerId, name, role, organisation, mention, themeIds, codes] = VIEW_COPY_COLUMNS.map((spec) => column(spec.name));
  const text = (cell: unknown) => (typeof cell === 'string' ? cell : null);
  const list = (cell: unknown) => (typeof cell !== 'string' ? undefined : cell === '' ? [] : cell.split(' '));
  return (row) => {
    const speaker =
      typeof speakerId![row] !== 'string'
        ? null
        : { id: speakerId![row], name: text(name![row]), role: text(role![row]), organisation: text(organisation![row]), mention: mention![row] };
    return {
      id: id[row],
      documentId: documentId[row],
      eventId: eventId[row],
      speaker,
      themes: list(themeIds![row])?.map((themeId) => ({ themeId })),
      mentionedCountries: list(codes![row])?.map((code) => ({ code })),
    };
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
