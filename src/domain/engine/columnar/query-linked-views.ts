import { FILTERS_IGNORED_BY_VIEW as IGNORED, type LinkedViews, type LinkedViewsQuery } from '../contract.ts';
import type { Facet, Filters } from '../../view-state/filters.ts';
import { andInto, type Bitset } from './bitset.ts';
import type { ColumnarIndex } from './columnar-index.ts';
import { countryMask, dateMask, eventMask, facetKeys, type FacetMask, searchMask, speakerMask, spokenMask, themeMask } from './facet-masks.ts';
import { Workspace } from './workspace.ts';
import { buildTimeline, computeTotals, countryCounts, listMatches, tallyCountries } from './view-results.ts';
import { countryFacet, eventFacet, speakerFacet, themeFacet } from './facet-results.ts';

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

/**
 * Each filter's masks, and their combinations for a view that ignores some
 * of them (FILTERS_IGNORED_BY_VIEW), read from and kept in `cache`.
 */
function facetParts(index: ColumnarIndex, filters: Filters, cache: QueryCache) {
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
  return { statementsIgnoring, eventsIgnoring };
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
  const ws = cache.workspace;
  const { statementsIgnoring, eventsIgnoring } = facetParts(index, filters, cache);
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


/**
 * The combined masks of every filter but those `view` ignores, for a view
 * answered outside `queryLinkedViews` (country-views.ts). It reads and fills
 * the same cache without settling it, so the next query still finds its own
 * entries and these are recycled with the query's.
 */
export function masksForView(
  index: ColumnarIndex,
  filters: Filters,
  cache: QueryCache,
  view: keyof typeof IGNORED,
): { statements: Masks; events: Masks; remember: <T>(key: string, compute: () => T) => T } {
  if (cache.index !== index) Object.assign(cache, createQueryCache(), { index });
  const { statementsIgnoring, eventsIgnoring } = facetParts(index, filters, cache);
  const statements = statementsIgnoring(view);
  const events = eventsIgnoring(view);
  const remember = <T>(key: string, compute: () => T): T => cached(cache, `view:${view}=${statements.key}|${events.key}|${key}`, compute);
  return { statements, events, remember };
}
