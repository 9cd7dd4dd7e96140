import type { CountryCode, Corpus, IsoDate } from '../corpus/corpus-schema.ts';
import type { Labels } from '../corpus/labels.ts';
import { rowsToCsv, type CsvColumn } from './csv.ts';
import { describeExportMetadata, type ExportContext, type ExportMetadata } from './metadata.ts';
import { isSynthetic, SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';

/**
 * One statement as exported: what was said, by whom, when and where it was
 * published, and exactly where in the source document it sits, so that any
 * row can be checked against the original.
 */
export type StatementRow = {
  statementId: string;
  /** The event's start date: the date the statement is filed under. */
  date: IsoDate;
  /** True when the text does not state the date outright (e.g. a year taken from the publication date). */
  dateInferred: boolean;
  eventId: string;
  eventTitle: string;
  speakerId: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  speakerOrganisation: string | null;
  /** The country the speaker represents, when the text says so. */
  speakerCountry: CountryCode | null;
  /** The reporting verb as written ("stressed") and its lemma ("stress"). */
  verb: string;
  verbLemma: string;
  speechType: 'reported' | 'quoted';
  /** For reported speech, whose account this is: the publisher. */
  reportedBy: string | null;
  text: string;
  themes: { id: string; label: string }[];
  mentionedCountries: CountryCode[];
  participatingCountries: CountryCode[];
  documentId: string;
  documentUrl: string;
  publisher: string;
  publishedOn: IsoDate;
  /** [start, end) in UTF-16 code units into the document text. */
  spanStart: number;
  spanEnd: number;
  /** Paragraph of the document, counted from 1 for people (the corpus counts from 0). */
  paragraphNumber: number;
  /** Fields of this statement an analyst corrected after extraction ("speaker.name"). */
  correctedFields: string[];
};

/**
 * The rows for the given statement indices, in exactly the given order (the
 * list's order, LinkedViews.matchingStatements).
 */
export function buildStatementRows(corpus: Corpus, order: ArrayLike<number>, labels: Labels): StatementRow[] {
  const documents = new Map(corpus.documents.map((document) => [document.id, document]));
  const events = new Map(corpus.events.map((event) => [event.id, event]));
  const corrections = new Map<string, string[]>();
  for (const correction of corpus.corrections ?? []) {
    if (correction.recordType !== 'statement') continue;
    corrections.set(correction.recordId, [...(corrections.get(correction.recordId) ?? []), correction.field]);
  }
  const rows: StatementRow[] = [];
  for (let i = 0; i < order.length; i += 1) {
    const statement = corpus.statements[order[i]!];
    if (!statement) throw new Error(`statement index ${order[i]} is not in the corpus`);
    const document = documents.get(statement.documentId);
    const event = events.get(statement.eventId);
    if (!document || !event) throw new Error(`statement ${statement.id} refers to a missing document or event`);
    const themeIds = [...new Set(statement.themes.map((theme) => theme.themeId))];
    const speaker = statement.speaker;
    rows.push({
      statementId: statement.id,
      date: event.startDate.value,
      dateInferred: event.startDate.inferred,
      eventId: event.id,
      eventTitle: event.title.value,
      speakerId: speaker?.id ?? null,
      speakerName: speaker?.name ?? null,
      speakerRole: speaker?.role ?? null,
      speakerOrganisation: speaker?.organisation ?? null,
      speakerCountry: speaker?.country ?? null,
      verb: statement.verb.text,
      verbLemma: statement.verb.lemma,
      speechType: statement.speechType,
      reportedBy: statement.speechType === 'reported' ? document.publisher : null,
      text: statement.text,
      themes: themeIds.map((id) => ({ id, label: labels.theme(id) })),
      mentionedCountries: [...new Set(statement.mentionedCountries.map((mention) => mention.code))],
      participatingCountries: event.participatingCountries.map((country) => country.value),
      documentId: document.id,
      documentUrl: document.sourceUrl,
      publisher: document.publisher,
      publishedOn: document.publishedOn,
      spanStart: statement.span[0],
      spanEnd: statement.span[1],
      paragraphNumber: statement.paragraphIndex + 1,
      correctedFields: [...new Set(corrections.get(statement.id) ?? [])],
    });
  }
  return rows;
}

/** Separator inside a cell holding several values. */
export const LIST_SEPARATOR = '; ';

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

export const STATEMENT_COLUMNS: readonly CsvColumn<StatementRow>[] = [
  { header: 'statement_id', value: (r) => r.statementId },
  { header: 'date', value: (r) => r.date },
  { header: 'date_inferred', value: (r) => (r.dateInferred ? 'yes' : 'no') },
  { header: 'event_id', value: (r) => r.eventId },
  { header: 'event_title', value: (r) => r.eventTitle },
  { header: 'speaker_id', value: (r) => r.speakerId },
  { header: 'speaker_name', value: (r) => r.speakerName },
  { header: 'speaker_role', value: (r) => r.speakerRole },
  { header: 'speaker_organisation', value: (r) => r.speakerOrganisation },
  { header: 'speaker_country', value: (r) => r.speakerCountry },
  { header: 'reporting_verb', value: (r) => r.verb },
  { header: 'reporting_verb_lemma', value: (r) => r.verbLemma },
  { header: 'speech_type', value: (r) => r.speechType },
  { header: 'reported_by', value: (r) => r.reportedBy },
  { header: 'statement_text', value: (r) => r.text },
  { header: 'themes', value: (r) => list(r.themes.map((theme) => theme.label)) },
  { header: 'theme_ids', value: (r) => list(r.themes.map((theme) => theme.id)) },
  { header: 'mentioned_countries', value: (r) => list(r.mentionedCountries) },
  { header: 'participating_countries', value: (r) => list(r.participatingCountries) },
  { header: 'document_id', value: (r) => r.documentId },
  { header: 'document_url', value: (r) => r.documentUrl },
  { header: 'publisher', value: (r) => r.publisher },
  { header: 'published_on', value: (r) => r.publishedOn },
  { header: 'span_start_utf16', value: (r) => r.spanStart },
  { header: 'span_end_utf16', value: (r) => r.spanEnd },
  { header: 'paragraph_number_from_1', value: (r) => r.paragraphNumber },
  { header: 'corrected_fields', value: (r) => list(r.correctedFields) },
];

export const STATEMENT_CSV_HEADER: readonly string[] = [
  ...STATEMENT_COLUMNS.map((column) => column.header),
  'corpus_version',
  'synthetic',
];

/**
 * The statements as CSV. Each row also carries the corpus version and, for
 * a synthetic corpus, the synthetic-data notice, so a row pasted elsewhere
 * still says where it came from.
 */
export function statementRowsToCsv(rows: readonly StatementRow[], context: Pick<ExportContext, 'corpus' | 'corpusVersion'>): string {
  const syntheticCell = isSynthetic(context.corpus) ? SYNTHETIC_NOTICE : 'no';
  const columns: CsvColumn<StatementRow>[] = [
    ...STATEMENT_COLUMNS,
    { header: 'corpus_version', value: () => context.corpusVersion },
    { header: 'synthetic', value: () => syntheticCell },
  ];
  return rowsToCsv(columns, rows);
}

export const STATEMENT_JSON_NOTES: readonly string[] = [
  'Rows are in the order of the statement list.',
  'date is the start date of the event; dateInferred marks dates the source does not state outright.',
  'spanStart and spanEnd are [start, end) offsets in UTF-16 code units into the document text.',
  'paragraphNumber counts paragraphs of the document from 1.',
  'correctedFields names the fields an analyst corrected after automatic extraction.',
  'For reported speech the text is the publisher’s account (reportedBy), not a quotation.',
];

export type StatementsJson = {
  metadata: ExportMetadata & { notes: readonly string[] };
  statements: StatementRow[];
};

export function describeStatementsJson(rows: StatementRow[], context: ExportContext): StatementsJson {
  const metadata = describeExportMetadata(context, {
    statements: rows.length,
    statementsInCorpus: context.corpus.statements.length,
    events: new Set(rows.map((row) => row.eventId)).size,
    documents: new Set(rows.map((row) => row.documentId)).size,
  });
  return { metadata: { ...metadata, notes: STATEMENT_JSON_NOTES }, statements: rows };
}

/** The statements as pretty-printed JSON with a metadata header. */
export function statementRowsToJson(rows: StatementRow[], context: ExportContext): string {
  return `${JSON.stringify(describeStatementsJson(rows, context), null, 2)}\n`;
}
