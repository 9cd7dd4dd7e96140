import type { CountryCode, IsoDate } from '../../corpus/corpus-schema.ts';
import type { CorpusIndex, IndexedEvent, IndexedStatement } from './corpus-index.ts';
import { FILTERS_IGNORED_BY_VIEW as IGNORED, UNTHEMED, type CountryTally, type FacetCount, type LinkedViews, type LinkedViewsQuery, type ThemeDaySeries } from '../contract.ts';
import { withoutFacets, type Filters, type SortOrder } from '../../view-state/filters.ts';
import { countryName } from '../../corpus/countries.ts';
import { countryNameMatches, parseSearchQuery, toQueryWords, wordMatches, type QueryWord } from '../../view-state/search.ts';

/** A compiled form of the filters, so each record is tested cheaply. */
export type Predicate = {
  countries: ReadonlySet<string>;
  includeMentions: boolean;
  themes: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
  events: ReadonlySet<string>;
  from: IsoDate | null;
  to: IsoDate | null;
  searchWords: readonly QueryWord[];
};

export function compile(filters: Filters): Predicate {
  return {
    countries: new Set(filters.countries),
    includeMentions: filters.includeMentions,
    themes: new Set(filters.themes),
    speakers: new Set(filters.speakers),
    events: new Set(filters.events),
    from: filters.from,
    to: filters.to,
    searchWords: toQueryWords(parseSearchQuery(filters.search)),
  };
}

function eventInDateRange(event: IndexedEvent, p: Predicate): boolean {
  // A range that ends before it starts is empty: nothing overlaps it, not
  // even an event spanning both bounds.
  if (p.from !== null && p.to !== null && p.from > p.to) return false;
  return (p.from === null || event.end >= p.from) && (p.to === null || event.start <= p.to);
}

function matchesWord(statement: IndexedStatement, query: QueryWord): boolean {
  if (statement.words.some((word, i) => wordMatches(word, statement.stems[i]!, query))) return true;
  for (const code of statement.mentions) if (countryNameMatches(countryName(code), query)) return true;
  return false;
}

function matchesWords(statement: IndexedStatement, words: readonly QueryWord[]): boolean {
  return words.every((query) => matchesWord(statement, query));
}

function statementMatchesCountry(s: IndexedStatement, event: IndexedEvent, p: Predicate): boolean {
  for (const code of p.countries) {
    if (event.participants.has(code as CountryCode)) return true;
    if (p.includeMentions && s.mentions.has(code as CountryCode)) return true;
  }
  return false;
}

export function statementMatches(index: CorpusIndex, s: IndexedStatement, p: Predicate): boolean {
  const event = index.events[s.eventIndex]!;
  if (p.countries.size > 0 && !statementMatchesCountry(s, event, p)) return false;
  if (p.themes.size > 0 && !s.themes.some((theme) => p.themes.has(theme))) return false;
  if (p.speakers.size > 0 && (s.speakerId === null || !p.speakers.has(s.speakerId))) return false;
  if (p.events.size > 0 && !p.events.has(event.id)) return false;
  if (!eventInDateRange(event, p)) return false;
  if (!matchesWords(s, p.searchWords)) return false;
  return true;
}

