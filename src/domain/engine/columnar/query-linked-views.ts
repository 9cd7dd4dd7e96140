import {
  FILTERS_IGNORED_BY_VIEW as IGNORED,
  UNTHEMED,
  type CountryTally,
  type FacetCount,
  type LinkedViews,
  type LinkedViewsQuery,
  type ThemeDaySeries,
} from '../contract.ts';
import type { Facet, SortOrder } from '../../view-state/filters.ts';
import { andInto, anyAnd, countAnd, countBits, hasBit, type Bitset } from './bitset.ts';
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
import { createFacetMemo, sortFacetCounts, type FacetMemo, type ValueOrder } from './facet-order.ts';
import { countPerRange } from './range-counts.ts';
import { Workspace } from './workspace.ts';

/**
 * Results of the last query, by the filter values they were computed from.
 * A query looks here first, so when one filter changes only the masks and
 * views that depend on it are recomputed. Only the latest query's entries
 * are kept.
 */
export type QueryCache = {
  previous: Map<string, unknown>;
  current: Map<string, unknown>;
  workspace: Workspace;
  /** The index the cached results belong to; another index starts afresh. */
  index: ColumnarIndex | null;
};

export function createQueryCache(): QueryCache {
  return { previous: new Map(), current: new Map(), workspace: new Workspace(), index: null };
}

/** Ends a query: drops entries it did not use and recycles their bitsets. */
function settle(cache: QueryCache): void {
  const live = new Set<Uint32Array>();
  for (const value of cache.current.values()) {
    if (value instanceof Uint32Array) live.add(value);
    else if (value !== null && typeof value === 'object' && 'statements' in value && 'events' in value) {
      const { statements, events } = value;
      if (statements instanceof Uint32Array) live.add(statements);
      if (events instanceof Uint32Array) live.add(events);
    }
  }
  cache.workspace.recycle(live);
  cache.previous = cache.current;
  cache.current = new Map();
}

function cached<T>(cache: QueryCache, key: string, compute: () => T): T {
  if (cache.current.has(key)) return cache.current.get(key) as T;
  const value = cache.previous.has(key) ? (cache.previous.get(key) as T) : compute();
  cache.current.set(key, value);
  return value;
}

/** A combined mask; `wholeEvents` when every facet in it keeps whole events. */
type Masks = { key: string; bits: Bitset | null; wholeEvents: boolean };

