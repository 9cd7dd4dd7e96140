import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, readViewState, serializeViewState, type ViewState } from '../../../../src/domain/view-state/url-state.ts';
import type { LinkProblem } from '../../../../src/domain/view-state/link-problems.ts';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';

const jpn = 'JPN' as CountryCode;
const chn = 'CHN' as CountryCode;

describe('parseViewState', () => {
  it.each([
    ['', DEFAULT_VIEW_STATE],
    ['?', DEFAULT_VIEW_STATE],
    ['?unknown=1&other', DEFAULT_VIEW_STATE],
    ['?country=12,JAPAN', DEFAULT_VIEW_STATE],
    ['?from=2020-02-30&to=yesterday', DEFAULT_VIEW_STATE],
    ['?bucket=fortnight&measure=words&sort=sideways', DEFAULT_VIEW_STATE],
    ['?scale=percent', DEFAULT_VIEW_STATE],
    ['?scale=count', DEFAULT_VIEW_STATE],
    ['?corpus=https://evil.example/x.json', DEFAULT_VIEW_STATE],
    ['?corpus=../secret.json', DEFAULT_VIEW_STATE],
    ['?statement=%3Cscript%3E', DEFAULT_VIEW_STATE],
    ['?table=map,nonsense', { ...DEFAULT_VIEW_STATE, tables: ['map'] }],
    ['?matrix=alphabetical', DEFAULT_VIEW_STATE],
    ['?matrix=cluster', DEFAULT_VIEW_STATE],
    ['?v=3f2a9c0', DEFAULT_VIEW_STATE],
    ['?v=not-a-version', DEFAULT_VIEW_STATE],
    ['?v=', DEFAULT_VIEW_STATE],
  ])('reads %j as the defaults where values are malformed', (search, expected) => {
    expect(parseViewState(search)).toEqual(expected);
  });

  it('reads every filter', () => {
    const state = parseViewState(
      '?country=JPN,CHN&mentions=1&theme=drug-trafficking&speaker=vladimir-norov&event=e1&from=2020-01-01&to=2020-12-31&q=terror&bucket=month&measure=events&scale=share&sort=desc&statement=doc:1-5',
    );
    expect(state.filters).toEqual({
      countries: [jpn, chn],
      includeMentions: true,
      themes: ['drug-trafficking'],
      speakers: ['vladimir-norov'],
      events: ['e1'],
      from: '2020-01-01',
      to: '2020-12-31',
      search: 'terror',
    });
    expect(state).toMatchObject({ bucket: 'month', measure: 'events', scale: 'share', sort: 'date-desc', statement: 'doc:1-5' });
  });

  it('swaps a reversed date range instead of dropping it', () => {
    const state = parseViewState('?from=2021-01-01&to=2020-01-01');
    expect([state.filters.from, state.filters.to]).toEqual(['2020-01-01', '2021-01-01']);
  });

  it('drops repeated values', () => {
    expect(parseViewState('?country=JPN,JPN').filters.countries).toEqual([jpn]);
  });

  // Found by the property tests: cutting a long search at 500 code units
  // could leave half an emoji, which a URL writes as U+FFFD.
  it('cuts a long search before an emoji rather than through it', () => {
    const search = parseViewState(`?q=a${'😀'.repeat(300)}`).filters.search;
    expect(search).toBe(`a${'😀'.repeat(249)}`);
    expect(parseViewState(serializeViewState({ ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_VIEW_STATE.filters, search } })).filters.search).toBe(search);
  });

  // Found by the property tests: years 0000-0099 were read as 1900-1999 and dropped.
  it('keeps a date in the first century', () => {
    expect(parseViewState('?from=0099-12-31').filters.from).toBe('0099-12-31');
  });

  it('keeps hostile search text as plain text', () => {
    expect(parseViewState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').filters.search).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('round-trips a full state with readable commas', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      filters: { ...DEFAULT_VIEW_STATE.filters, countries: [jpn, chn], themes: ['a', 'b'], search: 'drug & crime' },
      bucket: 'week',
      scale: 'share',
      statement: 'doc:1-5',
      tables: ['timeline'],
    };
    const query = serializeViewState(state);
    expect(query).toContain('country=JPN,CHN');
    expect(query).toContain('scale=share');
    expect(query).toContain('statement=doc:1-5');
    expect(parseViewState(query)).toEqual(state);
  });

  it('round-trips the co-participation matrix order and the new views\' tables', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, matrixOrder: 'count', tables: ['together', 'themes'] };
    const query = serializeViewState(state);
    expect(query).toBe('table=together,themes&matrix=count');
    expect(parseViewState(query)).toEqual(state);
    expect(parseViewState('?matrix=COUNT')).toEqual({ ...DEFAULT_VIEW_STATE, matrixOrder: 'count' });
  });

  it('writes the corpus version right after the corpus, and reads it back', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      corpus: 'synthetic:2000-seed7',
      version: '3f2a9c01bd47',
      filters: { ...DEFAULT_VIEW_STATE.filters, countries: [jpn] },
    };
    const query = serializeViewState(state);
    expect(query).toBe('corpus=synthetic:2000-seed7&v=3f2a9c01bd47&country=JPN');
    expect(parseViewState(query)).toEqual(state);
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, version: 'abcdef0123' })).toBe('v=abcdef0123');
  });
});

