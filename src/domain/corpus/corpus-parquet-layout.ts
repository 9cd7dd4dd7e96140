import type { RecordCollection } from './corpus-consistency.ts';

/**
 * The Parquet corpus layout: one file, one table, one row per record. A
 * `kind` column says what the row is (document, event or statement), each
 * record field has a column of its own, and a row leaves the columns of the
 * other kinds empty (nulls cost Parquet almost nothing). Each row group
 * holds one kind (layout 2; the `kind` column's statistics say which), so
 * the first views read a statement group's columns and no other. Plain values (ids,
 * dates, names, texts, the paragraph index) are typed columns; values with
 * structure (facts with their spans, speakers, theme lists) are JSON text
 * in a column of Parquet's JSON type. The schema version, the synthetic
 * label and the taxonomy are the file's key-value metadata.
 *
 * Why one table rather than a file per collection: a corpus stays one file
 * to pick, drop or name in `?corpus=`, and pandas, R, DuckDB and Arrow read
 * it as one table (`WHERE kind = 'statement'`). Why not one JSON column per
 * record: the columns the views need (event ids, themes, dates) can then be
 * read without the texts.
 */

export type RecordKind = 'document' | 'event' | 'statement';
export type ParquetColumnType = 'STRING' | 'INT32' | 'JSON';

export type ParquetColumnSpec = {
  name: string;
  type: ParquetColumnType;
  /** The record field the column holds, per kind that has it. */
  fields: Partial<Record<RecordKind, string>>;
};

export const KIND_COLLECTION: Readonly<Record<RecordKind, Exclude<RecordCollection, 'taxonomy'>>> = {
  document: 'documents',
  event: 'events',
  statement: 'statements',
};

export const COLLECTION_KIND: Readonly<Record<Exclude<RecordCollection, 'taxonomy'>, RecordKind>> = {
  documents: 'document',
  events: 'event',
  statements: 'statement',
};

const all = (field: string) => ({ document: field, event: field, statement: field });
const column = (name: string, type: ParquetColumnType, kinds: RecordKind[], field = name): ParquetColumnSpec => ({
  name,
  type,
  fields: Object.fromEntries(kinds.map((kind) => [kind, field])),
});

/** The columns after `kind`, in file order. */
export const PARQUET_COLUMNS: readonly ParquetColumnSpec[] = [
  { name: 'id', type: 'STRING', fields: all('id') },
  column('documentId', 'STRING', ['event', 'statement']),
  column('eventId', 'STRING', ['statement']),
  column('title', 'STRING', ['document']),
  column('publisher', 'STRING', ['document']),
  column('sourceUrl', 'STRING', ['document']),
  column('publishedOn', 'STRING', ['document']),
  column('publishedOnNote', 'STRING', ['document']),
  column('language', 'STRING', ['document']),
  column('retrievedOn', 'STRING', ['document']),
  // An event's title is a fact (value, span, inferred), not a document's plain title.
  column('eventTitle', 'JSON', ['event'], 'title'),
  column('startDate', 'JSON', ['event']),
  column('endDate', 'JSON', ['event']),
  column('datePrecision', 'STRING', ['event']),
  column('location', 'JSON', ['event']),
  column('format', 'JSON', ['event']),
  column('organisers', 'JSON', ['event']),
  column('participantCount', 'JSON', ['event']),
  column('participatingCountries', 'JSON', ['event']),
  column('participatingOrganisations', 'JSON', ['event']),
  column('speaker', 'JSON', ['statement']),
  column('verb', 'JSON', ['statement']),
  column('speechType', 'STRING', ['statement']),
  column('span', 'JSON', ['statement']),
  column('paragraphIndex', 'INT32', ['statement']),
  column('themes', 'JSON', ['event', 'statement']),
  column('mentionedCountries', 'JSON', ['event', 'statement']),
  column('mentionedOrganisations', 'JSON', ['event', 'statement']),
  column('mentionedPlaces', 'JSON', ['event', 'statement']),
  column('text', 'STRING', ['document', 'statement']),
];

/**
 * Columns that repeat, as plain text, what the first views read of a
 * statement's JSON cells: its speaker's fields, the ids of its themes and
 * the codes of the countries it mentions (each list joined by spaces, which
 * no theme id of a taxonomy and no country code holds). Plain text columns
 * are dictionary-encoded, so a speaker named by 500 statements is decoded
 * once, and nothing is parsed: the first views of a 100 000-statement file
 * read in a fraction of the time. They are a copy, never the record: the
 * full read ignores them, and a file without them (another tool's, or one
 * written before them) is read from its JSON cells instead.
 */
export type ViewCopySpec = { name: string; of: (statement: Record<string, unknown>) => string | null };

const speakerField = (key: string) => (statement: Record<string, unknown>) => {
  const speaker = statement.speaker as Record<string, unknown> | null | undefined;
  const value = speaker?.[key];
  return typeof value === 'string' ? value : null;
};
const joined = (field: string, key: string) => (statement: Record<string, unknown>) => {
  const list = statement[field];
  return Array.isArray(list) ? list.map((item) => String((item as Record<string, unknown>)[key])).join(' ') : null;
};

export const VIEW_COPY_COLUMNS: readonly ViewCopySpec[] = [
  { name: 'viewSpeakerId', of: speakerField('id') },
  { name: 'viewSpeakerName', of: speakerField('name') },
  { name: 'viewSpeakerRole', of: speakerField('role') },
  { name: 'viewSpeakerOrganisation', of: speakerField('organisation') },
  { name: 'viewSpeakerMention', of: speakerField('mention') },
  { name: 'viewThemeIds', of: joined('themes', 'themeId') },
  { name: 'viewMentionCodes', of: joined('mentionedCountries', 'code') },
];

/** Key-value metadata keys. */
export const PARQUET_META = {
  layout: 'forum-atlas.layout',
  schemaVersion: 'forum-atlas.schemaVersion',
  synthetic: 'forum-atlas.synthetic',
  taxonomy: 'forum-atlas.taxonomy',
} as const;

/**
 * Names this layout in the file, so a later layout can be told apart. Layout
 * 2 added the view copies (VIEW_COPY_COLUMNS) and row groups of one kind;
 * the first views trust the copies only in a file that says it is layout 2,
 * and read a group for one kind's columns only where its statistics say so.
 */
export const PARQUET_LAYOUT = 'one-table-with-kind/2';

/** A record's cell in a column: a typed value, JSON text, or null when the record has no such field. */
export function cellOf(record: Record<string, unknown>, kind: RecordKind, spec: ParquetColumnSpec): string | number | null {
  const field = spec.fields[kind];
  if (field === undefined) return null;
  const value = record[field];
  if (value === undefined) return null;
  if (spec.type === 'JSON') return JSON.stringify(value);
  return value as string | number;
}
