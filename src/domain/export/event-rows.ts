import type { CountryCode, Corpus, Fact, IsoDate, Span } from '../corpus/corpus-schema.ts';

import { describeEventPlace } from '../events/event-sort-keys.ts';
import { rowsToCsv, type CsvColumn } from './csv.ts';
import { describeExportMetadata, type ExportContext, type ExportMetadata } from './metadata.ts';
import { LIST_SEPARATOR } from './statement-rows.ts';
import { isSynthetic, SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';

/**
 * One event as exported from the events table: each value the table shows,
 * whether the text states it outright, and the span of the document it was
 * read from, so every cell can be checked against the source.
 */
export type EventRow = {
  eventId: string;
  /** Chosen in the event filter (the table lists the other events too). */
  chosen: boolean;
  startDate: IsoDate;
  endDate: IsoDate | null;
  datePrecision: 'day' | 'month' | 'year';
  dateInferred: boolean;
  dateSpan: Span;
  title: string;
  titleSpan: Span;
  /** "Beijing, China", "Online"; null when not stated. */
  place: string | null;
  placeCountry: CountryCode | null;
  online: boolean | null;
  placeSpan: Span | null;
  format: string | null;
  formatSpan: Span | null;
  organisers: string[];
  organiserSpans: Span[];
  participantCount: number | null;
  participantCountQualifier: string | null;
  participantCountAsStated: string | null;
  participantCountSpan: Span | null;
  participatingCountries: CountryCode[];
  participatingCountrySpans: Span[];
  /** "format: read from “Video Forum”" for every value the text does not state outright. */
  inferred: string[];
  documentId: string;
  documentUrl: string;
  publisher: string;
  publishedOn: IsoDate;
};

function inferredNotes(named: Array<[string, Pick<Fact<unknown>, 'inferred' | 'reason'> | undefined]>): string[] {
  return named.filter(([, fact]) => fact?.inferred).map(([name, fact]) => `${name}: ${fact!.reason ?? 'not stated in the text'}`);
}

/** The rows for the given event indices, in exactly that order (the table's). */
export function buildEventRows(corpus: Corpus, order: ArrayLike<number>, chosen: ReadonlySet<string>): EventRow[] {
  const documents = new Map(corpus.documents.map((document) => [document.id, document]));
  const rows: EventRow[] = [];
  for (let i = 0; i < order.length; i += 1) {
    const event = corpus.events[order[i]!];
    if (!event) throw new Error(`event index ${order[i]} is not in the corpus`);
    const document = documents.get(event.documentId);
    if (!document) throw new Error(`event ${event.id} refers to a missing document`);
    const location = event.location?.value;
    const count = event.participantCount;
    rows.push({
      eventId: event.id,
      chosen: chosen.has(event.id),
      startDate: event.startDate.value,
      endDate: event.endDate?.value ?? null,
      datePrecision: event.datePrecision,
      dateInferred: event.startDate.inferred || (event.endDate?.inferred ?? false),
      dateSpan: event.startDate.span,
      title: event.title.value,
      titleSpan: event.title.span,
      place: describeEventPlace(event),
      placeCountry: location?.kind === 'place' ? location.country : null,
      online: location ? location.kind === 'online' : null,
      placeSpan: event.location?.span ?? null,
      format: event.format?.value ?? null,
      formatSpan: event.format?.span ?? null,
      organisers: event.organisers.map((fact) => fact.value),
      organiserSpans: event.organisers.map((fact) => fact.span),
      participantCount: count?.value.count ?? null,
      participantCountQualifier: count?.value.qualifier ?? null,
      participantCountAsStated: count?.value.asStated ?? null,
      participantCountSpan: count?.span ?? null,
      participatingCountries: event.participatingCountries.map((fact) => fact.value),
      participatingCountrySpans: event.participatingCountries.map((fact) => fact.span),
      inferred: inferredNotes([
        ['title', event.title],
        ['start date', event.startDate],
        ['end date', event.endDate],
        ['place', event.location],
        ['format', event.format],
        ['participant count', count],
        ...event.organisers.map((fact): [string, Fact<string>] => [`organiser ${fact.value}`, fact]),
        ...event.participatingCountries.map((fact): [string, Fact<string>] => [`participant ${fact.value}`, fact]),
      ]),
      documentId: document.id,
      documentUrl: document.sourceUrl,
      publisher: document.publisher,
      publishedOn: document.publishedOn,
    });
  }
  return rows;
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const spans = (values: readonly Span[]) => values.map(([start, end]) => `${start}-${end}`).join(LIST_SEPARATOR);
const yesNo = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');

export const EVENT_COLUMNS: readonly CsvColumn<EventRow>[] = [
  { header: 'event_id', value: (r) => r.eventId },
  { header: 'chosen', value: (r) => yesNo(r.chosen) },
  { header: 'start_date', value: (r) => r.startDate },
  { header: 'end_date', value: (r) => r.endDate },
  { header: 'date_precision', value: (r) => r.datePrecision },
  { header: 'date_inferred', value: (r) => yesNo(r.dateInferred) },
  { header: 'date_span_start_utf16', value: (r) => r.dateSpan[0] },
  { header: 'date_span_end_utf16', value: (r) => r.dateSpan[1] },
  { header: 'title', value: (r) => r.title },
  { header: 'title_span_start_utf16', value: (r) => r.titleSpan[0] },
  { header: 'title_span_end_utf16', value: (r) => r.titleSpan[1] },
  { header: 'place', value: (r) => r.place },
  { header: 'place_country', value: (r) => r.placeCountry },
  { header: 'online', value: (r) => yesNo(r.online) },
  { header: 'place_span_start_utf16', value: (r) => r.placeSpan?.[0] },
  { header: 'place_span_end_utf16', value: (r) => r.placeSpan?.[1] },
  { header: 'format', value: (r) => r.format },
  { header: 'format_span_start_utf16', value: (r) => r.formatSpan?.[0] },
  { header: 'format_span_end_utf16', value: (r) => r.formatSpan?.[1] },
  { header: 'organisers', value: (r) => list(r.organisers) },
  { header: 'organiser_spans_utf16', value: (r) => spans(r.organiserSpans) },
  { header: 'participant_count', value: (r) => r.participantCount },
  { header: 'participant_count_qualifier', value: (r) => r.participantCountQualifier },
  { header: 'participant_count_as_stated', value: (r) => r.participantCountAsStated },
  { header: 'participant_count_span_start_utf16', value: (r) => r.participantCountSpan?.[0] },
  { header: 'participant_count_span_end_utf16', value: (r) => r.participantCountSpan?.[1] },
  { header: 'participating_countries', value: (r) => list(r.participatingCountries) },
  { header: 'participating_country_spans_utf16', value: (r) => spans(r.participatingCountrySpans) },
  { header: 'inferred', value: (r) => list(r.inferred) },
  { header: 'document_id', value: (r) => r.documentId },
  { header: 'document_url', value: (r) => r.documentUrl },
  { header: 'publisher', value: (r) => r.publisher },
  { header: 'published_on', value: (r) => r.publishedOn },
];

export const EVENT_CSV_HEADER: readonly string[] = [...EVENT_COLUMNS.map((column) => column.header), 'corpus_version', 'synthetic'];

/** The events as CSV; each row carries the corpus version and the synthetic label, as the statements' rows do. */
export function eventRowsToCsv(rows: readonly EventRow[], context: Pick<ExportContext, 'corpus' | 'corpusVersion'>): string {
  const syntheticCell = isSynthetic(context.corpus) ? SYNTHETIC_NOTICE : 'no';
  return rowsToCsv(
    [...EVENT_COLUMNS, { header: 'corpus_version', value: () => context.corpusVersion }, { header: 'synthetic', value: () => syntheticCell }],
    rows,
  );
}

export const EVENT_JSON_NOTES: readonly string[] = [
  'Rows are in the order of the events table, which lists every event matching the filters other than the event filter; chosen marks the events the event filter holds.',
  'Spans are [start, end) offsets in UTF-16 code units into the text of the event’s document (documentUrl).',
  'participantCountAsStated is the count as the text writes it ("over 600"); participantCount is its number.',
  'inferred names each value the text does not state outright, with how it was inferred.',
];

export type EventsJson = { metadata: ExportMetadata & { notes: readonly string[] }; events: EventRow[] };

export function describeEventsJson(rows: EventRow[], context: ExportContext): EventsJson {
  const metadata = describeExportMetadata(context, {
    events: rows.length,
    eventsInCorpus: context.corpus.events.length,
    chosen: rows.filter((row) => row.chosen).length,
    documents: new Set(rows.map((row) => row.documentId)).size,
  });
  return { metadata: { ...metadata, notes: EVENT_JSON_NOTES }, events: rows };
}

export function eventRowsToJson(rows: EventRow[], context: ExportContext): string {
  return `${JSON.stringify(describeEventsJson(rows, context), null, 2)}\n`;
}

