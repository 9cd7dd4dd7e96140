import {
  DocumentSchema,
  EventSchema,
  StatementSchema,
  type AppliedCorrection,
  type Corpus,
} from '../corpus/corpus-schema.ts';
import { z } from '../corpus/zod.ts';
import { statementIdOf } from './record-ids.ts';

/**
 * Analyst corrections (data/corrections.json). Each names a record by type
 * and id, a field by dot path ("speaker.name", "themes", "participantCount.value.count"),
 * the new value and a reason; `was` optionally records the extracted value
 * the analyst saw. Statement ids are derived from spans, so a correction
 * keeps applying for as long as the text it corrects is unchanged.
 */
export const CorrectionSchema = z
  .strictObject({
    record: z.enum(['document', 'event', 'statement']),
    id: z.string().min(1),
    field: z.string().regex(/^[A-Za-z]+(\.([A-Za-z]+|\d+))*$/, 'expected a dot path such as "speaker.name"'),
    value: z.unknown(),
    was: z.unknown().optional(),
    reason: z.string().min(1, 'say why the extraction is wrong'),
  })
  .refine((c) => c.value !== undefined, { message: 'missing required field "value"', path: ['value'] });

export const CorrectionsSchema = z.array(CorrectionSchema);
export type Correction = z.infer<typeof CorrectionSchema>;

/** Fields that identify a record or tie it to the text; correcting them would break every link. */
const FIXED_FIELDS = new Set(['id', 'documentId', 'eventId', 'span', 'text']);

/**
 * Two corrections that are not a field's new value: a statement the
 * extractor should not have made is dropped with `{ record: "statement",
 * id, field: "removed", value: true, was: false }`, and one it missed is
 * added with `{ record: "statement", id, field: "added", value: <the whole
 * statement> }`, its id derived from its span like every statement's.
 */
export const REMOVED_FIELD = 'removed';
export const ADDED_FIELD = 'added';

export const isRemoval = (c: Correction) => c.record === 'statement' && c.field === REMOVED_FIELD && c.value === true;
export const isAddition = (c: Correction) => c.record === 'statement' && c.field === ADDED_FIELD;

export type CorrectionOutcome =
  | { index: number; status: 'applied' }
  | { index: number; status: 'stale'; message: string }
  | { index: number; status: 'invalid'; message: string };

/** JSON text with sorted keys, so equal values compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const RECORD_SCHEMAS = { document: DocumentSchema, event: EventSchema, statement: StatementSchema } as const;

/**
 * Applies corrections in file order to a copy of the corpus. A correction
 * whose record or field no longer exists, or whose `was` no longer matches
 * the extraction, is stale: it is reported and not applied. One that would
 * make its record invalid is refused.
 */
