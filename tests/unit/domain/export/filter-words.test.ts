import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { describeDateRange, describeFiltersInWords, formatShortDate } from '../../../../src/domain/export/filter-words.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const labels = buildLabels(smallTestCorpus());
const countries = (...codes: string[]) => codes as CountryCode[];

describe('describeFiltersInWords', () => {
  it.each<{ name: string; filters: Partial<Filters>; words: string }>([
    { name: 'no filters', filters: {}, words: 'All countries · All themes' },
    { name: 'a country', filters: { countries: countries('JPN') }, words: 'Japan · All themes' },
    { name: 'a country, a theme and a month', filters: { countries: countries('JPN'), themes: ['terrorism-extremism'], from: '2020-08-01', to: '2020-08-31' }, words: 'Japan · Terrorism and extremism · Aug 2020' },
    { name: 'two countries', filters: { countries: countries('JPN', 'RUS') }, words: 'Japan or Russia · All themes' },
    { name: 'three themes', filters: { themes: ['drug-trafficking', 'terrorism-extremism', 'multilateral-dialogue'] }, words: 'All countries · Drug trafficking, Terrorism and extremism or Multilateral dialogue' },
    { name: 'many countries', filters: { countries: countries('JPN', 'RUS', 'CHN', 'IND', 'SGP') }, words: 'Japan, Russia and 3 more countries · All themes' },
    { name: 'mentions included', filters: { countries: countries('AFG'), includeMentions: true }, words: 'Afghanistan (taking part or mentioned) · All themes' },
    { name: 'a speaker and an event', filters: { speakers: ['bo-lind'], events: ['beta'] }, words: 'All countries · All themes · Bo Lind · Beta Meeting' },
    { name: 'a search', filters: { search: '  terror  ' }, words: 'All countries · All themes · Search “terror”' },
    { name: 'an unknown theme id', filters: { themes: ['no-such-theme'] }, words: 'All countries · no-such-theme' },
  ])('$name', ({ filters, words }) => {
    expect(describeFiltersInWords({ ...EMPTY_FILTERS, ...filters }, labels)).toBe(words);
  });
});

describe('describeDateRange', () => {
  it.each<[string | null, string | null, string | null]>([
    [null, null, null],
    ['2020-08-17', '2020-09-30', '17 Aug 2020 – 30 Sep 2020'],
    ['2020-08-17', '2020-08-17', '17 Aug 2020'],
    ['2020-08-01', '2020-08-31', 'Aug 2020'],
    ['2020-02-01', '2020-02-29', 'Feb 2020'],
    ['2021-02-01', '2021-02-28', 'Feb 2021'],
    ['2021-02-01', '2021-02-27', '1 Feb 2021 – 27 Feb 2021'],
    ['2020-08-01', '2020-10-31', 'Aug 2020 – Oct 2020'],
    ['2020-01-01', '2020-12-31', '2020'],
    ['2019-01-01', '2021-12-31', '2019–2021'],
    ['2020-08-17', null, 'From 17 Aug 2020'],
    [null, '2020-08-17', 'Until 17 Aug 2020'],
  ])('%s – %s → %s', (from, to, words) => {
    expect(describeDateRange(from, to)).toBe(words);
  });

  it('writes single-digit days without a leading zero', () => {
    expect(formatShortDate('2020-09-03')).toBe('3 Sep 2020');
  });
});
