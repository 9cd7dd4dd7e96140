import { Panel } from '../../components/panel.tsx';
import { useDashboard } from '../../app/dashboard-context.tsx';
import { toggleValue } from '../../domain/filters.ts';
import type { CountryCode } from '../../domain/corpus-schema.ts';

/** Participating countries, ranked; each is a filter toggle. */
export function ParticipantMapPanel() {
  const { views, state, update, labels } = useDashboard();
  return (
    <Panel title="Participants" className="panel--map">
      <ol className="country-list">
        {views.countries.map((tally) => (
          <li key={tally.code}>
            <button
              type="button"
              aria-pressed={state.filters.countries.includes(tally.code)}
              onClick={() =>
                update((current) => ({
                  ...current,
                  filters: { ...current.filters, countries: toggleValue<CountryCode>(current.filters.countries, tally.code) },
                }))
              }
            >
              {labels.country(tally.code)}: {tally.events} events, {tally.mentions} mentions
            </button>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