function combine(cache: QueryCache, index: ColumnarIndex, kind: 'statements' | 'events', parts: FacetMask[]): Masks {
  const key = `${kind}:${parts.map((part) => part.key).join('\u0002')}`;
  const bits = cached(cache, key, (): Bitset | null => {
    const set = parts.map((part) => part[kind]).filter((bits): bits is Bitset => bits !== null);
    // One set facet: its own mask serves, no copy.
    if (set.length <= 1) return set[0] ?? null;
    const result = cache.workspace.bitset(kind === 'statements' ? index.statementCount : index.eventCount);
    result.set(set[0]!);
    for (let i = 1; i < set.length; i += 1) andInto(result, set[i]!);
    return result;
  });
  return { key, bits, wholeEvents: parts.every((part) => part.statements === null || part.wholeEvents) };
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
        if ((word | 0) === -1) {
          // A full word (common: country, event and date masks keep whole events).
          for (let p = w << 5, end = p + 32; p < end; p += 1) out[k++] = corpusIndexOf[p]!;
          continue;
        }
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

type CountryCounts = { events: Uint32Array; statements: Uint32Array };

/**
 * Per country, the events (under an event mask) and statements (under a
 * statement mask) it took part in: one pass over the events, skipping those
 * neither mask keeps.
 */
function countryCounts(index: ColumnarIndex, statements: Bitset | null, events: Bitset | null, ws: Workspace): CountryCounts {
  const perEvent = countPerRange(statements, null, index.eventBounds, ws.scratch('country-per-event', index.eventCount));
  const { eventCountries } = index;
  const eventCounts = new Uint32Array(index.countryCodes.length);
  const statementCounts = new Uint32Array(index.countryCodes.length);
  for (let e = 0; e < index.eventCount; e += 1) {
    const inEvents = events === null || (events[e >>> 5]! & (1 << (e & 31))) !== 0;
    const count = perEvent[e]!;
    if (!inEvents && count === 0) continue;
    for (let i = eventCountries.offsets[e]!; i < eventCountries.offsets[e + 1]!; i += 1) {
      const country = eventCountries.values[i]!;
      if (inEvents) eventCounts[country]! += 1;
      statementCounts[country]! += count;
    }
  }
  return { events: eventCounts, statements: statementCounts };
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

function tallyCountries(index: ColumnarIndex, statements: Bitset | null, counts: CountryCounts): CountryTally[] {
  const tallies: CountryTally[] = [];
  for (let c = 0; c < index.countryCodes.length; c += 1) {
    const mentions = countPositions(index.countryMentions, c, statements);
    const events = counts.events[c]!;
    const statementCount = counts.statements[c]!;
    if (events === 0 && statementCount === 0 && mentions === 0) continue;
    tallies.push({ code: index.countryCodes[c]! as CountryTally['code'], events, statements: statementCount, mentions });
  }
  return tallies.sort(
    (a, b) => b.events - a.events || b.statements - a.statements || b.mentions - a.mentions || (a.code < b.code ? -1 : 1),
  );
}

/**
 * Adds each event of `events` (null: every event) to the flat timeline
 * cells (series-major), or with `remove` subtracts each event *not* in it.
 */
function addEventCells(
  index: ColumnarIndex,
  events: Bitset | null,
  remove: boolean,
  eventFlat: Uint32Array,
  statementFlat: Uint32Array | null,
): void {
  const blocks = index.blockDates.length;
  const themeCount = index.themeIds.length;
  const { eventThemes, eventThemeStatements, unthemedPerEvent, eventBlock, eventCount } = index;
  const themeOffsets = eventThemes.offsets;
  const themeValues = eventThemes.values;
  const unthemedBase = themeCount * blocks;
  const step = remove ? -1 : 1;
  const eventWords = (eventCount + 31) >>> 5;
  for (let w = 0; w < eventWords; w += 1) {
    const valid = (w << 5) + 32 <= eventCount ? 0xffffffff : 0xffffffff >>> (32 - (eventCount & 31));
    let word = events === null ? valid : (remove ? ~events[w]! : events[w]!) & valid;
    while (word !== 0) {
      const low = word & -word;
      word ^= low;
      const e = (w << 5) + 31 - Math.clz32(low);
      const block = eventBlock[e]!;
      const from = themeOffsets[e]!;
      const to = themeOffsets[e + 1]!;
      if (from === to) eventFlat[unthemedBase + block]! += step;
      for (let i = from; i < to; i += 1) eventFlat[themeValues[i]! * blocks + block]! += step;
      if (statementFlat !== null) {
        for (let i = from; i < to; i += 1) statementFlat[themeValues[i]! * blocks + block]! += step * eventThemeStatements[i]!;
        statementFlat[unthemedBase + block]! += step * unthemedPerEvent[e]!;
      }
    }
  }
}

/**
 * Statements and events per (theme, start date). `events` must be the event
 * set of `statements` when `wholeEvents` (the statement mask keeps whole
 * events: then one pass over the events, adding their precomputed theme
 * counts, gives both series).
 */
function buildTimeline(
  index: ColumnarIndex,
  statements: Bitset | null,
  events: Bitset | null,
  wholeEvents: boolean,
  ws: Workspace,
): ThemeDaySeries {
  const blocks = index.blockDates.length;
  const statementCells = new Map<string, Uint32Array>();
  const eventCells = new Map<string, Uint32Array>();
  const used = ws.scratch('timeline-used', blocks);
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
  const themeCount = index.themeIds.length;
  const series = themeCount + 1; // the last: no theme
  // Flat cells, series-major: one typed array, no closures, in the hot loop.
  const eventFlat = ws.scratch('timeline-events', series * blocks);
  const statementFlat = wholeEvents ? ws.scratch('timeline-statements', series * blocks) : null;
  if (!statementFlat) {
    index.themeStatements.forEach((bits, t) => {
      const counts = countPerRange(statements, bits, index.blockBounds, ws.scratch(`timeline-statements-${t}`, blocks));
      addSeries(statementCells, index.themeIds[t]!, counts);
    });
    if (ws.memo('has-unthemed-statements', () => index.unthemedStatements.some((word) => word !== 0))) {
      const unthemed = ws.scratch(`timeline-statements-${themeCount}`, blocks);
      addSeries(statementCells, UNTHEMED, countPerRange(statements, index.unthemedStatements, index.blockBounds, unthemed));
    }
  }

  // Most events kept: the unfiltered cells (computed once) less the events not kept.
  const selected = events === null ? index.eventCount : countBits(events);
  if (events !== null && selected * 2 > index.eventCount) {
    const whole = ws.memo('timeline-unfiltered-cells', () => {
      const eventCells = new Uint32Array(series * blocks);
      const statementCells = new Uint32Array(series * blocks);
      addEventCells(index, null, false, eventCells, statementCells);
      return { eventCells, statementCells };
    });
    eventFlat.set(whole.eventCells);
    if (statementFlat !== null) statementFlat.set(whole.statementCells);
    addEventCells(index, events, true, eventFlat, statementFlat);
  }
  else addEventCells(index, events, false, eventFlat, statementFlat);
  const keyOf = (t: number) => (t === themeCount ? UNTHEMED : index.themeIds[t]!);
  for (let t = 0; t < series; t += 1) {
    if (statementFlat !== null) addSeries(statementCells, keyOf(t), statementFlat.subarray(t * blocks, (t + 1) * blocks));
    addSeries(eventCells, keyOf(t), eventFlat.subarray(t * blocks, (t + 1) * blocks));
  }

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

function facetMemo(ws: Workspace, facet: string, size: number): FacetMemo {
  return ws.memo(`facet-entries:${facet}`, () => createFacetMemo(size));
}

function themeFacet(index: ColumnarIndex, statements: Bitset | null): FacetCount[] {
  const counts = index.themeStatements.map((bits, t) => (statements === null ? index.themeTotals[t]! : countAnd(statements, bits)));
  return sortFacetCounts(Uint32Array.from(counts), index.themeIds, null);
}

function speakerFacet(index: ColumnarIndex, statements: Bitset | null, ws: Workspace): FacetCount[] {
  // Slot 0 counts statements without a speaker and is dropped.
  const counts = ws.scratch('speaker-counts', index.speakerIds.length + 1);
  const { speakerOf } = index;
  if (statements === null) {
    const { offsets } = index.speakerStatements;
    for (let s = 0; s < index.speakerIds.length; s += 1) counts[s + 1] = offsets[s + 1]! - offsets[s]!;
  } else {
    // Visiting each match beats counting runs of one speaker by rank, even
    // for masks holding most statements (measured at 1M statements).
    for (let w = 0; w < statements.length; w += 1) {
      let word = statements[w]!;
      if (word === 0xffffffff) {
        for (let p = w << 5, end = p + 32; p < end; p += 1) counts[speakerOf[p]!]! += 1;
        continue;
      }
      while (word !== 0) {
        const low = word & -word;
        counts[speakerOf[(w << 5) + 31 - Math.clz32(low)]!]! += 1;
        word ^= low;
      }
    }
  }
  return sortFacetCounts(
    counts.subarray(1),
    index.speakerIds,
    valueOrder(ws, 'speakers', index.speakerIds, index.speakersById),
    facetMemo(ws, 'speakers', index.speakerIds.length),
  );
}

/** The facet's values in value order, with the ids in that order. */
function valueOrder(ws: Workspace, facet: string, values: readonly string[], byValue: Uint32Array): ValueOrder {
  return ws.memo(`value-order:${facet}`, () => ({ byValue, values: Array.from(byValue, (i) => values[i]!) }));
}

function eventFacet(index: ColumnarIndex, statements: Bitset | null, wholeEvents: boolean, ws: Workspace): FacetCount[] {
  if (statements !== null && wholeEvents) {
    // The mask keeps whole events, so each kept event counts all its
    // statements, as unfiltered: the result is the unfiltered one, less the
    // events not kept (an event is kept when its first statement is).
    const unfiltered = ws.memo('event-facet-unfiltered', () => {
      const idsOut: { ids: Uint32Array | null } = { ids: null };
      return { entries: unfilteredEventFacet(index, ws, idsOut), ids: idsOut.ids };
    });
    const { entries, ids } = unfiltered;
    if (ids !== null) {
      const { eventBounds } = index;
      const result: FacetCount[] = [];
      for (let i = 0; i < ids.length; i += 1) {
        const first = eventBounds[ids[i]!]!;
        if ((statements[first >>> 5]! & (1 << (first & 31))) !== 0) result.push(entries[i]!);
      }
      return result;
    }
  }
  const counts = countPerRange(statements, null, index.eventBounds, ws.scratch('event-counts', index.eventCount));
  return sortFacetCounts(counts, index.eventIds, valueOrder(ws, 'events', index.eventIds, index.eventsById), facetMemo(ws, 'events', index.eventCount));
}

function unfilteredEventFacet(index: ColumnarIndex, ws: Workspace, idsOut: { ids: Uint32Array | null }): FacetCount[] {
  const counts = countPerRange(null, null, index.eventBounds, new Uint32Array(index.eventCount));
  return sortFacetCounts(counts, index.eventIds, valueOrder(ws, 'events', index.eventIds, index.eventsById), undefined, idsOut);
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
 * engine (src/domain/engine/reference/linked-views.ts) computes them. Pass the same cache on
 * each call to recompute only what a filter change touches; results taken
 * from the cache are shared between calls, so treat them as read-only.
 */
export function queryLinkedViews(
  index: ColumnarIndex,
  query: LinkedViewsQuery,
  cache: QueryCache = createQueryCache(),
): LinkedViews {
  const { filters, sort } = query;
  if (cache.index !== index) Object.assign(cache, createQueryCache(), { index });
  const keys = facetKeys(filters);
  const mask = (name: string, key: string, compute: () => Omit<FacetMask, 'key'>): FacetMask => {
    const namespaced = `${name}=${key}`;
    return { key: namespaced, ...cached(cache, namespaced, compute) };
  };
  const ws = cache.workspace;
  const countries = mask('countries', keys.countries, () => countryMask(index, filters, ws));
  const themes = mask('themes', keys.themes, () => themeMask(index, filters, ws));
  const speakers = mask('speakers', keys.speakers, () => speakerMask(index, filters, ws));
  const events = mask('events', keys.events, () => eventMask(index, filters, ws));
  const dates = mask('dates', keys.dates, () => dateMask(index, filters, ws));
  const search = mask('search', keys.search, () => searchMask(index, filters, ws));
  const spoken = mask('spoken', `${keys.speakers}\u0001${keys.search}`, () => spokenMask(index, speakers, search, ws));

  const statementsOf = (parts: FacetMask[]) => combine(cache, index, 'statements', parts);
  const eventsOf = (parts: FacetMask[]) => combine(cache, index, 'events', parts);
  // Each part names the filters it stands for; a view drops the parts of the
  // filters it ignores (FILTERS_IGNORED_BY_VIEW). An event matches the speaker
  // and search filters together (through one of its statements), so `spoken`
  // stands for both.
  const statementParts: Array<[readonly Facet[], FacetMask]> = [
    [['countries'], countries], [['themes'], themes], [['speakers'], speakers],
    [['events'], events], [['dates'], dates], [['search'], search],
  ];
  const eventParts: Array<[readonly Facet[], FacetMask]> = [
    [['countries'], countries], [['themes'], themes], [['events'], events], [['dates'], dates], [['speakers', 'search'], spoken],
  ];
  const kept = (parts: Array<[readonly Facet[], FacetMask]>, ignored: readonly Facet[]): FacetMask[] =>
    parts.filter(([facets]) => !facets.some((facet) => ignored.includes(facet))).map(([, part]) => part);
  const statementsIgnoring = (view: keyof typeof IGNORED | null) => statementsOf(kept(statementParts, view === null ? [] : IGNORED[view]));
  const eventsIgnoring = (view: keyof typeof IGNORED | null) => eventsOf(kept(eventParts, view === null ? [] : IGNORED[view]));
  const all = statementsIgnoring(null);
  const allEvents = eventsIgnoring(null);
  const exceptCountries = statementsIgnoring('map');
  const exceptCountriesEvents = eventsIgnoring('map');
  const exceptThemesDates = statementsIgnoring('timeline');
  const exceptThemesDatesEvents = eventsIgnoring('timeline');
  const exceptThemes = statementsIgnoring('themeFacet');
  const exceptSpeakers = statementsIgnoring('speakerFacet');
  const exceptEvents = statementsIgnoring('eventFacet');

  // A view whose inputs are all unfiltered is the same for the engine's
  // lifetime: computed once, like an index.
  const view = <T>(name: string, inputs: Masks[], extra: string, compute: () => T): T => {
    const key = `view:${name}=${inputs.map((input) => input.key).join('|')}|${extra}`;
    const unfiltered = inputs.every((input) => input.bits === null);
    return cached(cache, key, () => (unfiltered ? ws.memo(`view:${name}|${extra}`, compute) : compute()));
  };
  const perCountry = view('country-counts', [exceptCountries, exceptCountriesEvents], '', () =>
    countryCounts(index, exceptCountries.bits, exceptCountriesEvents.bits, ws),
  );
  const views: LinkedViews = {
    matchingStatements: view('list', [all], sort, () => listMatches(index, all.bits, sort)),
    totals: view('totals', [all, allEvents], '', () => computeTotals(index, all.bits, allEvents.bits)),
    countries: view('countries', [exceptCountries, exceptCountriesEvents], '', () =>
      tallyCountries(index, exceptCountries.bits, perCountry),
    ),
    timeline: view('timeline', [exceptThemesDates, exceptThemesDatesEvents], '', () =>
      buildTimeline(index, exceptThemesDates.bits, exceptThemesDatesEvents.bits, exceptThemesDates.wholeEvents, ws),
    ),
    facets: {
      countries: view('country-facet', [exceptCountries, exceptCountriesEvents], String(filters.includeMentions), () =>
        countryFacet(index, exceptCountries.bits, perCountry.statements, filters.includeMentions),
      ),
      themes: view('theme-facet', [exceptThemes], '', () => themeFacet(index, exceptThemes.bits)),
      speakers: view('speaker-facet', [exceptSpeakers], '', () => speakerFacet(index, exceptSpeakers.bits, ws)),
      events: view('event-facet', [exceptEvents], '', () => eventFacet(index, exceptEvents.bits, exceptEvents.wholeEvents, ws)),
    },
  };
  // Keep only what this query used: memory stays at one query's worth.
  settle(cache);
  return views;
}
