import { describeEmptySearch, onlySearch } from '../domain/statements/empty-search.ts';
import { useDashboard } from '../state/dashboard-context.tsx';

/**
 * Says, above the views, that the search is why they are empty, and offers
 * the one click that brings statements back.
 */
export function SearchNoResults() {
  const { views, state, update, engine } = useDashboard();
  const { filters } = state;
  const nothing = filters.search.trim() !== '' && views.totals.statements === 0;
  // Asked only when the search found nothing: is it the words, or the other filters?
  const searchOnly = nothing ? engine.query({ filters: onlySearch(filters), sort: state.sort }).totals.statements : 0;
  const empty = describeEmptySearch(filters, views.totals.statements, searchOnly);
  return (
    <div className="search-no-results" role="status" aria-live="polite">
      {empty ? (
        <>
          <p className="search-no-results__message">{empty.message}</p>
          <div className="search-no-results__actions">
            <button type="button" onClick={() => update((current) => ({ ...current, filters: { ...current.filters, search: '' } }))}>
              Clear the search
            </button>
            {empty.otherFiltersToBlame ? (
              <button type="button" onClick={() => update((current) => ({ ...current, filters: onlySearch(current.filters) }))}>
                Keep the search, clear the other filters
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
