import { plural } from '../format/format-count.ts';
import { createRecordChecker, RECORD_COLLECTIONS, type RecordCollection } from './corpus-consistency.ts';
import { describeJsonValue, displayName, parseJson } from './corpus-json-text.ts';
import { CorpusError, quote, shorten, type CorpusProblem } from './corpus-problems.ts';
import { CorpusSchema, SCHEMA_VERSION, type Corpus, type ForumEvent, type Statement } from './corpus-schema.ts';
import type { ExcludedRecord, RepairedRecord } from './excluded-records.ts';
import { judgeRecord } from './judge-record.ts';
import { issuesToProblems } from './zod-problems.ts';
import { z } from './zod.ts';

/**
 * Opening a corpus file we did not make. Whatever the text holds, the result
 * is either a corpus that can be shown, with everything left out of it
 * listed with its reasons, or a CorpusError that says what is wrong and
 * where — never a stack trace, and never a silently shortened corpus.
 *
 * Fatal (CorpusError): no text; an HTML page; not JSON; JSON that is not a
 * corpus object of this schemaVersion with the four record arrays; or
 * records but no usable document. Everything else is judged per record
 * (judge-record.ts), at the smallest unit that is wrong: a bad value (one
 * participating country, one mention) is dropped from its record, then a
 * bad optional fact (a location, a speaker), and only a record whose own
 * fields are wrong is left out — with every record that belongs to it (the
 * events and statements of an excluded document, the statements of an
 * excluded event).
 */

export type OpenedCorpus = {
  corpus: Corpus;
  /** Records left out, in file order. Empty when the file was fully sound. */
  excluded: ExcludedRecord[];
  /** Records kept without some of their parts, in file order. */
  repaired: RepairedRecord[];
  /** Every reason something was left out or dropped, in file order. */
  problems: CorpusProblem[];
  /** A sound corpus without documents: the views have nothing to show and should say so. */
  empty: boolean;
};

export type OpenCorpusOptions = {
  /**
   * 'partial' (default) opens what is sound and lists what was left out;
   * 'strict' throws a CorpusError unless every record is sound (nothing to drop or leave out).
   */
  mode?: 'partial' | 'strict';
  /**
   * Told how far the record checks have got, every `PROGRESS_EVERY` records
   * and once at the end, so a loader can show progress on a large file.
   */
  onProgress?: (progress: CheckProgress) => void;
  /**
   * Told of each event and statement as it is kept, in file order (events
   * first), so a loader can index them while the rest is still checked. A
   * record once kept stays in the corpus, unless the file turns out to be
   * unusable altogether (a thrown CorpusError).
   */
  onKept?: { event?(event: ForumEvent): void; statement?(statement: Statement): void };
};

/** How many records have been checked, of how many, and how many of them are statements. */
export type CheckProgress = { checked: number; total: number; statements: number };

const PROGRESS_EVERY = 2000;

const TopLevelSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  synthetic: CorpusSchema.shape.synthetic,
  taxonomy: z.array(z.unknown()),
  documents: z.array(z.unknown()),
  events: z.array(z.unknown()),
  statements: z.array(z.unknown()),
});

const CORPUS_SHAPE = 'a corpus is a JSON object with schemaVersion, taxonomy, documents, events and statements';

/** Checks the top level; everything inside the record arrays is judged later, record by record. */
function readTopLevel(data: unknown, source: string): z.infer<typeof TopLevelSchema> {
  const name = displayName(source);
  const invalid = (message: string, problems: CorpusProblem[]) =>
    new CorpusError('invalid', source, `${name} ${message}`, problems);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const got = describeJsonValue(data);
    throw invalid(`is JSON but not a corpus: the top level is ${got}; ${CORPUS_SHAPE}.`, [
      { path: '(root)', message: `expected an object, got ${got}` },
    ]);
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    throw invalid(`is not a Forum Atlas corpus: it has no schemaVersion; ${CORPUS_SHAPE}.`, [
      { path: 'schemaVersion', message: `missing: expected ${SCHEMA_VERSION}` },
    ]);
  }
  if (version !== SCHEMA_VERSION) {
    const shown =
      typeof version === 'string'
        ? quote(version)
        : typeof version === 'number' || typeof version === 'boolean' || version === null
          ? String(version)
          : describeJsonValue(version);
    throw invalid(`has schemaVersion ${shown}; this version of Forum Atlas reads schemaVersion ${SCHEMA_VERSION}.`, [
      { path: 'schemaVersion', message: `expected ${SCHEMA_VERSION}, got ${shown}` },
    ]);
  }
  const result = TopLevelSchema.safeParse(data);
  if (!result.success) {
    const problems = issuesToProblems(result.error.issues, []);
    throw invalid(`does not have the shape of a corpus (${plural(problems.length, 'problem')}); ${CORPUS_SHAPE}.`, problems);
  }
  return result.data;
}

