import { SCHEMA_VERSION, type AppliedCorrection, type Corpus, type CorpusDocument, type ForumEvent, type Statement } from '../corpus/corpus-schema.ts';
import { applyCorrections, canonicalJson, type Correction } from '../extract/corrections.ts';

/**
 * An analyst's review of one release, kept as corrections in the format of
 * data/corrections.json and applied by the same code ingest runs
 * (applyCorrections). One addition: a statement the extractor should not
 * have made is dropped with `{ record: "statement", id, field: "removed",
 * value: true, was: false, reason }`; it is left out of the records and
 * listed among the applied corrections like any other.
 */
export type ReleaseRecords = { document: CorpusDocument; event: ForumEvent; statements: Statement[] };

export const REMOVED_FIELD = 'removed';

export const isRemoval = (c: Correction) => c.record === 'statement' && c.field === REMOVED_FIELD && c.value === true;

export type CorrectedRelease = ReleaseRecords & {
  applied: AppliedCorrection[];
  /** Corrections that did not apply, with why (a stale or invalid one). */
  problems: string[];
};

/**
 * applyCorrections (what ingest runs) plus the drops: statements named by a
 * "removed" correction are left out, the drops listed among the applied
 * corrections after the others. A drop of a statement that is not there is
 * stale. Works on a whole corpus, so ingest's buildCorpus can call it in
 * place of applyCorrections to honour drops too.
 */
export function applyCorrectionsWithRemovals(corpus: Corpus, corrections: readonly Correction[]) {
  const drops = corrections.filter(isRemoval);
  const removed = new Set(drops.map((c) => c.id));
  const { corpus: corrected, applied, outcomes } = applyCorrections(
    { ...corpus, statements: corpus.statements.filter((s) => !removed.has(s.id)) },
    corrections.filter((c) => !isRemoval(c)),
  );
  const problems = outcomes.flatMap((o) => (o.status === 'applied' ? [] : [o.message]));
  const removals: AppliedCorrection[] = [];
  for (const c of drops) {
    if (corpus.statements.some((s) => s.id === c.id)) {
      removals.push({ recordType: 'statement', recordId: c.id, field: REMOVED_FIELD, previous: false, reason: c.reason });
    } else problems.push(`no statement "${c.id}" to drop`);
  }
  return { corpus: corrected, applied: [...applied, ...removals], problems };
}

export function applyReleaseCorrections(records: ReleaseRecords, corrections: readonly Correction[]): CorrectedRelease {
  const { corpus, applied, problems } = applyCorrectionsWithRemovals(
    { schemaVersion: SCHEMA_VERSION, taxonomy: [], documents: [records.document], events: [records.event], statements: records.statements },
    corrections,
  );
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
  const same = (c: Correction) => c.record === change.record && c.id === change.id && c.field === change.field;
  const earlier = corrections.find(same);
  const rest = corrections.filter((c) => !same(c));
  const was = change.field === REMOVED_FIELD ? false : valueAt(recordOf(extracted, change), change.field);
  if (canonicalJson(was) === canonicalJson(change.value)) return rest;
  const reasons = earlier && earlier.reason !== why ? `${earlier.reason}; ${why}` : why;
  return [...rest, { record: change.record, id: change.id, field: change.field, value: change.value, ...(was !== undefined ? { was } : {}), reason: reasons }];
}

/** Removes one correction (the analyst's undo). */
export function withoutCorrection(corrections: readonly Correction[], index: number): Correction[] {
  return corrections.filter((_, i) => i !== index);
}
