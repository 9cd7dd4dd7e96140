import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { FILTERS_IGNORED_BY_VIEW } from '../../../../src/domain/engine/contract.ts';
import { activeIgnoredFacets, describeIgnoredFilters, type LinkedView } from '../../../../src/domain/engine/ignored-filters.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';

const JPN = 'JPN' as CountryCode;
const with_ = (change: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...change });

describe('describeIgnoredFilters', () => {
  it.each<[string, LinkedView, Filters, string | null]>([
    ['no filter: nothing to explain', 'map', EMPTY_FILTERS, null],
    ['the map under a country filter', 'map', with_({ countries: [JPN] }), 'Ignores the country filter, so you can pick more countries; the headline counts apply every filter.'],
    ['the map under a theme filter, which it applies', 'map', with_({ themes: ['cyber'] }), null],
    ['the timeline under a country filter, which it applies', 'timeline', with_({ countries: [JPN] }), null],
    ['the timeline under a theme filter', 'timeline', with_({ themes: ['cyber'] }), 'Ignores the theme filter, so you can pick more themes; the headline counts apply every filter.'],
    ['the timeline under a date range', 'timeline', with_({ from: '2020-01-01' }), 'Ignores the date range, so you can choose other dates; the headline counts apply every filter.'],
    [
      'the timeline under both',
      'timeline',
      with_({ themes: ['cyber'], to: '2021-01-01' }),
      'Ignores the theme filter and date range, so you can pick more themes or choose other dates; the headline counts apply every filter.',
    ],
    ['the speaker facet', 'speakerFacet', with_({ speakers: ['norov'] }), 'Ignores the speaker filter, so you can pick more speakers; the headline counts apply every filter.'],
    ['the event facet', 'eventFacet', with_({ events: ['forum'] }), 'Ignores the event filter, so you can pick more events; the headline counts apply every filter.'],
    ['a blank search is no filter', 'timeline', with_({ search: '   ' }), null],
  ])('%s', (_name, view, filters, expected) => {
    expect(describeIgnoredFilters(view, filters)).toBe(expected);
  });

  it('names exactly the facets the engine table says each view ignores', () => {
    const everything = with_({ countries: [JPN], themes: ['x'], speakers: ['s'], events: ['e'], from: '2020-01-01', search: 'drug' });
    for (const view of Object.keys(FILTERS_IGNORED_BY_VIEW) as LinkedView[]) {
      expect(activeIgnoredFacets(view, everything)).toEqual(FILTERS_IGNORED_BY_VIEW[view]);
    }
  });
});
