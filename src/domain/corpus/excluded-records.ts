import { formatCount, plural } from '../format/format-count.ts';
import { RECORD_NOUNS } from './corpus-consistency.ts';
import { quote } from './corpus-problems.ts';
import { describeExcluded, type ExcludedRecord } from './open-corpus.ts';

/**
 * What the page says about records left out of an opened corpus: one
 * sentence for the notice, then one entry per record with its reasons, so no
 * record is ever dropped without a word.
 */

/** "1 statement was left out of x.json." / "2 events and 3 statements were left out of x.json." */
export function summarizeExcluded(excluded: readonly ExcludedRecord[], source: string): string {
  const verb = excluded.length === 1 ? 'was' : 'were';
  return `${describeExcluded(excluded)} ${verb} left out of ${source}.`;
}

export type ExcludedEntry = {
  /** e.g. `statement "s-1" (statements[57])`, or `statement statements[57]` without an id. */
  title: string;
  /** Each reason as "path: message", the path relative to the file. */
  reasons: string[];
  /** Left out only because a record it belongs to was. */
  dependent: boolean;
};

export function describeExcludedRecord(record: ExcludedRecord): ExcludedEntry {
  const noun = RECORD_NOUNS[record.collection].one;
  const where = `${record.collection}[${record.index}]`;
  const title = record.id === undefined ? `${noun} ${where}` : `${noun} ${quote(record.id)} (${where})`;
  return {
    title,
    reasons: record.problems.map((problem) => `${problem.path}: ${problem.message}`),
    dependent: record.dependent,
  };
}

/**
 * The first `shown` records as entries and how many more there are, so a file
 * with thousands of bad records still draws a short list.
 */
export function listExcluded(excluded: readonly ExcludedRecord[], shown = 100): { entries: ExcludedEntry[]; more: string | null } {
  const entries = excluded.slice(0, Math.max(0, shown)).map(describeExcludedRecord);
  const rest = excluded.length - entries.length;
  return { entries, more: rest > 0 ? `…and ${plural(rest, 'more record')} left out (${formatCount(excluded.length)} in all).` : null };
}
