import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { readJsonViewRecords } from '../../../../src/domain/corpus/read-view-columns.ts';
import { checkViewRecords } from '../../../../src/domain/corpus/view-records.ts';
import {
  createColumnarEngineFromIndex,
  createColumnarEventListFromIndex,
  createColumnarSpeakerComparisonFromIndex,
} from '../../../../src/domain/engine/linked-views-engine.ts';
import { deferEventListSearch, deferSearch, deferSpeakerComparisonSearch } from '../../../../src/domain/engine/search-deferred.ts';
import { generateSyntheticCorpusJson } from '../../../../src/domain/synthetic/generate-corpus.ts';
import { DEFAULT_EVENT_SORT } from '../../../../src/domain/view-state/event-sort.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';

const json = [...generateSyntheticCorpusJson({ statements: 600, seed: 5 })].join('');
const corpus = openCorpus(json, 'corpus.json').corpus;
const { corpus: view, index } = checkViewRecords(readJsonViewRecords(json, 'corpus.json').records);
const speakers = [...new Set(corpus.statements.flatMap((s) => (s.speaker ? [s.speaker.id] : [])))].slice(0, 2);

const searched: Filters = { ...EMPTY_FILTERS, countries: ['CHN' as CountryCode], search: 'security' };
const unsearched: Filters = { ...searched, search: '' };

describe('views asked for a search before the texts arrive', () => {
  it('the bare first-view index cannot search, which is what the wrappers are for', () => {
    expect(() => createColumnarEngineFromIndex(index).query({ filters: searched, sort: 'date-asc' })).toThrow(/search index/);
  });

  it('answer every view as if the search box were empty', () => {
    const bare = createColumnarEngineFromIndex(index);
    const engine = deferSearch(bare);
    expect(engine.query({ filters: searched, sort: 'date-desc' })).toEqual(bare.query({ filters: unsearched, sort: 'date-desc' }));
    expect(engine.coParticipation({ filters: searched })).toEqual(bare.coParticipation({ filters: unsearched }));
    expect(engine.themeCountries({ filters: searched })).toEqual(bare.themeCountries({ filters: unsearched }));

    const list = createColumnarEventListFromIndex(index, view.events);
    expect(deferEventListSearch(list).listEvents({ filters: searched, sort: DEFAULT_EVENT_SORT })).toEqual(
      list.listEvents({ filters: unsearched, sort: DEFAULT_EVENT_SORT }),
    );
    const comparison = createColumnarSpeakerComparisonFromIndex(index);
    expect(deferSpeakerComparisonSearch(comparison).compareSpeakers({ filters: searched, groups: [speakers] })).toEqual(
      comparison.compareSpeakers({ filters: unsearched, groups: [speakers] }),
    );
  });

  it('keep the event list’s column orders shared with the list it wraps', async () => {
    const list = createColumnarEventListFromIndex(index, view.events);
    const wrapped = deferEventListSearch(list);
    expect(wrapped.ready('place')).toBe(false);
    await wrapped.prepare('place');
    expect(list.ready('place')).toBe(true);
    expect(wrapped.ready('place')).toBe(true);
  });
});
