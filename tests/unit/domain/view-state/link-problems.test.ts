import { describe, expect, it } from 'vitest';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import {
  buildLinkVocabulary,
  checkViewStateAgainstCorpus,
  cleanLinkParameters,
  describeLinkNotices,
} from '../../../../src/domain/view-state/link-problems.ts';
import { readViewState } from '../../../../src/domain/view-state/url-state.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const corpus = smallTestCorpus();
const vocabulary = buildLinkVocabulary(corpus);
const labels = buildLabels(corpus);

/** What the page does with a link: read it, then check it against the corpus. */
function open(search: string) {
  const read = readViewState(search);
  const checked = checkViewStateAgainstCorpus(read.state, vocabulary);
  return { state: checked.state, problems: [...read.problems, ...checked.problems] };
}

describe('buildLinkVocabulary', () => {
  it('knows participants, mentioned countries, every theme with "unthemed", speakers and events', () => {
    expect([...vocabulary.countries].sort()).toEqual(['AFG', 'CHN', 'IND', 'JPN', 'RUS']);
    expect(vocabulary.themes.has('drug-trafficking')).toBe(true);
    expect(vocabulary.themes.has('unthemed')).toBe(true);
    expect([...vocabulary.speakers].sort()).toEqual(['ana-ruiz', 'bo-lind']);
    expect([...vocabulary.events].sort()).toEqual(['alpha', 'beta', 'gamma']);
  });
});

describe('checkViewStateAgainstCorpus: an unknown code never filters', () => {
  it.each<[string, string, string[], RegExp]>([
    ['?country=XXX', 'country', ['XXX'], /^it is not an ISO 3166-1 alpha-3 country code$/],
    ['?country=FRA', 'country', ['FRA'], /no event or statement in this corpus names that country/],
    ['?theme=space-weather', 'theme', ['space-weather'], /no theme with that id/],
    ['?speaker=nobody', 'speaker', ['nobody'], /no statement .* speaker with that id/],
    ['?event=delta', 'event', ['delta'], /no event with that id/],
  ])('%s', (search, parameter, given, reason) => {
    const { state, problems } = open(search);
    expect(state.filters).toEqual(readViewState('').state.filters);
    expect(problems.map((p) => [p.parameter, p.keys, p.given, p.action])).toEqual(given.map((value) => [parameter, [parameter], value, 'ignored']));
    for (const p of problems) expect(p.reason).toMatch(reason);
  });

  it('keeps the known values beside an unknown one, and returns the same state when all are known', () => {
    expect(open('?country=JPN,XXX,chn').state.filters.countries).toEqual(['JPN', 'CHN']);
    const sound = readViewState('?country=JPN&theme=unthemed').state;
    expect(checkViewStateAgainstCorpus(sound, vocabulary)).toEqual({ state: sound, problems: [] });
    expect(checkViewStateAgainstCorpus(sound, vocabulary).state).toBe(sound);
  });
});

describe('describeLinkNotices', () => {
  it('says per parameter what was done with each value', () => {
    const notices = describeLinkNotices(open('?country=jpn,XXX&from=2099-13-01&corpus=https://example.org/c.json').problems, labels);
    expect(notices).toEqual([
      { kind: 'parameter', parameter: 'from', keys: ['from'], lines: ['“2099-13-01” was left out: it is not a calendar date written YYYY-MM-DD.'] },
      {
        kind: 'parameter',
        parameter: 'country',
        keys: ['country'],
        lines: [
          '“jpn” was read as JPN (Japan): country codes are written in capitals.',
          '“XXX” does not filter: it is not an ISO 3166-1 alpha-3 country code.',
        ],
      },
      {
        kind: 'parameter',
        parameter: 'corpus',
        keys: ['corpus'],
        lines: [
          '“https://example.org/c.json” was left out: the app opens only files published with it, never another address; the bundled corpus is shown instead.',
        ],
      },
    ]);
  });
});

describe('cleanLinkParameters', () => {
  const search = '?country=jpn,XXX&theme=drug-trafficking&from=2099-13-01&utm_source=mail';
  const clean = open(search).state;

  it.each<[string[], string]>([
    [['country'], 'country=JPN&theme=drug-trafficking&from=2099-13-01&utm_source=mail'],
    [['from'], 'country=jpn,XXX&theme=drug-trafficking&utm_source=mail'],
    [['country', 'from'], 'country=JPN&theme=drug-trafficking&utm_source=mail'],
  ])('rewrites only %j', (keys, expected) => {
    expect(cleanLinkParameters(search, keys, clean)).toBe(expected);
  });

  it('leaves a link without problems once every notice is dismissed', () => {
    let query = search;
    for (const notice of describeLinkNotices(open(search).problems, labels)) query = cleanLinkParameters(query, notice.keys, open(query).state);
    expect(open(query).problems).toEqual([]);
  });

  it('rewrites both ends of a swapped range', () => {
    const swapped = '?from=2021-01-01&to=2020-01-01';
    expect(cleanLinkParameters(swapped, ['from', 'to'], open(swapped).state)).toBe('from=2020-01-01&to=2021-01-01');
  });
});