function rawIdOf(raw: unknown): string | undefined {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Opens corpus JSON text. `source` names the file or URL in messages. See the
 * module comment for what is fatal and what only leaves a part or a record out.
 */
export function openCorpus(text: string, source: string, options: OpenCorpusOptions = {}): OpenedCorpus {
  const mode = options.mode ?? 'partial';
  const name = displayName(source);
  // A byte-order mark is not JSON, but editors write one; it carries nothing.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.search(/\S/);
  if (first === -1) throw new CorpusError('empty', source, `${name} is empty: it holds no text.`);
  if (body[first] === '<') {
    const why = 'the server may have sent a web page (an error page or the app itself) instead of the corpus';
    throw new CorpusError('html', source, `${name} is an HTML page, not a corpus JSON file: ${why}.`);
  }

  const top = readTopLevel(parseJson(body, source), source);
  const checker = createRecordChecker();
  const kept: Record<RecordCollection, unknown[]> = { taxonomy: [], documents: [], events: [], statements: [] };
  const excluded: ExcludedRecord[] = [];
  const repaired: RepairedRecord[] = [];
  const { onProgress, onKept } = options;
  const total = RECORD_COLLECTIONS.reduce((sum, collection) => sum + top[collection].length, 0);
  const report = (checked: number) => onProgress?.({ checked, total, statements: top.statements.length });
  let checked = 0;

  for (const collection of RECORD_COLLECTIONS) {
    top[collection].forEach((raw, index) => {
      if (onProgress !== undefined && checked % PROGRESS_EVERY === 0) report(checked);
      checked += 1;
      const rawId = rawIdOf(raw);
      const shownId = rawId === undefined ? undefined : shorten(rawId);
      const judgement = judgeRecord(checker, collection, raw, index, shownId);
      const located = shownId === undefined ? { collection, index } : { collection, index, id: shownId };
      if (judgement.kept) {
        kept[collection].push(judgement.record);
        if (judgement.dropped.length > 0) repaired.push({ ...located, dropped: judgement.dropped });
        if (collection === 'events') onKept?.event?.(judgement.record as ForumEvent);
        else if (collection === 'statements') onKept?.statement?.(judgement.record as Statement);
        return;
      }
      checker.exclude(collection, index, rawId);
      excluded.push({ ...located, problems: judgement.problems, dependent: judgement.dependent });
    });
  }

  report(checked);
  countStatementsKept(repaired, kept.statements as Statement[]);
  const inFileOrder = [...excluded.map((record) => ({ record, problems: record.problems })), ...repaired.map((record) => ({ record, problems: record.dropped.flatMap((part) => part.problems) }))];
  inFileOrder.sort((a, b) => RECORD_COLLECTIONS.indexOf(a.record.collection) - RECORD_COLLECTIONS.indexOf(b.record.collection) || a.record.index - b.record.index);
  const problems = inFileOrder.flatMap((entry) => entry.problems);
  // What the file itself gets wrong; the rest only follows from it.
  const ownProblems = inFileOrder.filter(({ record }) => !('dependent' in record && record.dependent)).flatMap((entry) => entry.problems);
  if (mode === 'strict' && problems.length > 0) {
    throw new CorpusError(
      'invalid',
      source,
      `${name} does not match the corpus format (${plural(ownProblems.length, 'problem')}).`,
      ownProblems,
    );
  }
  const hadRecords = top.documents.length + top.events.length + top.statements.length > 0;
  if (hadRecords && kept.documents.length === 0) {
    throw new CorpusError(
      'invalid',
      source,
      top.documents.length === 0
        ? `${name} has events or statements but no documents for them to belong to.`
        : `${name} has no usable document: ${plural(top.documents.length, 'document')}, none of them sound.`,
      ownProblems,
    );
  }

  const corpus: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    ...(top.synthetic === undefined ? {} : { synthetic: top.synthetic }),
    taxonomy: kept.taxonomy as Corpus['taxonomy'],
    documents: kept.documents as Corpus['documents'],
    events: kept.events as Corpus['events'],
    statements: kept.statements as Corpus['statements'],
  };
  return { corpus, excluded, repaired, problems, empty: corpus.documents.length === 0 };
}

/** Tells each repaired event how many statements were kept with it: the notice says so. */
function countStatementsKept(repaired: RepairedRecord[], statements: readonly Statement[]): void {
  const events = repaired.filter((record) => record.collection === 'events' && record.id !== undefined);
  if (events.length === 0) return;
  const counts = new Map(events.map((record) => [record.id!, 0]));
  for (const statement of statements) {
    const count = counts.get(statement.eventId);
    if (count !== undefined) counts.set(statement.eventId, count + 1);
  }
  for (const record of events) record.statementsKept = counts.get(record.id!) ?? 0;
}
