import type { Facet, Filters } from '../view-state/filters.ts';
import { FILTERS_IGNORED_BY_VIEW } from './contract.ts';

/**
 * Why a view's counts differ from the headline's: a view leaves out the
 * filters it owns (FILTERS_IGNORED_BY_VIEW), so that one can pick more of
 * them. Said in words beside the view's summary, and only while one of those
 * filters is set — otherwise the view and the headline count the same things.
 */

export type LinkedView = keyof typeof FILTERS_IGNORED_BY_VIEW;

const FACET_WORDS: Readonly<Record<Facet, { filter: string; widen: string }>> = {
  countries: { filter: 'country filter', widen: 'pick more countries' },
  themes: { filter: 'theme filter', widen: 'pick more themes' },
  dates: { filter: 'date range', widen: 'choose other dates' },
  speakers: { filter: 'speaker filter', widen: 'pick more speakers' },
  events: { filter: 'event filter', widen: 'pick more events' },
  search: { filter: 'search', widen: 'change the search' },
};

/** Whether `facet` narrows anything under `filters`. */
export function isFacetActive(filters: Filters, facet: Facet): boolean {
  switch (facet) {
    case 'countries':
      return filters.countries.length > 0;
    case 'themes':
      return filters.themes.length > 0;
    case 'speakers':
      return filters.speakers.length > 0;
    case 'events':
      return filters.events.length > 0;
    case 'dates':
      return filters.from !== null || filters.to !== null;
    case 'search':
      return filters.search.trim() !== '';
  }
}

/** "A", "A and B", "A, B and C" (or "A, B or C"). */
function joinWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]!}`;
}

/** The facets `view` leaves out that are set now, in the table's order. */
export function activeIgnoredFacets(view: LinkedView, filters: Filters): Facet[] {
  const ignored: readonly Facet[] = FILTERS_IGNORED_BY_VIEW[view];
  return ignored.filter((facet) => isFacetActive(filters, facet));
}

/**
 * E.g. "Ignores the country filter, so you can pick more countries; the
 * headline counts apply every filter." Null while none of the filters the
 * view ignores is set.
 */
export function describeIgnoredFilters(view: LinkedView, filters: Filters): string | null {
  const facets = activeIgnoredFacets(view, filters);
  if (facets.length === 0) return null;
  const names = joinWords(facets.map((facet) => FACET_WORDS[facet].filter), 'and');
  const widen = joinWords(facets.map((facet) => FACET_WORDS[facet].widen), 'or');
  return `Ignores the ${names}, so you can ${widen}; the headline counts apply every filter.`;
}