describe('readViewState: what a link could not use is reported', () => {
  type Expected = { parameter: string; given: string; action: LinkProblem['action']; reason: RegExp | string; readAs?: string };
  const problem = (parameter: string, given: string, action: LinkProblem['action'], reason: RegExp | string, readAs?: string): Expected => ({
    parameter,
    given,
    action,
    reason,
    ...(readAs === undefined ? {} : { readAs }),
  });

  it.each<[string, Expected[]]>([
    ['', []],
    ['?country=JPN&theme=drug-trafficking&from=2020-01-01&bucket=month&sort=desc&table=map', []],
    ['?unknown=1&utm_source=mail', []],
    ['?corpus=synthetic:20000-seed42', []],
    ['?corpus=data/synthetic/corpus-1000-seed7.ndjson', []],
    ['?corpus=data/synthetic/corpus-1000-seed7.parquet', []],
    ['?corpus=data/synthetic/corpus.csv', [problem('corpus', 'data/synthetic/corpus.csv', 'dropped', /not the path of a \.json, \.ndjson or \.parquet file/)]],
    ['?corpus=synthetic:200000-seed1', [problem('corpus', 'synthetic:200000-seed1', 'dropped', /at most 100,000 statements; the bundled corpus is shown instead/)]],
    ['?country=jpn', [problem('country', 'jpn', 'normalised', 'country codes are written in capitals', 'JPN')]],
    ['?country=12,JAPAN', [problem('country', '12', 'dropped', /three-letter country code/), problem('country', 'JAPAN', 'dropped', /three-letter/)]],
    ['?from=2099-13-01', [problem('from', '2099-13-01', 'dropped', 'it is not a calendar date written YYYY-MM-DD')]],
    ['?to=yesterday', [problem('to', 'yesterday', 'dropped', /calendar date/)]],
    ['?from=2021-01-01&to=2020-01-01', [problem('from', '2021-01-01 to 2020-01-01', 'normalised', /swapped/, '2020-01-01 to 2021-01-01')]],
    ['?corpus=https://example.org/x.json', [problem('corpus', 'https://example.org/x.json', 'dropped', /never another address; the bundled corpus is shown instead/)]],
    ['?corpus=../secret.json', [problem('corpus', '../secret.json', 'dropped', /not the path of a \.json, \.ndjson or \.parquet file published with the app/)]],
    ['?bucket=fortnight', [problem('bucket', 'fortnight', 'dropped', 'expected “auto”, “day”, “week”, “month” or “year”')]],
    ['?bucket=Month', [problem('bucket', 'Month', 'normalised', '', 'month')]],
    ['?measure=words&sort=sideways', [problem('sort', 'sideways', 'dropped', /“asc” or “desc”/), problem('measure', 'words', 'dropped', /“statements” or “events”/)]],
    ['?theme=Drug-Trafficking', [problem('theme', 'Drug-Trafficking', 'normalised', /lower case/, 'drug-trafficking')]],
    ['?table=map,nonsense', [problem('table', 'nonsense', 'dropped', /“map”, “timeline”, “speakers”, “together” or “themes”/)]],
    ['?statement=%3Cscript%3E', [problem('statement', '<script>', 'dropped', /not a statement id/)]],
    ['?mentions=yes', [problem('mentions', 'yes', 'dropped', /expected 1/)]],
    ['?speaker=a%20b', [problem('speaker', 'a b', 'dropped', /not a speaker id/)]],
    ['?v=3f2a9c01bd47', []],
    ['?v=3F2A9C01', [problem('v', '3F2A9C01', 'normalised', /lower-case hexadecimal/, '3f2a9c01')]],
    ['?v=3f2a9c0', [problem('v', '3f2a9c0', 'dropped', /8 to 64 hexadecimal digits/)]],
    ['?v=3f2a9c01zz', [problem('v', '3f2a9c01zz', 'dropped', /8 to 64 hexadecimal digits/)]],
    [`?v=${'a'.repeat(65)}`, [problem('v', `${'a'.repeat(60)}…`, 'dropped', /8 to 64/)]],
  ])('%j', (search, expected) => {
    const { state, problems } = readViewState(search);
    expect(problems.map((p) => [p.parameter, p.given, p.action, p.readAs])).toEqual(expected.map((p) => [p.parameter, p.given, p.action, p.readAs]));
    problems.forEach((p, i) => {
      const reason = expected[i]!.reason;
      if (typeof reason === 'string') expect(p.reason).toBe(reason);
      else expect(p.reason).toMatch(reason);
    });
    // What the problems describe is what the state holds: the same as parseViewState.
    expect(state).toEqual(parseViewState(search));
  });

  it('reads a lower-case country as the code it names and filters by it', () => {
    expect(readViewState('?country=jpn,CHN').state.filters.countries).toEqual([jpn, chn]);
  });

  it('quotes a huge value shortly', () => {
    const { problems } = readViewState(`?from=${'x'.repeat(10_000)}`);
    expect(problems[0]!.given.length).toBeLessThanOrEqual(61);
  });

  it('reports a list cut at 200 values', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `e${i}`).join(',');
    const { state, problems } = readViewState(`?event=${ids}`);
    expect(state.filters.events).toHaveLength(200);
    expect(problems.map((p) => [p.parameter, p.given, p.action])).toEqual([['event', '250 values', 'dropped']]);
  });

  it('names the keys a swapped range rewrites', () => {
    expect(readViewState('?from=2021-01-01&to=2020-01-01').problems[0]!.keys).toEqual(['from', 'to']);
  });
});
