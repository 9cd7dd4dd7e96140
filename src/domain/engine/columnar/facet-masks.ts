import type { Filters } from '../../view-state/filters.ts';
import { countryName } from '../../corpus/countries.ts';
import { countryNameMatches, parseSearchQuery, toQueryWords, type QueryWord } from '../../view-state/search.ts';
import { setBit, setRange, type Bitset } from './bitset.ts';
import { ensureTextIndex, eventIndexOf, type ColumnarIndex } from './columnar-index.ts';
import { countPerRange } from './range-counts.ts';
import { matchQuery } from '../text/text-index.ts';
import type { Workspace } from './workspace.ts';

/**
 * One facet's filter compiled to bitsets: over statement positions, and over
 * events for the event-level rules. null means the facet is not set (every
 * record passes). `key` names the filter value, so an unchanged facet can
 * reuse its masks from the previous query.
 */
export type FacetMask = {
  key: string;
  statements: Bitset | null;
  events: Bitset | null;
  /**
   * The statement mask keeps whole events only (it is `events` spread over
   * their statements), so per-event totals can stand in for statement counts.
   */
  wholeEvents: boolean;
};

type Masks = Omit<FacetMask, 'key'>;

const OPEN: Masks = { statements: null, events: null, wholeEvents: true };

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

export type FacetKeys = {
  countries: string;
  themes: string;
  speakers: string;
  events: string;
  dates: string;
  search: string;
};

/** Canonical names of each facet's filter value (order and duplicates ignored). */
export function facetKeys(filters: Filters): FacetKeys {
  const countries = distinctSorted(filters.countries);
  return {
    countries: countries.length === 0 ? '' : `${filters.includeMentions ? 'm' : 'p'}:${countries.join(',')}`,
    themes: distinctSorted(filters.themes).join('\u0000'),
    speakers: distinctSorted(filters.speakers).join('\u0000'),
    events: distinctSorted(filters.events).join('\u0000'),
    dates: filters.from === null && filters.to === null ? '' : `${filters.from ?? ''}\u0000${filters.to ?? ''}`,
    search: parseSearchQuery(filters.search).join('\u0000'),
  };
}

export function countryMask(index: ColumnarIndex, filters: Filters, ws: Workspace): Masks {
  if (filters.countries.length === 0) return OPEN;
  const statements = ws.bitset(index.statementCount);
  const events = ws.bitset(index.eventCount);
  const { countryEvents, countryMentions, eventBounds, eventOf } = index;
  for (const code of new Set(filters.countries)) {
    const country = index.countryIdByCode.get(code);
    if (country === undefined) continue;
    for (let i = countryEvents.offsets[country]!; i < countryEvents.offsets[country + 1]!; i += 1) {
      const e = countryEvents.values[i]!;
      setRange(statements, eventBounds[e]!, eventBounds[e + 1]!);
      setBit(events, e);
    }
    if (!filters.includeMentions) continue;
    for (let i = countryMentions.offsets[country]!; i < countryMentions.offsets[country + 1]!; i += 1) {
      const p = countryMentions.values[i]!;
      setBit(statements, p);
      setBit(events, eventOf[p]!);
    }
  }
  return { statements, events, wholeEvents: !filters.includeMentions };
}

export function themeMask(index: ColumnarIndex, filters: Filters, ws: Workspace): Masks {
  if (filters.themes.length === 0) return OPEN;
  const statements = ws.bitset(index.statementCount);
  const events = ws.bitset(index.eventCount);
  for (const value of new Set(filters.themes)) {
    const theme = index.themeIdByValue.get(value);
    if (theme === undefined) continue;
    const themeStatements = index.themeStatements[theme]!;
    for (let w = 0; w < statements.length; w += 1) statements[w]! |= themeStatements[w]!;
    const themeEvents = index.themeEvents[theme]!;
    for (let w = 0; w < events.length; w += 1) events[w]! |= themeEvents[w]!;
  }
  return { statements, events, wholeEvents: false };
}

