import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from '../../../../src/domain/view-state/url-state.ts';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';

const jpn = 'JPN' as CountryCode;
const chn = 'CHN' as CountryCode;

describe('parseViewState', () => {
  it.each([
    ['', DEFAULT_VIEW_STATE],
    ['?', DEFAULT_VIEW_STATE],
    ['?unknown=1&other', DEFAULT_VIEW_STATE],
    ['?country=jpn,12,JAPAN', DEFAULT_VIEW_STATE],
    ['?from=2020-02-30&to=yesterday', DEFAULT_VIEW_STATE],
    ['?bucket=fortnight&measure=words&sort=sideways', DEFAULT_VIEW_STATE],
    ['?scale=percent', DEFAULT_VIEW_STATE],
    ['?scale=count', DEFAULT_VIEW_STATE],
    ['?corpus=https://evil.example/x.json', DEFAULT_VIEW_STATE],
    ['?corpus=../secret.json', DEFAULT_VIEW_STATE],
    ['?statement=%3Cscript%3E', DEFAULT_VIEW_STATE],
    ['?table=map,nonsense', { ...DEFAULT_VIEW_STATE, tables: ['map'] }],
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
});
