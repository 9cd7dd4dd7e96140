import { UNTHEMED } from '../corpus-index.ts';
import type { CountryTally, FacetCount, LinkedViews, LinkedViewsQuery, ThemeDaySeries } from '../linked-views.ts';
import type { SortOrder } from '../filters.ts';
import { anyAnd, countAnd, countBits, hasBit, intersectAll, rankAt, rankIndex, type Bitset } from './bitset.ts';
import type { ColumnarIndex } from './columnar-index.ts';
import {
  countryMask,
  dateMask,
  eventMask,
  facetKeys,
  searchMask,
  speakerMask,
  spokenMask,
  themeMask,
  type FacetMask,
} from './facet-masks.ts';
import { sortFacetCounts } from './facet-order.ts';
import { countPerRange } from './range-counts.ts';

/**
 * Results of the last query, by the filter values they were computed from.
 * A query looks here first, so when one filter changes only the masks and
 * views that depend on it are recomputed. Only the latest query's entries
 * are kept.
 */
export type QueryCache = { previous: Map<string, unknown>; current: Map<string, unknown> };

export function createQueryCache(): QueryCache {
  return { previous: new Map(), current: new Map() };
}

function cached<T>(cache: QueryCache, key: string, compute: () => T): T {
  if (cache.current.has(key)) return cache.current.get(key) as T;
  const value = cache.previous.has(key) ? (cache.previous.get(key) as T) : compute();
  cache.current.set(key, value);
  return value;
}

type Masks = { key: string; bits: Bitset | null };

function combine(cache: QueryCache, index: ColumnarIndex, kind: 'statements' | 'events', parts: FacetMask[]): Masks {
  const key = `${kind}:${parts.map((part) => part.key).join('\u0002')}`;
  const bits = cached(cache, key, () =>
    intersectAll(
      parts.map((part) => part[kind]).filter((bits): bits is Bitset => bits !== null),
      kind === 'statements' ? index.statementCount : index.eventCount,
    ),
  );
  return { key, bits };
}

/** Corpus indices of the matches in list order: date, then corpus order. */
function listMatches(index: ColumnarIndex, all: Bitset | null, sort: SortOrder): Uint32Array {
  const { blockBounds, blockInListOrder, listPositions, corpusIndexOf } = index;
  const out = new Uint32Array(all === null ? index.statementCount : countBits(all));
  let k = 0;
  const blocks = blockInListOrder.length;
  for (let i = 0; i < blocks; i += 1) {
    const b = sort === 'date-asc' ? i : blocks - 1 - i;
    const from = blockBounds[b]!;
    const to = blockBounds[b + 1]!;
    if (from === to) continue;
    if (!blockInListOrder[b]) {
      for (let j = from; j < to; j += 1) {
        const p = listPositions![j]!;
        if (all === null || hasBit(all, p)) out[k++] = corpusIndexOf[p]!;
      }
    } else if (all === null) {
      for (let p = from; p < to; p += 1) out[k++] = corpusIndexOf[p]!;
    } else {
      const first = from >>> 5;
      const last = (to - 1) >>> 5;
      for (let w = first; w <= last; w += 1) {
        let word = all[w]!;
        if (w === first) word &= ~0 << (from & 31);
        if (w === last) word &= ~0 >>> (31 - ((to - 1) & 31));
        while (word !== 0) {
          const low = word & -word;
          out[k++] = corpusIndexOf[(w << 5) + 31 - Math.clz32(low)]!;
          word ^= low;
        }
      }
    }
  }
  return out;
}

function computeTotals(index: ColumnarIndex, all: Bitset | null, events: Bitset | null): LinkedViews['totals'] {
  let themes = 0;
  index.themeStatements.forEach((bits, t) => {
    if (all === null ? index.themeTotals[t]! > 0 : anyAnd(all, bits)) themes += 1;
  });
  let countries = 0;
  const { countryEvents } = index;
  for (let c = 0; c < index.countryCodes.length; c += 1) {
    for (let i = countryEvents.offsets[c]!; i < countryEvents.offsets[c + 1]!; i += 1) {
      if (events === null || hasBit(events, countryEvents.values[i]!)) {
        countries += 1;
        break;
      }
    }
  }
  return {
    statements: all === null ? index.statementCount : countBits(all),
    events: events === null ? index.eventCount : countBits(events),
    countries,
    themes,
  };
}

/** Statements per country whose event lists it, under a statement mask. */
function participantStatementCounts(index: ColumnarIndex, statements: Bitset | null): Uint32Array {
  const perEvent = countPerRange(statements, null, index.eventBounds);
  const { countryEvents } = index;
  const counts = new Uint32Array(index.countryCodes.length);
  for (let c = 0; c < counts.length; c += 1) {
    let total = 0;
    for (let i = countryEvents.offsets[c]!; i < countryEvents.offsets[c + 1]!; i += 1) total += perEvent[countryEvents.values[i]!]!;
    counts[c] = total;
  }
  return counts;
}

