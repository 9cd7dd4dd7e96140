import { z } from './zod.ts';

/**
 * The corpus format: the one description of what Forum Atlas reads. The
 * TypeScript types below and the published JSON Schema
 * (public/data/corpus.schema.json, written by `npm run schema`) are both
 * derived from these definitions.
 *
 * Spans are [start, end) offsets in UTF-16 code units (JavaScript string
 * indices) into the text of the document the record belongs to.
 */
export const SCHEMA_VERSION = 1;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // UTC never shifts by a time zone, so the round trip checks the day exists.
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const IsoDateSchema = z.iso
  .date()
  .refine(isCalendarDate, { message: 'expected a calendar date written YYYY-MM-DD' })
  .describe('A calendar date, YYYY-MM-DD, never shifted by a time zone.');

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "JPN"')
  .brand<'CountryCode'>()
  .describe('ISO 3166-1 alpha-3 country code.');

export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start <= end, { message: 'a span must not end before it starts' })
  .describe('[start, end) in UTF-16 code units into the document text.');

/**
 * Where a fact came from. `inferred` is true when the text does not state the
 * value outright (a year completed from the publication date, a format read
 * from "Video Forum"); `reason` then says how it was inferred.
 */
const ProvenanceShape = {
  span: SpanSchema,
  inferred: z.boolean(),
  reason: z.string().optional(),
};

export function factOf<T extends z.ZodType>(value: T) {
  return z.object({ value, ...ProvenanceShape });
}

export const ThemeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  definition: z.string().min(1),
  cues: z.array(z.string().min(1)).min(1),
});

export const DocumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'document ids are lower-case slugs'),
  title: z.string().min(1).optional().describe('Only when the source gives one; never invented.'),
  publisher: z.string().min(1),
  sourceUrl: z.url(),
  publishedOn: IsoDateSchema,
  publishedOnNote: z.string().optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag such as "en"'),
  retrievedOn: IsoDateSchema.optional(),
  text: z.string().describe('The full text exactly as published; spans point into it.'),
});

export const EventFormatSchema = z.enum(['online', 'in-person', 'hybrid', 'phone']);
export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export const CountQualifierSchema = z.enum(['exact', 'over', 'about', 'under', 'at-least', 'up-to']);

export const LocationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('online') }),
  z.object({ kind: z.literal('place'), place: z.string().min(1), country: CountryCodeSchema.nullable() }),
]);

export const ThemeAssignmentSchema = z.object({
  themeId: z.string(),
  cue: z.string().describe('The taxonomy cue that fired, as listed in the taxonomy.'),
  span: SpanSchema.describe('Where the cue matched in the document text.'),
});

export const MentionedCountrySchema = z.object({
  code: CountryCodeSchema,
  surface: z.string().describe('The words that named it, e.g. "Afghan".'),
  span: SpanSchema,
});

export const MentionedNameSchema = z.object({
  name: z.string().min(1),
  span: SpanSchema,
});

export const EventSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  title: factOf(z.string().min(1)),
  startDate: factOf(IsoDateSchema),
  endDate: factOf(IsoDateSchema).optional(),
  datePrecision: DatePrecisionSchema,
  location: factOf(LocationSchema).optional(),
  format: factOf(EventFormatSchema).optional(),
  organisers: z.array(factOf(z.string().min(1))),
  participantCount: factOf(
    z.object({
      count: z.number().int().nonnegative(),
      qualifier: CountQualifierSchema,
      asStated: z.string().min(1).describe('The count as written, e.g. "over 600".'),
    }),
  ).optional(),
  participatingCountries: z.array(factOf(CountryCodeSchema)),
  participatingOrganisations: z.array(factOf(z.string().min(1))),
  themes: z.array(ThemeAssignmentSchema),
  mentionedCountries: z
    .array(MentionedCountrySchema)
    .optional()
    .describe('Countries named in the document outside every statement, the participant list and the event title.'),
  mentionedOrganisations: z
    .array(MentionedNameSchema)
    .optional()
    .describe('Organisations named outside every statement, the participant list and the event title.'),
  mentionedPlaces: z
    .array(MentionedNameSchema)
    .optional()
    .describe('Regions, initiatives and sub-national places named outside every statement and the event title.'),
});

export const SpeakerSchema = z.object({
  id: z.string().min(1).describe('Stable across statements by the same person.'),
  name: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
  organisation: z.string().min(1).nullable(),
  country: CountryCodeSchema.nullable()
    .optional()
    .describe('The country the speaker represents, when the text says so ("Russian Foreign Minister", "respectively").'),
  mention: z.string().describe('How this sentence refers to the speaker, e.g. "He".'),
  mentionSpan: SpanSchema,
  resolvedFrom: SpanSchema.optional().describe('The fuller mention the reference was resolved to.'),
});

export const StatementSchema = z.object({
  id: z.string().min(1).describe('Derived from the document id and the span; stable across re-ingests.'),
  documentId: z.string().min(1),
  eventId: z.string().min(1),
  speaker: SpeakerSchema.nullable(),
  verb: z.object({ text: z.string().min(1), lemma: z.string().min(1), span: SpanSchema }),
  speechType: z.enum(['reported', 'quoted']),
  text: z.string().min(1),
  span: SpanSchema,
  paragraphIndex: z.number().int().nonnegative().describe('0-based paragraph of the document.'),
  themes: z.array(ThemeAssignmentSchema),
  mentionedCountries: z.array(MentionedCountrySchema),
  mentionedOrganisations: z.array(MentionedNameSchema),
  mentionedPlaces: z.array(MentionedNameSchema).describe('Regions, initiatives and sub-national places.'),
});

/** An analyst's correction of one extracted field, as applied by ingest. */
export const AppliedCorrectionSchema = z.object({
  recordType: z.enum(['document', 'event', 'statement']),
  recordId: z.string().min(1),
  field: z.string().min(1).describe('Dot path of the corrected field, e.g. "speaker.name" or "themes".'),
  previous: z.unknown().describe('The extracted value the correction replaced.'),
  reason: z.string().min(1),
});

export const CorpusSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  synthetic: z
    .object({ generator: z.string(), seed: z.number().int(), note: z.string() })
    .optional()
    .describe('Present only on generated test corpora; such data is not real.'),
  taxonomy: z.array(ThemeSchema),
  documents: z.array(DocumentSchema),
  events: z.array(EventSchema),
  statements: z.array(StatementSchema),
  corrections: z
    .array(AppliedCorrectionSchema)
    .optional()
    .describe('Analyst corrections applied on top of the extraction, from data/corrections.json.'),
});

export type Corpus = z.infer<typeof CorpusSchema>;
export type CorpusDocument = z.infer<typeof DocumentSchema>;
export type ForumEvent = z.infer<typeof EventSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type ThemeAssignment = z.infer<typeof ThemeAssignmentSchema>;
export type CountryCode = z.infer<typeof CountryCodeSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type AppliedCorrection = z.infer<typeof AppliedCorrectionSchema>;
export type IsoDate = string;
export type EventFormat = z.infer<typeof EventFormatSchema>;
export type Fact<T> = { value: T; span: Span; inferred: boolean; reason?: string | undefined };
