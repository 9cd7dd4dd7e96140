import type { Filters } from '../view-state/filters.ts';
import type { EventListEngine, LinkedViewsEngine, SpeakerComparisonEngine } from './contract.ts';

/**
 * Before the statement texts arrive the index has no search index, so every
 * view answers as if the search box were empty; the search in the link
 * applies once the texts are in. Wrapping the engines, rather than each
 * caller, means no view can ask for a search the index cannot answer.
 */
function withoutSearch<Q extends { filters: Filters }>(query: Q): Q {
  return query.filters.search === '' ? query : { ...query, filters: { ...query.filters, search: '' } };
}

export function deferSearch(engine: LinkedViewsEngine): LinkedViewsEngine {
  return {
    query: (query) => engine.query(withoutSearch(query)),
    coParticipation: (query) => engine.coParticipation(withoutSearch(query)),
    themeCountries: (query) => engine.themeCountries(withoutSearch(query)),
  };
}

export function deferEventListSearch(eventList: EventListEngine): EventListEngine {
  return {
    listEvents: (query) => eventList.listEvents(withoutSearch(query)),
    ready: (column) => eventList.ready(column),
    prepare: (column, elsewhere) => eventList.prepare(column, elsewhere),
  };
}

export function deferSpeakerComparisonSearch(comparison: SpeakerComparisonEngine): SpeakerComparisonEngine {
  return { compareSpeakers: (query) => comparison.compareSpeakers(withoutSearch(query)) };
}
