import { formatCount, plural } from '../format/format-count.ts';
import { RECORD_COLLECTIONS, RECORD_NOUNS, type RecordCollection } from './corpus-consistency.ts';
import { quote, type CorpusProblem } from './corpus-problems.ts';

/**
 * What an opened corpus lost, and how the page says so: records left out
 * whole, and records kept without a part that was wrong (a value or a
 * fact). One sentence for the notice, then one entry per record with its
 * reasons, so nothing is ever dropped without a word.
 */

export type ExcludedRecord = {
  /**
   * 'lines', 'rows': a line of an NDJSON file or a row of a Parquet file that
   * cannot be told to hold any kind of record.
   */
  collection: UnreadableCollection;
  /** Position in the file's array (for 'lines' and 'rows', the line or row number). */
  index: number;
  /** Where the record sits in a file that is not JSON: "line 58", "row 10,234". */
  at?: string;
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

/** One part dropped from a record that was kept. */
export type DroppedPart = {
  /** JSON path of the part, e.g. "events[1].participatingCountries[0]". */
  path: string;
  /** 'value': one entry of a list or one field of a fact; 'fact': a whole optional fact. */
  unit: 'value' | 'fact';
  /** What it was, in words: `participating country "XXX"`. */
  what: string;
  /** What was wrong inside it. */
  problems: CorpusProblem[];
};

/** A record kept without some of its parts. */
export type RepairedRecord = {
  collection: RecordCollection;
  index: number;
  id?: string;
  at?: string;
  dropped: DroppedPart[];
  /** For an event: how many statements were kept with it. */
  statementsKept?: number;
};

export type UnreadableCollection = RecordCollection | 'lines' | 'rows';

type Located = { collection: UnreadableCollection };

const NOUNS = {
  ...RECORD_NOUNS,
  lines: { one: 'unreadable line', many: 'unreadable lines' },
  rows: { one: 'unreadable row', many: 'unreadable rows' },
};

/** Counts records by collection in words: "1 event and 3 statements". */
export function describeExcluded(records: readonly Located[]): string {
  const parts = [...RECORD_COLLECTIONS, 'lines' as const, 'rows' as const].map((collection) => {
    const n = records.filter((record) => record.collection === collection).length;
    return n === 0 ? '' : plural(n, NOUNS[collection].one, NOUNS[collection].many);
  }).filter((part) => part !== '');
  if (parts.length <= 1) return parts[0] ?? 'no records';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/** "1 statement was left out of x.json." / "2 events and 3 statements were left out of x.json." */
export function summarizeExcluded(excluded: readonly ExcludedRecord[], source: string): string {
  const verb = excluded.length === 1 ? 'was' : 'were';
  return `${describeExcluded(excluded)} ${verb} left out of ${source}.`;
}

/** "2 values were dropped from 1 event and 1 statement, which were kept with everything else they hold." */
export function summarizeRepaired(repaired: readonly RepairedRecord[]): string {
  const parts = repaired.reduce((sum, record) => sum + record.dropped.length, 0);
  const facts = repaired.reduce((sum, record) => sum + record.dropped.filter((part) => part.unit === 'fact').length, 0);
  const noun = facts === 0 ? plural(parts, 'value') : facts === parts ? plural(parts, 'fact') : plural(parts, 'value or fact', 'values and facts');
  const which = repaired.length === 1 ? 'which was' : 'which were';
  return `${noun} ${parts === 1 ? 'was' : 'were'} dropped from ${describeExcluded(repaired)}, ${which} kept with everything else ${repaired.length === 1 ? 'it holds' : 'they hold'}.`;
}

function titleOf(record: { collection: UnreadableCollection; index: number; id?: string; at?: string }): string {
  if (record.collection === 'lines' || record.collection === 'rows') return record.at ?? `${record.collection.slice(0, -1)} ${formatCount(record.index)}`;
  const noun = RECORD_NOUNS[record.collection].one;
  const where = record.at ?? `${record.collection}[${record.index}]`;
  return record.id === undefined ? `${noun} ${where}` : `${noun} ${quote(record.id)} (${where})`;
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
  return {
    title: titleOf(record),
    reasons: record.problems.map((problem) => `${problem.path}: ${problem.message}`),
    dependent: record.dependent,
  };
}

export type RepairedEntry = {
  title: string;
  /** One line per dropped part: what it was, where, and why. */
  dropped: string[];
  /** What was kept, e.g. "The event was kept, with its 10 statements." */
  kept: string;
};

/** Dropped parts listed per record before the rest are counted. */
const PARTS_PER_RECORD = 20;

export function describeRepairedRecord(record: RepairedRecord): RepairedEntry {
  const shown = record.dropped.slice(0, PARTS_PER_RECORD).map((part) => {
    // Where inside the part, when deeper: "value", "mentionSpan"; the part's own path is already said.
    const reasons = part.problems.map((problem) => {
      const inner = problem.path.startsWith(part.path) ? problem.path.slice(part.path.length).replace(/^\./, '') : problem.path;
      return inner === '' ? problem.message : `${inner}: ${problem.message}`;
    });
    return `Dropped the ${part.what} (${part.path}) — ${reasons.join('; ')}`;
  });
  const rest = record.dropped.length - shown.length;
  if (rest > 0) shown.push(`…and ${plural(rest, 'more part')} dropped from this record`);
  const noun = RECORD_NOUNS[record.collection].one;
  const statements = record.statementsKept === undefined ? '' : `, with its ${plural(record.statementsKept, 'statement')}`;
  return { title: titleOf(record), dropped: shown, kept: `The ${noun} was kept${statements}; nothing else in it was changed.` };
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

export function listRepaired(repaired: readonly RepairedRecord[], shown = 100): { entries: RepairedEntry[]; more: string | null } {
  const entries = repaired.slice(0, Math.max(0, shown)).map(describeRepairedRecord);
  const rest = repaired.length - entries.length;
  return { entries, more: rest > 0 ? `…and ${plural(rest, 'more record')} kept without a part (${formatCount(repaired.length)} in all).` : null };
}
