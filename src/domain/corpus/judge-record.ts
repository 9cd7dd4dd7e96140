import { formatCount, plural } from '../format/format-count.ts';
import type { RecordChecker, RecordCollection, RecordVerdict } from './corpus-consistency.ts';
import { formatJsonPath, quote, type CorpusProblem } from './corpus-problems.ts';
import { DocumentSchema, EventSchema, StatementSchema, ThemeSchema, type Corpus } from './corpus-schema.ts';
import type { DroppedPart } from './excluded-records.ts';
import { dropParts, planParts, type PlannedPart } from './record-parts.ts';
import { issuesToProblems } from './zod-problems.ts';

/**
 * The cascade one record goes through: too-long strings, then the schema,
 * then the consistency rules. At each step what is wrong is dropped at the
 * smallest unit that holds it (a value, then a fact; see record-parts.ts),
 * and the record is left out only when what is wrong is the record itself —
 * a required field, its id, the document or event it belongs to.
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

export const RECORD_SCHEMAS = {
  taxonomy: ThemeSchema,
  documents: DocumentSchema,
  events: EventSchema,
  statements: StatementSchema,
} as const;

export type RecordJudgement =
  | { kept: true; record: unknown; dropped: DroppedPart[] }
  | { kept: false; problems: CorpusProblem[]; dependent: boolean };

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

function checkRecord(checker: RecordChecker, collection: RecordCollection, record: unknown, index: number): RecordVerdict {
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

const toDropped = ({ path, unit, what, problems }: PlannedPart): DroppedPart => ({ path, unit, what, problems });

/**
 * Judges one raw record at `index` of `collection`: kept (maybe without some
 * parts, each listed with its problems) or left out with every problem
 * found. `shownId` is the record's id as messages show it.
 */
export function judgeRecord(
  checker: RecordChecker,
  collection: RecordCollection,
  raw: unknown,
  index: number,
  shownId: string | undefined,
): RecordJudgement {
  const base = `${collection}[${index}]`;
  const dropped: PlannedPart[] = [];
  const leaveOut = (problems: CorpusProblem[], dependent = false): RecordJudgement => ({
    kept: false,
    problems: capProblems([...dropped.flatMap((part) => part.problems), ...problems]),
    dependent: dependent && dropped.length === 0,
  });
  /** Drops the parts `problems` lie in; false when one of them lies in the record itself. */
  const drop = <T>(record: T, problems: readonly CorpusProblem[]): { record: T; recordLevel: CorpusProblem[] } => {
    const plan = planParts(collection, base, record, problems);
    if (plan.recordLevel.length > 0) return { record, recordLevel: plan.recordLevel };
    dropped.push(...plan.parts);
    return { record: dropParts(record, plan.parts) as T, recordLevel: [] };
  };

  let working = raw;
  const overlong = overlongStrings(raw, collection, index);
  if (overlong.length > 0) {
    if (shownId !== undefined) for (const problem of overlong) problem.recordId = shownId;
    const step = drop(working, overlong);
    if (step.recordLevel.length > 0) return leaveOut(overlong);
    working = step.record;
  }

  const schema = RECORD_SCHEMAS[collection];
  let parsed = schema.safeParse(working);
  if (!parsed.success) {
    const problems = issuesToProblems(parsed.error.issues, [collection, index], shownId);
    const step = drop(working, problems);
    if (step.recordLevel.length > 0) return leaveOut(problems);
    parsed = schema.safeParse(step.record);
    // Dropping a part broke a rule about the whole (a list that must not be empty).
    if (!parsed.success) return leaveOut(issuesToProblems(parsed.error.issues, [collection, index], shownId));
  }

  let record: unknown = parsed.data;
  const verdict = checkRecord(checker, collection, record, index);
  if (verdict.problems.length > 0) {
    const step = drop(record, verdict.problems);
    // Dependent: left out only because a record it belongs to was.
    if (step.recordLevel.length > 0) return leaveOut(verdict.problems, verdict.dependent);
    record = step.record;
    const again = checkRecord(checker, collection, record, index);
    if (again.problems.length > 0) return leaveOut(again.problems);
  }
  return { kept: true, record, dropped: dropped.map(toDropped) };
}
