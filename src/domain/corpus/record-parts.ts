import type { RecordCollection } from './corpus-consistency.ts';
import { quote, type CorpusProblem } from './corpus-problems.ts';

/**
 * The parts of a record that can go without the record: one entry of a list
 * (a participating country, a mention, a theme assignment), one optional
 * field of a fact (a place's country, a speaker's role), or one optional
 * fact (the location, the end date, the speaker). A problem inside such a
 * part drops that part; anything else wrong still leaves the record out.
 */

type Key = string | number;

/** A part that can be dropped: where it is, and how it reads in a notice. */
type PartRule = {
  /** Matched against the problem's path relative to its record, e.g. ".participatingCountries[0].value". */
  pattern: RegExp;
  unit: 'value' | 'fact';
  /** 'remove' deletes the list entry or field; 'null' sets a nullable field to null. */
  how: 'remove' | 'null';
  /** What the part is, in words, given the part itself. */
  what: (part: unknown) => string;
};

/** A part chosen for dropping, with every problem found inside it. */
export type PlannedPart = {
  keys: Key[];
  /** Full JSON path, e.g. "events[1].participatingCountries[0]". */
  path: string;
  unit: 'value' | 'fact';
  how: 'remove' | 'null';
  what: string;
  problems: CorpusProblem[];
};

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** `noun "value"` when the value is a string, else just the noun. */
function named(noun: string, value: unknown): string {
  return typeof value === 'string' ? `${noun} ${quote(value, 60)}` : noun;
}

const entry = (list: string, noun: string, read: (part: unknown) => unknown): PartRule => ({
  pattern: new RegExp(`^\\.${list}\\[\\d+\\]`),
  unit: 'value',
  how: 'remove',
  what: (part) => named(noun, read(part)),
});

const optional = (name: string, noun: string, how: 'remove' | 'null' = 'remove', read?: (part: unknown) => unknown): PartRule => ({
  pattern: new RegExp(`^\\.${name.replace('.', '\\.')}(?![\\w])`),
  unit: name.includes('.') ? 'value' : 'fact',
  how,
  what: (part) => (read === undefined ? noun : named(noun, read(part))),
});

const factValue = (part: unknown) => field(part, 'value');
const name = (part: unknown) => field(part, 'name');

/** Smallest first: a rule earlier in the list wins. */
const RULES: Readonly<Record<RecordCollection, readonly PartRule[]>> = {
  taxonomy: [entry('cues', 'cue', (part) => part)],
  documents: [
    optional('title', 'title', 'remove', (part) => part),
    optional('publishedOnNote', 'note on the publication date'),
    optional('retrievedOn', 'retrieval date', 'remove', (part) => part),
  ],
  events: [
    entry('participatingCountries', 'participating country', factValue),
    entry('participatingOrganisations', 'participating organisation', factValue),
    entry('organisers', 'organiser', factValue),
    entry('themes', 'theme', (part) => field(part, 'themeId')),
    entry('mentionedCountries', 'mentioned country', (part) => field(part, 'code')),
    entry('mentionedOrganisations', 'mentioned organisation', name),
    entry('mentionedPlaces', 'mentioned place', name),
    {
      pattern: /^\.location\.value\.country(?![\w])/,
      unit: 'value',
      how: 'null',
      what: (part) => named("location's country", part),
    },
    optional('endDate', 'end date', 'remove', factValue),
    optional('location', 'location'),
    optional('format', 'format', 'remove', factValue),
    optional('participantCount', 'participant count', 'remove', (part) => field(factValue(part), 'asStated')),
    optional('mentionedCountries', 'list of mentioned countries'),
    optional('mentionedOrganisations', 'list of mentioned organisations'),
    optional('mentionedPlaces', 'list of mentioned places'),
  ],
  statements: [
    entry('themes', 'theme', (part) => field(part, 'themeId')),
    entry('mentionedCountries', 'mentioned country', (part) => field(part, 'code')),
    entry('mentionedOrganisations', 'mentioned organisation', name),
    entry('mentionedPlaces', 'mentioned place', name),
    optional('speaker.name', "speaker's name", 'null', (part) => part),
    optional('speaker.role', "speaker's role", 'null', (part) => part),
    optional('speaker.organisation', "speaker's organisation", 'null', (part) => part),
    optional('speaker.country', "speaker's country", 'remove', (part) => part),
    optional('speaker.resolvedFrom', "span of the speaker's fuller mention"),
    optional('speaker', 'speaker', 'null', (part) => field(part, 'name') ?? field(part, 'id')),
  ],
};

