import { SCHEMA_VERSION, type AppliedCorrection, type CorpusDocument, type ForumEvent, type Statement } from '../corpus/corpus-schema.ts';
import { ADDED_FIELD, REMOVED_FIELD, applyCorrections, isAddition, canonicalJson, type Correction } from '../extract/corrections.ts';

/**
 * An analyst's review of one release, kept as corrections in the format of
 * data/corrections.json and applied by the same code ingest runs
 * (applyCorrections), drops and added statements included.
 */
export type ReleaseRecords = { document: CorpusDocument; event: ForumEvent; statements: Statement[] };

export type CorrectedRelease = ReleaseRecords & {
  applied: AppliedCorrection[];
  /** Corrections that did not apply, with why (a stale or invalid one). */
  problems: string[];
};

export function applyReleaseCorrections(records: ReleaseRecords, corrections: readonly Correction[]): CorrectedRelease {
  const { corpus, applied, outcomes } = applyCorrections(
    { schemaVersion: SCHEMA_VERSION, taxonomy: [], documents: [records.document], events: [records.event], statements: records.statements },
    corrections,
  );
  const problems = outcomes.flatMap((o) => (o.status === 'applied' ? [] : [o.message]));
  return { document: corpus.documents[0]!, event: corpus.events[0]!, statements: corpus.statements, applied, problems };
}

/** One change the analyst asks for: a record's field and its new value. */
export type Change = { record: Correction['record']; id: string; field: string; value: unknown };

function valueAt(root: unknown, field: string): unknown {
  let node = root;
  for (const segment of field.split('.')) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

function setValueAt(root: Record<string, unknown>, field: string, value: unknown): void {
  const segments = field.split('.');
  let node: unknown = root;
  for (const segment of segments.slice(0, -1)) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  if (node === null || typeof node !== 'object') throw new Error(`the statement has no field "${field}"`);
  (node as Record<string, unknown>)[segments.at(-1)!] = structuredClone(value);
}

function recordOf(records: ReleaseRecords, change: Pick<Change, 'record' | 'id'>): unknown {
  if (change.record === 'document') return records.document.id === change.id ? records.document : undefined;
  if (change.record === 'event') return records.event.id === change.id ? records.event : undefined;
  return records.statements.find((s) => s.id === change.id);
}

/**
 * The corrections after one more change. A change replaces an earlier
 * correction of the same field (keeping the value extracted in `was`, and
 * both reasons); a change back to the extracted value removes it.
 */
export function addCorrection(extracted: ReleaseRecords, corrections: readonly Correction[], change: Change, reason: string): Correction[] {
  const why = reason.trim();
  if (why === '') throw new Error('a correction needs its reason');
  // A statement the analyst added is edited in place: dropping it takes the
  // addition back, any other change is made to the statement it adds.
  const addition = change.record === 'statement' ? corrections.find((c) => isAddition(c) && c.id === change.id) : undefined;
  if (addition && change.field !== ADDED_FIELD) {
    if (change.field === REMOVED_FIELD) return corrections.filter((c) => c !== addition);
    const statement = structuredClone(addition.value) as Record<string, unknown>;
    setValueAt(statement, change.field, change.value);
    return corrections.map((c) => (c === addition ? { ...c, value: statement, reason: c.reason === why ? c.reason : `${c.reason}; ${why}` } : c));
  }
  const same = (c: Correction) => c.record === change.record && c.id === change.id && c.field === change.field;
  const earlier = corrections.find(same);
  const rest = corrections.filter((c) => !same(c));
  const was = change.field === REMOVED_FIELD ? false : change.field === ADDED_FIELD ? undefined : valueAt(recordOf(extracted, change), change.field);
  if (canonicalJson(was) === canonicalJson(change.value)) return rest;
  const reasons = earlier && earlier.reason !== why ? `${earlier.reason}; ${why}` : why;
  return [...rest, { record: change.record, id: change.id, field: change.field, value: change.value, ...(was !== undefined ? { was } : {}), reason: reasons }];
}

/** Removes one correction (the analyst's undo). */
export function withoutCorrection(corrections: readonly Correction[], index: number): Correction[] {
  return corrections.filter((_, i) => i !== index);
}