/** Statements by the selected speakers. Events follow from `spokenMask`. */
export function speakerMask(index: ColumnarIndex, filters: Filters, ws: Workspace): Masks {
  if (filters.speakers.length === 0) return OPEN;
  const statements = ws.bitset(index.statementCount);
  const { speakerStatements } = index;
  for (const value of new Set(filters.speakers)) {
    const speaker = index.speakerIdByValue.get(value);
    if (speaker === undefined) continue;
    for (let i = speakerStatements.offsets[speaker]!; i < speakerStatements.offsets[speaker + 1]!; i += 1) {
      setBit(statements, speakerStatements.values[i]!);
    }
  }
  return { statements, events: null, wholeEvents: false };
}

export function eventMask(index: ColumnarIndex, filters: Filters, ws: Workspace): Masks {
  if (filters.events.length === 0) return OPEN;
  const statements = ws.bitset(index.statementCount);
  const events = ws.bitset(index.eventCount);
  for (const id of new Set(filters.events)) {
    const e = eventIndexOf(index, id);
    if (e === undefined) continue;
    setRange(statements, index.eventBounds[e]!, index.eventBounds[e + 1]!);
    setBit(events, e);
  }
  return { statements, events, wholeEvents: true };
}

/** First index of `values` (ascending) not less than `value` (strictly greater when `after`). */
function boundOf(values: readonly string[], value: string, after: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value || (after && values[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Events whose [start, end] overlaps [from, to]. Dates are compared as the
 * reference compares them (as strings), through their rank among the
 * corpus's dates, so any bound string gives the same answer.
 */
export function dateMask(index: ColumnarIndex, filters: Filters, ws: Workspace): Masks {
  const { from, to } = filters;
  if (from === null && to === null) return OPEN;
  const statements = ws.bitset(index.statementCount);
  const events = ws.bitset(index.eventCount);
  if (from !== null && to !== null && from > to) return { statements, events, wholeEvents: true };
  const fromRank = from === null ? 0 : boundOf(index.dateValues, from, false);
  const toLimit = to === null ? index.dateValues.length : boundOf(index.dateValues, to, true);
  const { eventStartRank, eventEndRank, eventBounds } = index;
  // Events are in start-date order, so the `start <= to` side is a prefix.
  for (let e = 0; e < index.eventCount && eventStartRank[e]! < toLimit; e += 1) {
    if (eventEndRank[e]! < fromRank) continue;
    setRange(statements, eventBounds[e]!, eventBounds[e + 1]!);
    setBit(events, e);
  }
  return { statements, events, wholeEvents: true };
}

export function searchMask(index: ColumnarIndex, filters: Filters, ws: Workspace): Masks {
  const words = parseSearchQuery(filters.search);
  if (words.length === 0) return OPEN;
  const mentioning = (query: QueryWord, bits: Bitset) => orMentionsOfCountriesNamed(index, query, bits);
  return {
    statements: matchQuery(ensureTextIndex(index), toQueryWords(words), ws.bitset(index.statementCount), mentioning),
    events: null,
    wholeEvents: false,
  };
}

/** ORs in the statements that mention a country whose name matches the query word ("afghanistan" → AFG). */
function orMentionsOfCountriesNamed(index: ColumnarIndex, query: QueryWord, bits: Bitset): void {
  const { offsets, values } = index.countryMentions;
  for (let country = 0; country < index.countryCodes.length; country += 1) {
    if (offsets[country] === offsets[country + 1] || !countryNameMatches(countryName(index.countryCodes[country]!), query)) continue;
    for (let i = offsets[country]!; i < offsets[country + 1]!; i += 1) setBit(bits, values[i]!);
  }
}

/**
 * The event-level speaker and search rule: an event passes when one of its
 * statements matches both the speaker and the search filters.
 */
export function spokenMask(index: ColumnarIndex, speakers: Masks, search: Masks, ws: Workspace): Masks {
  if (speakers.statements === null && search.statements === null) return OPEN;
  const perEvent = countPerRange(
    speakers.statements,
    search.statements,
    index.eventBounds,
    ws.scratch('spoken-per-event', index.eventCount),
  );
  const events = ws.bitset(index.eventCount);
  for (let e = 0; e < index.eventCount; e += 1) if (perEvent[e]! > 0) setBit(events, e);
  return { statements: null, events, wholeEvents: false };
}
