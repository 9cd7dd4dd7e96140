import { useState } from 'react';
import { MentionsSwitch } from '../../components/mentions-switch.tsx';
import { useDashboard } from '../../state/dashboard-context.tsx';
import type { CountryCode } from '../../domain/corpus/corpus-schema.ts';
import { toggleValue, type Filters } from '../../domain/view-state/filters.ts';
import { describeIgnoredFilters } from '../../domain/engine/ignored-filters.ts';
import { FacetGroup } from './facet-group.tsx';

type ListFacet = 'countries' | 'themes' | 'speakers' | 'events';

const NARROW = '(max-width: 40rem)';

/** Country, theme, speaker and event facets; each count ignores its own facet's filter. */
export function StatementFacets() {
  const { views, state, update, labels } = useDashboard();
  const { filters } = state;
  // Folded by default on a phone, where the facets would push the list off screen.
  const [open, setOpen] = useState(() => typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW).matches);
  const { facets } = views;

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
          note={describeIgnoredFilters('countryFacet', filters)}
          noun="countries"
          counts={facets.countries}
          selected={filters.countries}
          label={labels.country}
          onToggle={toggle('countries')}
        >
          <MentionsSwitch
            className="facet__switch"
            checked={filters.includeMentions}
            onChange={(on) => update((current) => ({ ...current, filters: { ...current.filters, includeMentions: on } }))}
          />
        </FacetGroup>
        <FacetGroup
          legend="Theme"
          note={describeIgnoredFilters('themeFacet', filters)}
          noun="themes"
          counts={facets.themes}
          selected={filters.themes}
          label={labels.theme}
          onToggle={toggle('themes')}
        />
        <FacetGroup
          legend="Speaker"
          note={describeIgnoredFilters('speakerFacet', filters)}
          noun="speakers"
          counts={facets.speakers}
          selected={filters.speakers}
          label={labels.speaker}
          onToggle={toggle('speakers')}
        />
        <FacetGroup
          legend="Event"
          note={describeIgnoredFilters('eventFacet', filters)}
          noun="events"
          counts={facets.events}
          selected={filters.events}
          label={labels.event}
          onToggle={toggle('events')}
        />
      </div>
    </details>
  );
}
