import { plural } from '../format/format-count.ts';
import { createRecordChecker, RECORD_COLLECTIONS, type RecordCollection } from './corpus-consistency.ts';
import { describeJsonValue, displayName, parseJson } from './corpus-json-text.ts';
import { CorpusError, quote, shorten, type CorpusProblem } from './corpus-problems.ts';
import { CorpusSchema, SCHEMA_VERSION, type Corpus, type ForumEvent, type Statement } from './corpus-schema.ts';
import type { ExcludedRecord, RepairedRecord } from './excluded-records.ts';
import { UnreadableRecord, type RecordLocator } from './record-locator.ts';
import { judgeRecord, type RecordJudgement } from './judge-record.ts';
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

export type TopLevel = z.infer<typeof TopLevelSchema>;

const CORPUS_SHAPE = 'a corpus is a JSON object with schemaVersion, taxonomy, documents, events and statements';

/** Checks the top level; everything inside the record arrays is judged later, record by record. */
export function readTopLevel(data: unknown, source: string): TopLevel {
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
  const body = stripByteOrderMark(text);
  refuseEmptyOrHtml(body, source);
  return checkCorpusRecords(readTopLevel(parseJson(body, source), source), source, options);
}

/** A byte-order mark is not JSON, but editors write one; it carries nothing. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The fatal cases every text format shares: no text at all, or a web page instead of the corpus. */
export function refuseEmptyOrHtml(body: string, source: string, format = 'JSON'): void {
  const name = displayName(source);
  const first = body.search(/\S/);
  if (first === -1) throw new CorpusError('empty', source, `${name} is empty: it holds no text.`);
  if (body[first] === '<') {
    const why = 'the server may have sent a web page (an error page or the app itself) instead of the corpus';
    throw new CorpusError('html', source, `${name} is an HTML page, not a corpus ${format} file: ${why}.`);
  }
}

/**
 * Judges every record of a corpus whose top level has been checked, in file
 * order (taxonomy, documents, events, statements). A file format other than
 * JSON passes a `locator`, so that messages name its lines or rows instead
 * of JSON paths, and may hold `UnreadableRecord`s where a record could not
 * even be read: each is left out with its problems, the rest is judged as usual.
 */
export function checkCorpusRecords(
  top: TopLevel,
  source: string,
  options: OpenCorpusOptions = {},
  extra: { locator?: RecordLocator; unreadable?: ExcludedRecord[] } = {},
): OpenedCorpus {
  const mode = options.mode ?? 'partial';
  const name = displayName(source);
  const { locator } = extra;
  const checker = createRecordChecker();
  const kept: Record<RecordCollection, unknown[]> = { taxonomy: [], documents: [], events: [], statements: [] };
  const excluded: ExcludedRecord[] = [...(extra.unreadable ?? [])];
  const repaired: RepairedRecord[] = [];
  const { onProgress, onKept } = options;
  const total = RECORD_COLLECTIONS.reduce((sum, collection) => sum + top[collection].length, 0);
  const report = (checked: number) => onProgress?.({ checked, total, statements: top.statements.length });
  let checked = 0;

  for (const collection of RECORD_COLLECTIONS) {
    top[collection].forEach((raw, index) => {
      if (onProgress !== undefined && checked % PROGRESS_EVERY === 0) report(checked);
      checked += 1;
      const rawId = raw instanceof UnreadableRecord ? raw.id : rawIdOf(raw);
      const shownId = rawId === undefined ? undefined : shorten(rawId);
      const located: { collection: RecordCollection; index: number; id?: string; at?: string } = { collection, index };
      if (shownId !== undefined) located.id = shownId;
      if (locator !== undefined) located.at = locator.at(collection, index);
      if (raw instanceof UnreadableRecord) {
        checker.exclude(collection, index, rawId);
        excluded.push({ ...located, problems: raw.problems, dependent: false });
        return;
      }
      const judgement = relocate(judgeRecord(checker, collection, raw, index, shownId), locator);
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
  inFileOrder.sort((a, b) => fileOrder(a.record, locator) - fileOrder(b.record, locator) || a.record.index - b.record.index);
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

/** JSON sorts by collection, then index; a format with lines or rows sorts by where the record sits. */
function fileOrder(record: { collection: ExcludedRecord['collection']; index: number }, locator: RecordLocator | undefined): number {
  const unsorted = record.collection === 'lines' || record.collection === 'rows';
  if (locator !== undefined) return unsorted ? record.index : locator.position(record.collection as RecordCollection, record.index);
  return unsorted ? -1 : RECORD_COLLECTIONS.indexOf(record.collection as RecordCollection);
}

const JSON_PATH_HEAD = /^(taxonomy|documents|events|statements)\[(\d+)\](.*)$/s;

/** Problem and part paths as the file names them, when it is not JSON. */
function relocate(judgement: RecordJudgement, locator: RecordLocator | undefined): RecordJudgement {
  if (locator === undefined) return judgement;
  const move = (path: string) => {
    const head = JSON_PATH_HEAD.exec(path);
    return head === null ? path : locator.path(head[1] as RecordCollection, Number(head[2]), head[3]!);
  };
  const moveProblems = (problems: CorpusProblem[]) => problems.map((problem) => ({ ...problem, path: move(problem.path) }));
  if (!judgement.kept) return { ...judgement, problems: moveProblems(judgement.problems) };
  return { ...judgement, dropped: judgement.dropped.map((part) => ({ ...part, path: move(part.path), problems: moveProblems(part.problems) })) };
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