export function eventMatches(index: CorpusIndex, event: IndexedEvent, p: Predicate): boolean {
  if (p.events.size > 0 && !p.events.has(event.id)) return false;
  if (!eventInDateRange(event, p)) return false;
  if (p.themes.size > 0 && ![...event.themes].some((theme) => p.themes.has(theme))) return false;
  if (p.countries.size > 0) {
    const participates = [...p.countries].some((code) => event.participants.has(code as CountryCode));
    const mentioned =
      p.includeMentions &&
      event.statements.some((i) => [...p.countries].some((code) => index.statements[i]!.mentions.has(code as CountryCode)));
    if (!participates && !mentioned) return false;
  }
  if (p.speakers.size > 0 || p.searchWords.length > 0) {
    const spoken = event.statements.some((i) => {
      const s = index.statements[i]!;
      const bySpeaker = p.speakers.size === 0 || (s.speakerId !== null && p.speakers.has(s.speakerId));
      return bySpeaker && matchesWords(s, p.searchWords);
    });
    if (!spoken) return false;
  }
  return true;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Descending count, then ascending value: a stable, readable order. */
function toFacetCounts(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function sortStatements(index: CorpusIndex, matches: number[], sort: SortOrder): Uint32Array {
  const direction = sort === 'date-asc' ? 1 : -1;
  matches.sort((a, b) => {
    const sa = index.statements[a]!;
    const sb = index.statements[b]!;
    if (sa.date !== sb.date) return sa.date < sb.date ? -direction : direction;
    return sa.order - sb.order;
  });
  return Uint32Array.from(matches);
}

function tallyCountries(index: CorpusIndex, p: Predicate): CountryTally[] {
  const tallies = new Map<string, CountryTally>();
  const tally = (code: CountryCode): CountryTally => {
    let entry = tallies.get(code);
    if (!entry) {
      entry = { code, events: 0, statements: 0, mentions: 0 };
      tallies.set(code, entry);
    }
    return entry;
  };
  for (const event of index.events) {
    if (eventMatches(index, event, p)) for (const code of event.participants) tally(code).events += 1;
  }
  for (const s of index.statements) {
    if (!statementMatches(index, s, p)) continue;
    for (const code of index.events[s.eventIndex]!.participants) tally(code).statements += 1;
    for (const code of s.mentions) tally(code).mentions += 1;
  }
  return [...tallies.values()].sort(
    (a, b) => b.events - a.events || b.statements - a.statements || b.mentions - a.mentions || (a.code < b.code ? -1 : 1),
  );
}

function buildTimeline(index: CorpusIndex, p: Predicate): ThemeDaySeries {
  const statementCells = new Map<string, Map<IsoDate, number>>();
  const eventCells = new Map<string, Map<IsoDate, number>>();
  const dates = new Set<IsoDate>();
  const statementTotals = new Map<IsoDate, number>();
  const eventTotals = new Map<IsoDate, number>();
  const add = (cells: Map<string, Map<IsoDate, number>>, theme: string, date: IsoDate) => {
    let series = cells.get(theme);
    if (!series) {
      series = new Map();
      cells.set(theme, series);
    }
    series.set(date, (series.get(date) ?? 0) + 1);
    dates.add(date);
  };
  for (const s of index.statements) {
    if (!statementMatches(index, s, p)) continue;
    statementTotals.set(s.date, (statementTotals.get(s.date) ?? 0) + 1);
    if (s.themes.length === 0) add(statementCells, UNTHEMED, s.date);
    for (const theme of s.themes) add(statementCells, theme, s.date);
  }
  for (const event of index.events) {
    if (!eventMatches(index, event, p)) continue;
    eventTotals.set(event.start, (eventTotals.get(event.start) ?? 0) + 1);
    if (event.themes.size === 0) add(eventCells, UNTHEMED, event.start);
    for (const theme of event.themes) add(eventCells, theme, event.start);
  }
  const sortedDates = [...dates].sort();
  const align = (cells: Map<string, Map<IsoDate, number>>): Record<string, number[]> => {
    const result: Record<string, number[]> = {};
    for (const theme of [...cells.keys()].sort()) {
      const series = cells.get(theme)!;
      result[theme] = sortedDates.map((date) => series.get(date) ?? 0);
    }
    return result;
  };
  return {
    dates: sortedDates,
    statements: align(statementCells),
    events: align(eventCells),
    totals: {
      statements: sortedDates.map((date) => statementTotals.get(date) ?? 0),
      events: sortedDates.map((date) => eventTotals.get(date) ?? 0),
    },
  };
}

function facetCounts(
  index: CorpusIndex,
  p: Predicate,
  valuesOf: (s: IndexedStatement) => Iterable<string>,
): FacetCount[] {
  const counts = new Map<string, number>();
  for (const s of index.statements) {
    if (!statementMatches(index, s, p)) continue;
    for (const value of new Set(valuesOf(s))) increment(counts, value);
  }
  return toFacetCounts(counts);
}

/**
 * The reference engine: a direct reading of the matching rules in
 * contract.ts, clear rather than fast. It is the test oracle: the dashboard
 * runs the columnar engine, and tests check that it returns exactly this.
 */
export function computeLinkedViews(index: CorpusIndex, query: LinkedViewsQuery): LinkedViews {
  const { filters } = query;
  const all = compile(filters);

  const matches: number[] = [];
  const themes = new Set<string>();
  for (const s of index.statements) {
    if (!statementMatches(index, s, all)) continue;
    matches.push(s.index);
    for (const theme of s.themes) themes.add(theme);
  }
  const countries = new Set<string>();
  let events = 0;
  for (const event of index.events) {
    if (!eventMatches(index, event, all)) continue;
    events += 1;
    for (const code of event.participants) countries.add(code);
  }

  const ignoring = (view: keyof typeof IGNORED): Predicate => compile(withoutFacets(filters, IGNORED[view]));
  const exceptCountries = ignoring('map');
  const countryFacetValues = (s: IndexedStatement): Iterable<string> => {
    const values = new Set<string>(index.events[s.eventIndex]!.participants);
    if (filters.includeMentions) for (const code of s.mentions) values.add(code);
    return values;
  };

  return {
    matchingStatements: sortStatements(index, matches, query.sort),
    totals: { statements: matches.length, events, countries: countries.size, themes: themes.size },
    countries: tallyCountries(index, exceptCountries),
    timeline: buildTimeline(index, ignoring('timeline')),
    facets: {
      countries: facetCounts(index, ignoring('countryFacet'), countryFacetValues),
      themes: facetCounts(index, ignoring('themeFacet'), (s) => s.themes),
      speakers: facetCounts(index, ignoring('speakerFacet'), (s) =>
        s.speakerId === null ? [] : [s.speakerId],
      ),
      events: facetCounts(index, ignoring('eventFacet'), (s) => [
        index.events[s.eventIndex]!.id,
      ]),
    },
  };
}
