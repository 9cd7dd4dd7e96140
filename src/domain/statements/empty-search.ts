import { formatCount } from '../format/format-count.ts';
import type { Filters } from '../view-state/filters.ts';
import { EMPTY_FILTERS, hasActiveFilters } from '../view-state/filters.ts';

/**
 * When a search leaves nothing to show, every view goes empty at once; the
 * page must say that the search did it, and whether the words themselves
 * find nothing or only nothing together with the other filters.
 */
export type EmptySearch = {
  /** The sentence the page shows. */
  message: string;
  /** True when the search alone finds statements, so clearing the other filters would show them. */
  otherFiltersToBlame: boolean;
};

/**
 * Null unless the search is set and nothing matches. `searchOnlyCount`: how
 * many statements the search finds with no other filter.
 */
export function describeEmptySearch(filters: Filters, matching: number, searchOnlyCount: number): EmptySearch | null {
  const search = filters.search.trim();
  if (search === '' || matching > 0) return null;
  if (searchOnlyCount === 0) {
    return {
      message: `No statement matches “${search}”: nothing in the statements, their speakers’ names and roles or the countries they mention starts with these words or is another form of them.`,
      otherFiltersToBlame: false,
    };
  }
  const other = hasActiveFilters({ ...filters, search: '' });
  return {
    message: `“${search}” matches ${formatCount(searchOnlyCount)} statement${searchOnlyCount === 1 ? '' : 's'}, but none of them with the other filters.`,
    otherFiltersToBlame: other,
  };
}

/** The filters with only the search kept. */
export function onlySearch(filters: Filters): Filters {
  return { ...EMPTY_FILTERS, search: filters.search };
}