function countPositions(rows: ColumnarIndex['countryMentions'], row: number, mask: Bitset | null): number {
  const from = rows.offsets[row]!;
  const to = rows.offsets[row + 1]!;
  if (mask === null) return to - from;
  let total = 0;
  for (let i = from; i < to; i += 1) {
    const p = rows.values[i]!;
    if ((mask[p >>> 5]! & (1 << (p & 31))) !== 0) total += 1;
  }
  return total;
}

function tallyCountries(
  index: ColumnarIndex,
  statements: Bitset | null,
  participantStatements: Uint32Array,
  events: Bitset | null,
): CountryTally[] {
  const tallies: CountryTally[] = [];
  const { countryEvents } = index;
  for (let c = 0; c < index.countryCodes.length; c += 1) {
    let eventCount = 0;
    const from = countryEvents.offsets[c]!;
    const to = countryEvents.offsets[c + 1]!;
    if (events === null) eventCount = to - from;
    else for (let i = from; i < to; i += 1) if (hasBit(events, countryEvents.values[i]!)) eventCount += 1;
    const mentions = countPositions(index.countryMentions, c, statements);
    const statementCount = participantStatements[c]!;
    if (eventCount === 0 && statementCount === 0 && mentions === 0) continue;
    tallies.push({ code: index.countryCodes[c]! as CountryTally['code'], events: eventCount, statements: statementCount, mentions });
  }
  return tallies.sort(
    (a, b) => b.events - a.events || b.statements - a.statements || b.mentions - a.mentions || (a.code < b.code ? -1 : 1),
  );
}

function buildTimeline(index: ColumnarIndex, statements: Bitset | null, events: Bitset | null): ThemeDaySeries {
  const blocks = index.blockDates.length;
  const statementCells = new Map<string, Uint32Array>();
  const eventCells = new Map<string, Uint32Array>();
  const used = new Uint8Array(blocks);
  const addSeries = (cells: Map<string, Uint32Array>, key: string, counts: Uint32Array) => {
    let any = false;
    for (let b = 0; b < blocks; b += 1) {
      if (counts[b] === 0) continue;
      any = true;
      used[b] = 1;
    }
    if (!any) return;
    const existing = cells.get(key);
    if (existing) for (let b = 0; b < blocks; b += 1) existing[b]! += counts[b]!;
    else cells.set(key, counts);
  };
  index.themeStatements.forEach((bits, t) => {
    addSeries(statementCells, index.themeIds[t]!, countPerRange(statements, bits, index.blockBounds));
  });
  addSeries(statementCells, UNTHEMED, countPerRange(statements, index.unthemedStatements, index.blockBounds));

  const themeCount = index.themeIds.length;
  const perTheme = Array.from({ length: themeCount + 1 }, () => new Uint32Array(blocks));
  const { eventThemes, eventBlock } = index;
  for (let e = 0; e < index.eventCount; e += 1) {
    if (events !== null && !hasBit(events, e)) continue;
    const block = eventBlock[e]!;
    const from = eventThemes.offsets[e]!;
    const to = eventThemes.offsets[e + 1]!;
    if (from === to) perTheme[themeCount]![block]! += 1;
    for (let i = from; i < to; i += 1) perTheme[eventThemes.values[i]!]![block]! += 1;
  }
  perTheme.forEach((counts, t) => addSeries(eventCells, t === themeCount ? UNTHEMED : index.themeIds[t]!, counts));

  const usedBlocks: number[] = [];
  for (let b = 0; b < blocks; b += 1) if (used[b]) usedBlocks.push(b);
  const align = (cells: Map<string, Uint32Array>): Record<string, number[]> => {
    const result: Record<string, number[]> = {};
    for (const key of [...cells.keys()].sort()) {
      const counts = cells.get(key)!;
      result[key] = usedBlocks.map((b) => counts[b]!);
    }
    return result;
  };
  return {
    dates: usedBlocks.map((b) => index.blockDates[b]!),
    statements: align(statementCells),
    events: align(eventCells),
  };
}

function themeFacet(index: ColumnarIndex, statements: Bitset | null): FacetCount[] {
  const counts = index.themeStatements.map((bits, t) => (statements === null ? index.themeTotals[t]! : countAnd(statements, bits)));
  return sortFacetCounts(Uint32Array.from(counts), index.themeIds, null);
}

function speakerFacet(index: ColumnarIndex, statements: Bitset | null): FacetCount[] {
  const counts = new Uint32Array(index.speakerIds.length);
  if (statements === null) {
    const { offsets } = index.speakerStatements;
    for (let s = 0; s < counts.length; s += 1) counts[s] = offsets[s + 1]! - offsets[s]!;
  } else {
    const rank = rankIndex(statements);
    const { speakerRunStarts, speakerRunEnds, speakerRunSpeakers } = index;
    for (let r = 0; r < speakerRunStarts.length; r += 1) {
      const count = rankAt(statements, rank, speakerRunEnds[r]!) - rankAt(statements, rank, speakerRunStarts[r]!);
      counts[speakerRunSpeakers[r]!]! += count;
    }
  }
  return sortFacetCounts(counts, index.speakerIds, index.speakersById);
}

