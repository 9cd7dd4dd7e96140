import type { Tables } from './tables.ts';
import { isWordChar } from './text.ts';

/**
 * One matcher for every proper name the extractor knows: countries (names,
 * long forms, adjectives), organisations and places. Matching is
 * case-sensitive on whole words, and at each position the longest name wins,
 * so "Democratic Republic of the Congo" is found before "Republic of the
 * Congo", and "Asia-Pacific Economic Cooperation" before "Asia-Pacific".
 */

export type NameValue =
  | { kind: 'country'; code: string }
  | { kind: 'ambiguous'; codes: readonly string[] }
  | { kind: 'organisation'; name: string }
  | { kind: 'place'; extendable: boolean };

export type NameMatch = { start: number; end: number; surface: string; value: NameValue };

type Entry = { phrase: string; value: NameValue };

export type Lexicon = {
  /** Entries keyed by their first character, longest phrase first. */
  byFirstChar: Map<string, Entry[]>;
  headNouns: readonly string[];
  subnational: RegExp;
};

function sameValue(a: NameValue, b: NameValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function buildLexicon(tables: Tables): Lexicon {
  const entries = new Map<string, NameValue>();
  const conflicts = new Map<string, Set<string>>();
  const addCountry = (phrase: string, code: string) => {
    const known = entries.get(phrase);
    if (known?.kind === 'country' && known.code !== code) {
      const codes = conflicts.get(phrase) ?? new Set([known.code]);
      codes.add(code);
      conflicts.set(phrase, codes);
    } else if (!known) entries.set(phrase, { kind: 'country', code });
  };
  for (const { name, code } of tables.countryNames) {
    // "Korea, Republic of" is an index form; prose never writes it so.
    if (/[,()]/.test(name)) continue;
    addCountry(name.replace(/^The /, ''), code);
  }
  for (const { name, code } of tables.countryAliases.aliases) addCountry(name, code);
  for (const [phrase, codes] of conflicts) entries.set(phrase, { kind: 'ambiguous', codes: [...codes].sort() });
  for (const { name, codes } of tables.countryAliases.ambiguous) entries.set(name, { kind: 'ambiguous', codes });
  for (const organisation of tables.organisations.organisations) {
    const value: NameValue = { kind: 'organisation', name: organisation.name };
    for (const phrase of [organisation.name, organisation.fullName, ...organisation.aliases]) {
      const known = entries.get(phrase);
      if (!known || sameValue(known, value)) entries.set(phrase, value);
    }
  }
  for (const place of tables.places.places) {
    for (const phrase of place.names) if (!entries.has(phrase)) entries.set(phrase, { kind: 'place', extendable: true });
  }

  const byFirstChar = new Map<string, Entry[]>();
  for (const [phrase, value] of entries) {
    const list = byFirstChar.get(phrase[0]!) ?? [];
    list.push({ phrase, value });
    byFirstChar.set(phrase[0]!, list);
  }
  for (const list of byFirstChar.values()) {
    list.sort((a, b) => b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : 1));
  }
  const heads = [...tables.places.subnationalHeads].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const subnational = new RegExp(
    `(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3})(?:${heads.join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return { byFirstChar, headNouns: tables.places.headNouns, subnational };
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Capitalised words that open a sentence or a phrase, never a place name.
const NOT_A_NAME = new Set(['The', 'In', 'On', 'At', 'From', 'Of', 'And', 'By', 'For', 'To', 'With', 'Its', 'This', 'That']);

/** Every known name in text[start, end), left to right, without overlaps. */
export function findNames(lexicon: Lexicon, text: string, start = 0, end = text.length): NameMatch[] {
  const matches: NameMatch[] = [];
  let i = start;
  while (i < end) {
    if (!isWordChar(text[i]) || isWordChar(text[i - 1])) {
      i += 1;
      continue;
    }
    const match = matchAt(lexicon, text, i, end);
    if (match) {
      matches.push(match);
      i = match.end;
    } else i += 1;
  }
  return addSubnationalPlaces(lexicon, text, start, end, matches);
}

function matchAt(lexicon: Lexicon, text: string, index: number, end: number): NameMatch | null {
  for (const { phrase, value } of lexicon.byFirstChar.get(text[index]!) ?? []) {
    const stop = index + phrase.length;
    if (stop > end || !text.startsWith(phrase, index)) continue;
    // A phrase ending in "." (U.S.) may be followed by anything; others need a word boundary.
    if (!phrase.endsWith('.') && isWordChar(text[stop])) continue;
    if (text[stop] === '-' && isWordChar(text[stop + 1]) && value.kind !== 'country') continue;
    let matchEnd = stop;
    if (value.kind === 'place' && value.extendable) matchEnd = extendWithHeadNoun(lexicon, text, stop, end);
    return { start: index, end: matchEnd, surface: text.slice(index, matchEnd), value };
  }
  return null;
}

function extendWithHeadNoun(lexicon: Lexicon, text: string, stop: number, end: number): number {
  const space = /^[ \t]+/.exec(text.slice(stop, end));
  if (!space) return stop;
  const after = stop + space[0].length;
  for (const noun of lexicon.headNouns) {
    const nounEnd = after + noun.length;
    if (nounEnd <= end && text.startsWith(noun, after) && !isWordChar(text[nounEnd])) return nounEnd;
  }
  return stop;
}

function addSubnationalPlaces(lexicon: Lexicon, text: string, start: number, end: number, found: NameMatch[]) {
  const slice = text.slice(start, end);
  const extra: NameMatch[] = [];
  for (const match of slice.matchAll(lexicon.subnational)) {
    let s = start + match.index;
    const e = s + match[0].length;
    // Drop capitalised function words that open the phrase ("In Hainan Province").
    let words = match[1]!.trim().split(/\s+/);
    while (words.length > 0 && NOT_A_NAME.has(words[0]!)) {
      s = text.indexOf(words[1] ?? '', s + words[0]!.length);
      words = words.slice(1);
    }
    if (words.length === 0) continue;
    if (found.some((m) => m.start < e && s < m.end)) continue;
    extra.push({ start: s, end: e, surface: text.slice(s, e), value: { kind: 'place', extendable: false } });
  }
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}
