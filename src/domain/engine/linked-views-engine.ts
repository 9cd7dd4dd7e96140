import type { Corpus } from '../corpus/corpus-schema.ts';
import { indexCorpus } from './reference/corpus-index.ts';
import { computeLinkedViews } from './reference/linked-views.ts';
import type { EventListEngine, LinkedViewsEngine, SpeakerComparisonEngine } from './contract.ts';
import { compareSpeakersReference } from './reference/speaker-comparison.ts';
import { createColumnarSpeakerComparison } from './columnar/speaker-comparison.ts';
import { listEventsReference } from './reference/event-list.ts';
import { createColumnarEventList } from './columnar/event-list.ts';
import { buildColumnarIndex, type ColumnarIndex } from './columnar/columnar-index.ts';
import { createQueryCache, masksForView, queryLinkedViews } from './columnar/query-linked-views.ts';
import { computeCoParticipation, computeThemeCountries } from './columnar/country-views.ts';
import { computeCoParticipation as referenceCoParticipation, computeThemeCountries as referenceThemeCountries } from './reference/country-views.ts';

/**
 * The two engines behind one type (contract.ts). The reference engine is the
 * test oracle: a direct reading of the rules, used by tests to check the
 * columnar engine, which is the one the dashboard runs for every corpus.
 */
export function createReferenceEngine(corpus: Corpus): LinkedViewsEngine {
  const index = indexCorpus(corpus);
  return {
    query: (query) => computeLinkedViews(index, query),
    coParticipation: (query) => referenceCoParticipation(index, query),
    themeCountries: (query) => referenceThemeCountries(index, query),
  };
}

/** An engine over an already built index (e.g. one built record by record). */
export function createColumnarEngineFromIndex(index: ColumnarIndex): LinkedViewsEngine {
  const cache = createQueryCache();
  return {
    query: (query) => queryLinkedViews(index, query, cache),
    coParticipation: ({ filters }) => {
      const { events, remember } = masksForView(index, filters, cache, 'coParticipation');
      const picked = [...new Set(filters.countries)].join(',');
      const compute = () => computeCoParticipation(index, filters, events.bits, cache.workspace);
      // With nothing picked and no other filter set, the answer is the corpus's own: kept for the engine's lifetime.
      return remember(picked, () => (events.bits === null && picked === '' ? cache.workspace.memo('co-participation', compute) : compute()));
    },
    themeCountries: ({ filters }) => {
      const { statements, events, remember } = masksForView(index, filters, cache, 'themeCountries');
      const mentions = String(filters.includeMentions);
      const compute = () => computeThemeCountries(index, statements.bits, events.bits, statements.wholeEvents, filters.includeMentions, cache.workspace);
      return remember(mentions, () => (statements.bits === null && events.bits === null ? cache.workspace.memo(`theme-countries|${mentions}`, compute) : compute()));
    },
  };
}

export function createColumnarEngine(corpus: Corpus): LinkedViewsEngine {
  return createColumnarEngineFromIndex(buildColumnarIndex(corpus));
}

/** The events table by the reference rules (the oracle). */
export function createReferenceEventList(corpus: Corpus): EventListEngine {
  const index = indexCorpus(corpus);
  return { listEvents: (query) => listEventsReference(index, query), ready: () => true, prepare: () => Promise.resolve() };
}

/** The events table on a columnar index of `events` (corpus.events, in corpus order). */
export function createColumnarEventListFromIndex(index: ColumnarIndex, events: Corpus['events']): EventListEngine {
  return createColumnarEventList(index, events);
}

/** Speakers side by side by the reference rules (the oracle). */
export function createReferenceSpeakerComparison(corpus: Corpus): SpeakerComparisonEngine {
  const index = indexCorpus(corpus);
  return { compareSpeakers: (query) => compareSpeakersReference(index, query) };
}

/** Speakers side by side on a columnar index. */
export function createColumnarSpeakerComparisonFromIndex(index: ColumnarIndex): SpeakerComparisonEngine {
  return createColumnarSpeakerComparison(index);
}