function eventFacet(index: ColumnarIndex, statements: Bitset | null): FacetCount[] {
  return sortFacetCounts(countPerRange(statements, null, index.eventBounds), index.eventIds, index.eventsById);
}

function countryFacet(
  index: ColumnarIndex,
  statements: Bitset | null,
  participantStatements: Uint32Array,
  includeMentions: boolean,
): FacetCount[] {
  const counts = Uint32Array.from(participantStatements);
  if (includeMentions) {
    for (let c = 0; c < counts.length; c += 1) counts[c]! += countPositions(index.countryMentionsOnly, c, statements);
  }
  return sortFacetCounts(counts, index.countryCodes, null);
}

/**
 * The linked views for one state of the filters, exactly as the reference
 * engine (src/domain/linked-views.ts) computes them. Pass the same cache on
 * each call to recompute only what a filter change touches; results taken
 * from the cache are shared between calls, so treat them as read-only.
 */
export function queryLinkedViews(
  index: ColumnarIndex,
  query: LinkedViewsQuery,
  cache: QueryCache = createQueryCache(),
): LinkedViews {
  const { filters, sort } = query;
  const keys = facetKeys(filters);
  const mask = (name: string, key: string, compute: () => Omit<FacetMask, 'key'>): FacetMask => {
    const namespaced = `${name}=${key}`;
    return { key: namespaced, ...cached(cache, namespaced, compute) };
  };
  const countries = mask('countries', keys.countries, () => countryMask(index, filters));
  const themes = mask('themes', keys.themes, () => themeMask(index, filters));
  const speakers = mask('speakers', keys.speakers, () => speakerMask(index, filters));
  const events = mask('events', keys.events, () => eventMask(index, filters));
  const dates = mask('dates', keys.dates, () => dateMask(index, filters));
  const search = mask('search', keys.search, () => searchMask(index, filters));
  const spoken = mask('spoken', `${keys.speakers}\u0001${keys.search}`, () => spokenMask(index, speakers, search));

  const statementsOf = (parts: FacetMask[]) => combine(cache, index, 'statements', parts);
  const eventsOf = (parts: FacetMask[]) => combine(cache, index, 'events', parts);
  const all = statementsOf([countries, themes, speakers, events, dates, search]);
  const allEvents = eventsOf([countries, themes, events, dates, spoken]);
  const exceptCountries = statementsOf([themes, speakers, events, dates, search]);
  const exceptCountriesEvents = eventsOf([themes, events, dates, spoken]);
  const exceptThemesDates = statementsOf([countries, speakers, events, search]);
  const exceptThemesDatesEvents = eventsOf([countries, events, spoken]);
  const exceptThemes = statementsOf([countries, speakers, events, dates, search]);
  const exceptSpeakers = statementsOf([countries, themes, events, dates, search]);
  const exceptEvents = statementsOf([countries, themes, speakers, dates, search]);

  const view = <T>(name: string, key: string, compute: () => T): T => cached(cache, `view:${name}=${key}`, compute);
  const participantStatements = view('participant-statements', exceptCountries.key, () =>
    participantStatementCounts(index, exceptCountries.bits),
  );
  const views: LinkedViews = {
    matchingStatements: view('list', `${all.key}|${sort}`, () => listMatches(index, all.bits, sort)),
    totals: view('totals', `${all.key}|${allEvents.key}`, () => computeTotals(index, all.bits, allEvents.bits)),
    countries: view('countries', `${exceptCountries.key}|${exceptCountriesEvents.key}`, () =>
      tallyCountries(index, exceptCountries.bits, participantStatements, exceptCountriesEvents.bits),
    ),
    timeline: view('timeline', `${exceptThemesDates.key}|${exceptThemesDatesEvents.key}`, () =>
      buildTimeline(index, exceptThemesDates.bits, exceptThemesDatesEvents.bits),
    ),
    facets: {
      countries: view('country-facet', `${exceptCountries.key}|${filters.includeMentions}`, () =>
        countryFacet(index, exceptCountries.bits, participantStatements, filters.includeMentions),
      ),
      themes: view('theme-facet', exceptThemes.key, () => themeFacet(index, exceptThemes.bits)),
      speakers: view('speaker-facet', exceptSpeakers.key, () => speakerFacet(index, exceptSpeakers.bits)),
      events: view('event-facet', exceptEvents.key, () => eventFacet(index, exceptEvents.bits)),
    },
  };
  // Keep only what this query used: memory stays at one query's worth.
  cache.previous = cache.current;
  cache.current = new Map();
  return views;
}
