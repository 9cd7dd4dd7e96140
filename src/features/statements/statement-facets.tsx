import { useMemo, useState } from 'react';
import { useDashboard } from '../../app/dashboard-context.tsx';
import type { CountryCode } from '../../domain/corpus-schema.ts';
import { buildFacetOptions } from '../../domain/facet-options.ts';
import { toggleValue, type Filters } from '../../domain/filters.ts';
import { FacetGroup } from './facet-group.tsx';

type ListFacet = 'countries' | 'themes' | 'speakers' | 'events';

const NARROW = '(max-width: 40rem)';

/** Country, theme, speaker and event facets; each count ignores its own facet's filter. */
export function StatementFacets() {
  const { views, state, update, labels } = useDashboard();
  const { filters } = state;
  // Folded by default on a phone, where the facets would push the list off screen.
  const [open, setOpen] = useState(() => typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW).matches);
  // A large corpus has thousands of speakers and events: sort a facet's options only when its counts change.
  const { facets } = views;
  const countries = useMemo(() => buildFacetOptions(facets.countries, filters.countries, labels.country), [facets.countries, filters.countries, labels]);
  const themes = useMemo(() => buildFacetOptions(facets.themes, filters.themes, labels.theme), [facets.themes, filters.themes, labels]);
  const speakers = useMemo(() => buildFacetOptions(facets.speakers, filters.speakers, labels.speaker), [facets.speakers, filters.speakers, labels]);
  const events = useMemo(() => buildFacetOptions(facets.events, filters.events, labels.event), [facets.events, filters.events, labels]);

  const toggle = (facet: ListFacet) => (value: string) =>
    update((current) => {
      const next: Filters = { ...current.filters };
      if (facet === 'countries') next.countries = toggleValue(current.filters.countries, value as CountryCode);
      else next[facet] = toggleValue(current.filters[facet], value);
      return { ...current, filters: next };
    });

  return (
    <details className="statement-facets" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="statement-facets__summary">Refine by country, theme, speaker, event</summary>
      <div className="statement-facets__groups">
        <FacetGroup
          legend="Country"
          noun="countries"
          options={countries}
          onToggle={toggle('countries')}
        >
          <label className="facet__switch">
            <input
              type="checkbox"
              checked={filters.includeMentions}
              onChange={() =>
                update((current) => ({
                  ...current,
                  filters: { ...current.filters, includeMentions: !current.filters.includeMentions },
                }))
              }
            />
            Also count countries a statement only mentions
          </label>
        </FacetGroup>
        <FacetGroup
          legend="Theme"
          noun="themes"
          options={themes}
          onToggle={toggle('themes')}
        />
        <FacetGroup
          legend="Speaker"
          noun="speakers"
          options={speakers}
          onToggle={toggle('speakers')}
        />
        <FacetGroup
          legend="Event"
          noun="events"
          options={events}
          onToggle={toggle('events')}
        />
      </div>
    </details>
  );
}
