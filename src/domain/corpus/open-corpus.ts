import { formatCount, plural } from '../format/format-count.ts';
import {
  createRecordChecker,
  RECORD_COLLECTIONS,
  RECORD_NOUNS,
  type RecordChecker,
  type RecordCollection,
  type RecordVerdict,
} from './corpus-consistency.ts';
import {
  CorpusError,
  formatJsonPath,
  quote,
  shorten,
  type CorpusProblem,
} from './corpus-problems.ts';
import {
  CorpusSchema,
  DocumentSchema,
  EventSchema,
  SCHEMA_VERSION,
  StatementSchema,
  ThemeSchema,
  type Corpus,
  type ForumEvent,
  type Statement,
} from './corpus-schema.ts';
import { z } from './zod.ts';

/**
 * Opening a corpus file we did not make. Whatever the text holds, the result
 * is either a corpus that can be shown, with every record left out listed
 * with its reasons, or a CorpusError that says what is wrong and where —
 * never a stack trace, and never a silently shortened corpus.
 *
 * Fatal (CorpusError): no text; an HTML page; not JSON; JSON that is not a
 * corpus object of this schemaVersion with the four record arrays; or
 * records but no usable document. Everything else is judged per record: a
 * record that breaks the schema or a consistency rule is excluded, and so is
 * every record that belongs to it (the events and statements of an excluded
 * document, the statements of an excluded event).
 */

/** Longest strings a corpus may hold, so that one field cannot stall the page. */
export const CORPUS_LIMITS = Object.freeze({
  /** A document's full text, in UTF-16 code units. */
  documentText: 2_000_000,
  /** Any other string: ids, names, a statement's text. */
  string: 20_000,
});

/** Problems listed per excluded record before the rest are counted. */
const PROBLEMS_PER_RECORD = 20;
/** How deep the length check looks; no corpus field nests deeper. */
const MAX_DEPTH = 8;

export type ExcludedRecord = {
  collection: RecordCollection;
  /** Position in the file's array. */
  index: number;
  /** The record's id when it had one (shortened for display). */
  id?: string;
  /** Why it was left out: at least one problem. */
  problems: CorpusProblem[];
  /**
   * True when the only reason is that a record it belongs to was left out
   * (its spans could not be checked against a document that was left out).
   */
  dependent: boolean;
};

export type OpenedCorpus = {
  corpus: Corpus;
  /** Records left out, in file order. Empty when the file was fully sound. */
  excluded: ExcludedRecord[];
  /** Every reason a record was left out, in file order. */
  problems: CorpusProblem[];
  /** A sound corpus without documents: the views have nothing to show and should say so. */
  empty: boolean;
};

export type OpenCorpusOptions = {
  /**
   * 'partial' (default) opens what is sound and lists what was left out;
   * 'strict' throws a CorpusError unless every record is sound.
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

const RECORD_SCHEMAS = {
  taxonomy: ThemeSchema,
  documents: DocumentSchema,
  events: EventSchema,
  statements: StatementSchema,
} as const;

const TopLevelSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  synthetic: CorpusSchema.shape.synthetic,
  taxonomy: z.array(z.unknown()),
  documents: z.array(z.unknown()),
  events: z.array(z.unknown()),
  statements: z.array(z.unknown()),
});

type ZodIssue = z.ZodError['issues'][number];

const CORPUS_SHAPE = 'a corpus is a JSON object with schemaVersion, taxonomy, documents, events and statements';

/** The source as messages name it: a file name or URL, never a wall of text. */
function displayName(source: string): string {
  return shorten(source, 120);
}

function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

/** Line and column (both from 1) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where the engine says parsing stopped, when it says so (V8 and Firefox wordings). */
function errorOffset(text: string, detail: string): number | null {
  const position = /at position (\d+)/.exec(detail);
  if (position) return Number(position[1]);
  const lineColumn = /at line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line += 1) {
      const next = text.indexOf('\n', offset);
      if (next === -1) break;
      offset = next + 1;
    }
    return offset + Number(lineColumn[2]) - 1;
  }
  if (/unexpected end|end of (json )?(input|data)|unexpected eof/i.test(detail)) return text.length;
  return null;
}

function parseJson(text: string, source: string): unknown {
  const name = displayName(source);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(text, detail);
    const where = offset === null ? '' : (() => {
      const { line, column } = lineAndColumn(text, offset);
      return ` (line ${formatCount(line)}, column ${formatCount(column)})`;
    })();
    const truncated = offset !== null && offset >= text.trimEnd().length;
    const message = truncated
      ? `${name} is not valid JSON: the text ends before the JSON does, so the file is probably cut short${where}.`
      : `${name} is not valid JSON${where}: ${shorten(detail, 160)}`;
    throw new CorpusError('not-json', source, message);
  }
}

function issueMessage(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `missing: expected ${issue.expected}`;
  }
  return issue.message;
}

