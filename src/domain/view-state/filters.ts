import type { CountryCode, IsoDate } from '../corpus/corpus-schema.ts';

/**
 * What the analyst has narrowed the corpus to. Within one facet the values
 * combine with OR; across facets with AND.
 */
export type Filters = {
  /** Statements whose event lists one of these as a participant. */
  countries: readonly CountryCode[];
  /** Also match statements that merely mention one of `countries`. */
  includeMentions: boolean;
  themes: readonly string[];
  /** Speaker ids. */
  speakers: readonly string[];
  /** Event ids. */
  events: readonly string[];
  /** Inclusive calendar-date bounds; null leaves that side open. */
  from: IsoDate | null;
  to: IsoDate | null;
  search: string;
};

export type SortOrder = 'date-asc' | 'date-desc';

export const EMPTY_FILTERS: Filters = Object.freeze({
  countries: [],
  includeMentions: false,
  themes: [],
  speakers: [],
  events: [],
  from: null,
  to: null,
  search: '',
});

/** The facets a view can own; a view sees every filter except its own. */
export type Facet = 'countries' | 'themes' | 'speakers' | 'events' | 'dates' | 'search';

/** `filters` with the named facets cleared: what a view owning them sees. */
export function withoutFacets(filters: Filters, facets: readonly Facet[]): Filters {
  const result: Filters = { ...filters };
  for (const facet of facets) {
    switch (facet) {
      case 'countries':
        result.countries = [];
        break;
      case 'themes':
        result.themes = [];
        break;
      case 'speakers':
        result.speakers = [];
        break;
      case 'events':
        result.events = [];
        break;
      case 'dates':
        result.from = null;
        result.to = null;
        break;
      case 'search':
        result.search = '';
        break;
    }
  }
  return result;
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.countries.length > 0 ||
    filters.themes.length > 0 ||
    filters.speakers.length > 0 ||
    filters.events.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.search.trim() !== ''
  );
}

/** Adds `value` when absent, removes it when present; keeps the rest in order. */
export function toggleValue<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