export function applyCorrections(corpus: Corpus, corrections: readonly Correction[]) {
  const corrected = structuredClone(corpus);
  const applied: AppliedCorrection[] = [];
  const outcomes: CorrectionOutcome[] = [];
  corrections.forEach((correction, index) => {
    if (isRemoval(correction) || isAddition(correction)) {
      const outcome = isRemoval(correction) ? removeStatement(corrected, correction) : addStatement(corrected, correction);
      if (outcome === null) {
        applied.push({ recordType: 'statement', recordId: correction.id, field: correction.field, previous: isRemoval(correction) ? false : null, reason: correction.reason });
        outcomes.push({ index, status: 'applied' });
      } else outcomes.push({ index, ...outcome });
      return;
    }
    const segments = correction.field.split('.');
    if (FIXED_FIELDS.has(segments[0]!)) {
      outcomes.push({ index, status: 'invalid', message: `field "${segments[0]}" identifies the record and cannot be corrected` });
      return;
    }
    const collection: Array<{ id: string }> =
      correction.record === 'document' ? corrected.documents : correction.record === 'event' ? corrected.events : corrected.statements;
    const record = collection.find((r) => r.id === correction.id);
    if (!record) {
      outcomes.push({ index, status: 'stale', message: `no ${correction.record} "${correction.id}" any more (its text or the extraction changed)` });
      return;
    }
    let parent: unknown = record;
    for (const segment of segments.slice(0, -1)) {
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[segment] : undefined;
    }
    if (parent === null || typeof parent !== 'object') {
      outcomes.push({ index, status: 'stale', message: `${correction.record} "${correction.id}" has no field "${correction.field}"` });
      return;
    }
    const key = segments.at(-1)!;
    const container = parent as Record<string, unknown>;
    const current = container[key];
    if (canonicalJson(current) === canonicalJson(correction.value)) {
      outcomes.push({ index, status: 'stale', message: `"${correction.field}" already has this value; the correction can be removed` });
      return;
    }
    if (correction.was !== undefined && canonicalJson(current) !== canonicalJson(correction.was)) {
      outcomes.push({
        index,
        status: 'stale',
        message: `"${correction.field}" was extracted as ${canonicalJson(current)}, not ${canonicalJson(correction.was)} as the correction expects; review it`,
      });
      return;
    }
    container[key] = structuredClone(correction.value);
    const check = RECORD_SCHEMAS[correction.record].safeParse(record);
    if (!check.success) {
      container[key] = current;
      const issue = check.error.issues[0]!;
      outcomes.push({ index, status: 'invalid', message: `the new value makes the ${correction.record} invalid at "${issue.path.join('.')}": ${issue.message}` });
      return;
    }
    applied.push({
      recordType: correction.record,
      recordId: correction.id,
      field: correction.field,
      previous: current === undefined ? null : current,
      reason: correction.reason,
    });
    outcomes.push({ index, status: 'applied' });
  });
  return { corpus: corrected, applied, outcomes };
}

type Refusal = { status: 'stale' | 'invalid'; message: string };

function removeStatement(corpus: Corpus, correction: Correction): Refusal | null {
  const at = corpus.statements.findIndex((s) => s.id === correction.id);
  if (at < 0) return { status: 'stale', message: `no statement "${correction.id}" to drop any more (its text or the extraction changed)` };
  corpus.statements.splice(at, 1);
  return null;
}

/**
 * Adds a statement the extractor missed, in its place among its document's
 * statements (by span, as ingest orders them). Refused when it is not a
 * whole statement, its id is not the one its span gives, its words are not
 * its document's at that span, or the extractor has since found it.
 */
function addStatement(corpus: Corpus, correction: Correction): Refusal | null {
  const parsed = StatementSchema.safeParse(correction.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { status: 'invalid', message: `the added statement is not a whole statement at "${issue.path.join('.')}": ${issue.message}` };
  }
  const statement = parsed.data;
  if (statement.id !== correction.id) return { status: 'invalid', message: `the added statement's id "${statement.id}" is not the correction's "${correction.id}"` };
  const expectedId = statementIdOf(statement.documentId, statement.span);
  if (statement.id !== expectedId) return { status: 'invalid', message: `the added statement's id should be "${expectedId}", from its document and span` };
  if (corpus.statements.some((s) => s.id === statement.id)) {
    return { status: 'stale', message: `statement "${statement.id}" is extracted now; the correction can be removed` };
  }
  const document = corpus.documents.find((d) => d.id === statement.documentId);
  if (!document) return { status: 'stale', message: `no document "${statement.documentId}" for the added statement "${statement.id}"` };
  if (!corpus.events.some((e) => e.id === statement.eventId && e.documentId === statement.documentId)) {
    return { status: 'stale', message: `no event "${statement.eventId}" in document "${statement.documentId}" for the added statement` };
  }
  const slice = (span: readonly [number, number]) => document.text.slice(span[0], span[1]);
  if (slice(statement.span) !== statement.text || slice(statement.verb.span) !== statement.verb.text) {
    return { status: 'stale', message: `the added statement "${statement.id}" no longer matches its document's text` };
  }
  const after = corpus.statements.findIndex(
    (s) => s.documentId === statement.documentId && (s.span[0] > statement.span[0] || (s.span[0] === statement.span[0] && s.span[1] > statement.span[1])),
  );
  const lastOfDocument = corpus.statements.findLastIndex((s) => s.documentId === statement.documentId);
  const at = after >= 0 ? after : lastOfDocument >= 0 ? lastOfDocument + 1 : corpus.statements.length;
  corpus.statements.splice(at, 0, statement);
  return null;
}