/** Zod issues as problems: one per path, its messages joined, so a date is not reported twice. */
function issuesToProblems(
  issues: readonly ZodIssue[],
  base: ReadonlyArray<PropertyKey>,
  recordId?: string,
): CorpusProblem[] {
  const byPath = new Map<string, CorpusProblem>();
  for (const issue of issues) {
    const path = formatJsonPath([...base, ...issue.path]);
    const message = issueMessage(issue);
    const known = byPath.get(path);
    if (known === undefined) {
      byPath.set(path, recordId === undefined ? { path, message } : { path, recordId, message });
    } else if (!known.message.includes(message)) {
      known.message += `; ${message}`;
    }
  }
  return [...byPath.values()];
}

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

/**
 * Strings over the limits, found before the schema runs so that no pattern
 * or comparison ever walks an enormous value.
 */
function overlongStrings(value: unknown, collection: RecordCollection, index: number): CorpusProblem[] {
  const found: CorpusProblem[] = [];
  const known = new Set(Object.keys(RECORD_SCHEMAS[collection].shape));
  // One path, extended and shortened in place: most records have no problem to name.
  const path: PropertyKey[] = [collection, index];
  const visit = (node: unknown) => {
    if (typeof node === 'string') {
      const isDocumentText = collection === 'documents' && path.length === 3 && path[2] === 'text';
      const limit = isDocumentText ? CORPUS_LIMITS.documentText : CORPUS_LIMITS.string;
      if (node.length > limit) {
        found.push({
          path: formatJsonPath(path),
          message: `${quote(node, 40)} is too long: at most ${formatCount(limit)} characters are read`,
        });
      }
      return;
    }
    if (node === null || typeof node !== 'object' || path.length > MAX_DEPTH) return;
    const entries: Array<[PropertyKey, unknown]> = Array.isArray(node)
      ? node.map((item, i): [number, unknown] => [i, item])
      : // Fields the format does not know are dropped unread, whatever their size.
        Object.entries(node).filter(([key]) => path.length > 2 || known.has(key));
    for (const [key, item] of entries) {
      path.push(key);
      visit(item);
      path.pop();
    }
  };
  visit(value);
  return found;
}

function capProblems(problems: CorpusProblem[]): CorpusProblem[] {
  if (problems.length <= PROBLEMS_PER_RECORD) return problems;
  const kept = problems.slice(0, PROBLEMS_PER_RECORD);
  const first = problems[0]!;
  const rest: CorpusProblem = {
    path: first.path.replace(/^([a-z]+\[\d+\]).*$/, '$1'),
    message: `…and ${plural(problems.length - kept.length, 'more problem')} in this record`,
  };
  if (first.recordId !== undefined) rest.recordId = first.recordId;
  return [...kept, rest];
}

function rawIdOf(raw: unknown): string | undefined {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function checkRecord(
  checker: RecordChecker,
  collection: RecordCollection,
  record: unknown,
  index: number,
): RecordVerdict {
  switch (collection) {
    case 'taxonomy':
      return checker.theme(record as Corpus['taxonomy'][number], index);
    case 'documents':
      return checker.document(record as Corpus['documents'][number], index);
    case 'events':
      return checker.event(record as Corpus['events'][number], index);
    case 'statements':
      return checker.statement(record as Corpus['statements'][number], index);
  }
}

/** Counts excluded records by collection in words: "1 event and 3 statements". */
export function describeExcluded(excluded: readonly ExcludedRecord[]): string {
  const parts = RECORD_COLLECTIONS.map((collection) => {
    const n = excluded.filter((record) => record.collection === collection).length;
    return n === 0 ? '' : plural(n, RECORD_NOUNS[collection].one, RECORD_NOUNS[collection].many);
  }).filter((part) => part !== '');
  if (parts.length <= 1) return parts[0] ?? 'no records';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/**
 * Opens corpus JSON text. `source` names the file or URL in messages. See the
 * module comment for what is fatal and what only leaves a record out.
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
      let problems = overlongStrings(raw, collection, index);
      let dependent = false;
      let record: unknown = null;
      if (problems.length === 0) {
        const parsed = RECORD_SCHEMAS[collection].safeParse(raw);
        if (parsed.success) {
          record = parsed.data;
          const verdict = checkRecord(checker, collection, record, index);
          problems = verdict.problems;
          dependent = verdict.dependent;
        } else {
          problems = issuesToProblems(parsed.error.issues, [collection, index], shownId);
        }
      } else if (shownId !== undefined) {
        for (const problem of problems) problem.recordId = shownId;
      }
      if (problems.length === 0) {
        kept[collection].push(record);
        if (collection === 'events') onKept?.event?.(record as ForumEvent);
        else if (collection === 'statements') onKept?.statement?.(record as Statement);
        return;
      }
      checker.exclude(collection, index, rawId);
      const entry: ExcludedRecord = { collection, index, problems: capProblems(problems), dependent };
      if (shownId !== undefined) entry.id = shownId;
      excluded.push(entry);
    });
  }

  report(checked);
  const problems = excluded.flatMap((record) => record.problems);
  // What the file itself gets wrong; the rest only follows from it.
  const ownProblems = excluded.filter((record) => !record.dependent).flatMap((record) => record.problems);
  if (mode === 'strict' && excluded.length > 0) {
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
  return { corpus, excluded, problems, empty: corpus.documents.length === 0 };
}
