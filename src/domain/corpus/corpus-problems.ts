import { formatCount, plural } from '../format/format-count.ts';

/**
 * How Forum Atlas says what is wrong with a corpus: a problem names the JSON
 * path and the record it sits in, in plain words. Everything quoted from the
 * file is shortened, so a hostile or enormous value never floods a message,
 * and stays a plain string: drawing it safely is the renderer's job.
 */

export type CorpusProblem = {
  /** JSON path of the offending value, e.g. "statements[3].span". */
  path: string;
  /** The id of the record the problem sits in, when it has one (shortened for display). */
  recordId?: string;
  message: string;
};

/** 'unreadable': bytes that are not a readable Parquet file (a JSON text that does not parse is 'not-json'). */
export type CorpusErrorKind = 'not-found' | 'not-json' | 'unreadable' | 'html' | 'invalid' | 'empty';

/** A corpus that cannot be shown, with what is wrong and where. */
export class CorpusError extends Error {
  readonly kind: CorpusErrorKind;
  readonly source: string;
  readonly problems: readonly CorpusProblem[];

  constructor(kind: CorpusErrorKind, source: string, message: string, problems: readonly CorpusProblem[] = []) {
    super(message);
    this.name = 'CorpusError';
    this.kind = kind;
    this.source = source;
    this.problems = problems;
  }
}

export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let result = '';
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`;
    else result += result === '' ? String(key) : `.${String(key)}`;
  }
  return result || '(root)';
}

/** How much of a value a message quotes. */
export const QUOTE_LENGTH = 80;

/**
 * At most `max` UTF-16 units of `value`, cut before a split surrogate pair,
 * with "…" when shortened.
 */
export function shorten(value: string, max = QUOTE_LENGTH): string {
  if (value.length <= max) return value;
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}

/**
 * A value quoted for a message: a string in double quotes with control
 * characters escaped, shortened, with its length when that was cut.
 */
export function quote(value: string, max = QUOTE_LENGTH): string {
  const quoted = JSON.stringify(shorten(value, max));
  return value.length > max ? `${quoted} (${formatCount(value.length)} characters)` : quoted;
}


/** One problem as a line of text: where, in which record, and what. */
export function formatCorpusProblem(problem: CorpusProblem): string {
  const record = problem.recordId === undefined ? '' : ` (record ${quote(problem.recordId)})`;
  return `${problem.path}${record}: ${problem.message}`;
}

/**
 * The first `shown` problems as lines, then "…and N more problems." when
 * there are more: enough to act on, never a wall of text.
 */
export function formatCorpusProblems(problems: readonly CorpusProblem[], shown = 5): string[] {
  const count = Math.max(0, Math.floor(shown));
  const lines = problems.slice(0, count).map(formatCorpusProblem);
  const rest = problems.length - lines.length;
  if (rest > 0) lines.push(`…and ${plural(rest, lines.length === 0 ? 'problem' : 'more problem')}.`);
  return lines;
}
