import type { CountryCode } from '../corpus/corpus-schema.ts';
import type { Filters } from './filters.ts';
import type { Labels } from '../corpus/labels.ts';
import { formatCalendarDate } from '../format/format-date.ts';

export type FilterChip = {
  key: string;
  facet: string;
  label: string;
  /** The filters with just this chip removed. */
  remove: (filters: Filters) => Filters;
};

/** The active filters, one chip per value, in the order facets appear on the page. */
export function describeFilterChips(filters: Filters, labels: Labels): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const code of filters.countries) {
    chips.push({
      key: `country:${code}`,
      facet: filters.includeMentions ? 'Country (incl. mentions)' : 'Country',
      label: labels.country(code),
      remove: (f) => ({ ...f, countries: f.countries.filter((c): c is CountryCode => c !== code) }),
    });
  }
  for (const id of filters.themes) {
    chips.push({ key: `theme:${id}`, facet: 'Theme', label: labels.theme(id), remove: (f) => ({ ...f, themes: f.themes.filter((t) => t !== id) }) });
  }
  for (const id of filters.speakers) {
    chips.push({ key: `speaker:${id}`, facet: 'Speaker', label: labels.speaker(id), remove: (f) => ({ ...f, speakers: f.speakers.filter((s) => s !== id) }) });
  }
  for (const id of filters.events) {
    chips.push({ key: `event:${id}`, facet: 'Event', label: labels.event(id), remove: (f) => ({ ...f, events: f.events.filter((e) => e !== id) }) });
  }
  if (filters.from !== null || filters.to !== null) {
    const from = filters.from === null ? 'the start' : formatCalendarDate(filters.from);
    const to = filters.to === null ? 'the end' : formatCalendarDate(filters.to);
    chips.push({ key: 'dates', facet: 'Dates', label: `${from} – ${to}`, remove: (f) => ({ ...f, from: null, to: null }) });
  }
  if (filters.search.trim() !== '') {
    chips.push({ key: 'search', facet: 'Search', label: `“${filters.search.trim()}”`, remove: (f) => ({ ...f, search: '' }) });
  }
  return chips;
}