/** ".a[0].b" as keys: ["a", 0, "b"]. */
function keysOf(relative: string): Key[] {
  const keys: Key[] = [];
  for (const match of relative.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) keys.push(match[1] ?? Number(match[2]));
  return keys;
}

function valueAt(node: unknown, keys: readonly Key[]): unknown {
  let current = node;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<Key, unknown>)[key];
  }
  return current;
}

const isPrefix = (outer: readonly Key[], inner: readonly Key[]) =>
  outer.length <= inner.length && outer.every((key, i) => key === inner[i]);

/**
 * Sorts `problems` of the record at `base` (e.g. "events[1]") into parts to
 * drop, each with its problems, and the problems only leaving the record
 * out can answer. A part inside another part is folded into it.
 */
export function planParts(
  collection: RecordCollection,
  base: string,
  record: unknown,
  problems: readonly CorpusProblem[],
): { parts: PlannedPart[]; recordLevel: CorpusProblem[] } {
  const parts: PlannedPart[] = [];
  const recordLevel: CorpusProblem[] = [];
  for (const problem of problems) {
    // Inside this record: "events[1]" must not claim "events[10].title".
    const inside = problem.path.startsWith(base) && /^(?:$|[.[])/.test(problem.path.slice(base.length));
    const relative = inside ? problem.path.slice(base.length) : null;
    let matched: { rule: PartRule; prefix: string } | null = null;
    if (relative !== null) {
      for (const rule of RULES[collection]) {
        const match = rule.pattern.exec(relative);
        if (match) {
          matched = { rule, prefix: match[0] };
          break;
        }
      }
    }
    if (matched === null) {
      recordLevel.push(problem);
      continue;
    }
    const keys = keysOf(matched.prefix);
    const path = base + matched.prefix;
    const known = parts.find((part) => isPrefix(part.keys, keys));
    if (known !== undefined) {
      known.problems.push(problem);
      continue;
    }
    const { rule } = matched;
    const part: PlannedPart = { keys, path, unit: rule.unit, how: rule.how, what: rule.what(valueAt(record, keys)), problems: [problem] };
    // A part found earlier inside this one goes with it.
    for (let i = parts.length - 1; i >= 0; i -= 1) {
      if (isPrefix(keys, parts[i]!.keys)) part.problems.unshift(...parts.splice(i, 1)[0]!.problems);
    }
    parts.push(part);
  }
  return { parts, recordLevel };
}

function without(node: unknown, keys: readonly Key[], how: 'remove' | 'null'): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return node;
  if (Array.isArray(node) && typeof key === 'number') {
    const copy = node.slice();
    if (rest.length > 0) copy[key] = without(copy[key], rest, how);
    else if (how === 'remove') copy.splice(key, 1);
    else copy[key] = null;
    return copy;
  }
  if (node !== null && typeof node === 'object' && typeof key === 'string') {
    const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
    if (rest.length > 0) copy[key] = without(copy[key], rest, how);
    else if (how === 'remove') delete copy[key];
    else copy[key] = null;
    return copy;
  }
  return node;
}

function compareKeysDescending(a: readonly Key[], b: readonly Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}

/**
 * The record without `parts`, copied only along the paths it changes (the
 * rest is shared, so a huge text is never copied). Later entries of a list
 * go first, so removing one does not move the next.
 */
export function dropParts(record: unknown, parts: readonly PlannedPart[]): unknown {
  const ordered = [...parts].sort((a, b) => compareKeysDescending(a.keys, b.keys));
  return ordered.reduce((node, part) => without(node, part.keys, part.how), record);
}
