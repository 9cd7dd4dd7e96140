import { hasActiveFilters, EMPTY_FILTERS } from '../domain/view-state/filters.ts';
import { describeFilterChips } from '../domain/view-state/filter-chips.ts';
import { useDashboard } from '../state/dashboard-context.tsx';

/** Every active filter as a removable chip, and one "Clear all". */
export function FilterChips() {
  const { state, update, labels } = useDashboard();
  const chips = describeFilterChips(state.filters, labels);
  if (!hasActiveFilters(state.filters)) {
    return (
      <p className="filter-chips filter-chips--none" aria-live="polite">
        No filters: showing the whole corpus.
      </p>
    );
  }
  return (
    <div className="filter-chips" role="group" aria-label="Active filters">
      <ul>
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span className="chip__facet">{chip.facet}:</span> {chip.label}
            <button
              type="button"
              className="chip__remove"
              aria-label={`Remove filter ${chip.facet}: ${chip.label}`}
              onClick={() => update((current) => ({ ...current, filters: chip.remove(current.filters) }))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="filter-chips__clear"
        onClick={() => update((current) => ({ ...current, filters: { ...EMPTY_FILTERS } }))}
      >
        Clear all
      </button>
    </div>
  );
}
