import { EVENT_SORT_COLUMNS } from '../../../../src/domain/view-state/event-sort.ts';
import { EVENT_FACT_KEYS } from '../../../../src/domain/view-state/event-fact.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from '../../../../src/domain/view-state/url-state.ts';

/**
 * What any parsed state must satisfy, written independently of url-state.ts
 * so that the two cannot share a mistake.
 */
const ID = /^[A-Za-z0-9_.:~-]{1,200}$/;
const THEME = /^[a-z0-9-]{1,80}$/;
const COUNTRY = /^[A-Z]{3}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function isList(values: readonly string[], pattern: RegExp): boolean {
  return values.length <= 200 && new Set(values).size === values.length && values.every((v) => pattern.test(v));
}

function problemsOf(state: ViewState): string[] {
  const f = state.filters;
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  expect(Object.keys(state).sort().join() === Object.keys(DEFAULT_VIEW_STATE).sort().join(), 'keys');
  expect(Object.keys(f).sort().join() === Object.keys(DEFAULT_VIEW_STATE.filters).sort().join(), 'filter keys');
  expect(isList(f.countries, COUNTRY), 'countries');
  expect(isList(f.themes, THEME), 'themes');
  expect(isList(f.speakers, ID), 'speakers');
  expect(isList(f.events, ID), 'events');
  expect(typeof f.includeMentions === 'boolean', 'includeMentions');
  expect(f.from === null || isRealDate(f.from), 'from');
  expect(f.to === null || isRealDate(f.to), 'to');
  expect(f.from === null || f.to === null || f.from <= f.to, 'from <= to');
  expect(typeof f.search === 'string' && f.search.length <= 500 && !LONE_SURROGATE.test(f.search), 'search');
  expect(['date-asc', 'date-desc'].includes(state.sort), 'sort');
  expect(['auto', 'day', 'week', 'month', 'year'].includes(state.bucket), 'bucket');
  expect(['statements', 'events'].includes(state.measure), 'measure');
  expect(['count', 'share'].includes(state.scale), 'scale');
  expect(state.statement === null || ID.test(state.statement), 'statement');
  expect(isList(state.tables, /^(map|timeline|speakers|together|themes)$/), 'tables');
  expect(/^(date|title|place|format|organisers|participants|countries)$/.test(state.eventSort.column) && /^(asc|desc)$/.test(state.eventSort.direction), 'eventSort');
  expect(state.fact === null || (ID.test(state.fact.event) && /^(title|date|location|format|organisers|count|countries)$/.test(state.fact.key)), 'fact');
  expect(state.compare.length <= 4 && isList(state.compare, /^(?:[A-Za-z0-9_.:~-]{1,200}|role:[^,]{1,120})$/), 'compare');
  expect(['cluster', 'count'].includes(state.matrixOrder), 'matrixOrder');
  expect(
    state.corpus === null ||
      (/^[\w-]+(\/[\w.-]+)*\.(json|ndjson|parquet)$/.test(state.corpus) && !state.corpus.includes('..')),
    'corpus',
  );
  expect(state.version === null || /^[0-9a-f]{8,64}$/.test(state.version), 'version');
  return problems;
}

// Query strings as people and programs garble them: known keys with odd
// values, unknown keys, percent escapes (some broken), separators, unicode.
const KEYS = ['esort', 'fact', 'compare', 'country', 'mentions', 'theme', 'speaker', 'event', 'from', 'to', 'q', 'bucket', 'measure', 'scale', 'sort', 'table', 'statement', 'corpus', 'v', 'matrix'];
const piece = fc.oneof(
  fc.constantFrom('JPN', 'CHN', 'jpn', 'month', 'events', 'desc', 'map', 'timeline', '1', 'data/x.json', '../x.json', '2020-02-29', '2021-02-29', '0000-01-01', '9999-12-31', 'doc:1-5', '3f2a9c01bd47', 'ABCDEF12', 'abc', 'count', 'COUNT', 'cluster', 'together', 'themes'),
  fc.constantFrom('%', '%2', '%ZZ', '%2C', '%26', '%3D', '%E2%82', '%ED%A0%80', '%F0%9F%98%80', '%00', '+', '&', '=', ',', ',,', '?', '#', ' ', '\u00e9', '\uD83D', '\uDE00', '😀', '\u0301', '\r\n'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const value = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 100, max: 700 })).map(([p, n]) => (p || 'x').repeat(n)) },
);
const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), piece), value).map(([k, v]) => `${k}=${v}`);
const queryString = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('', '?', '??'), fc.array(pair, { maxLength: 8 })).map(([q, pairs]) => q + pairs.join('&')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

const RUNS = { numRuns: 200 };

describe('parseViewState on any string', () => {
  it('never throws and always gives a valid state', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        expect(problemsOf(parseViewState(search))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is a fixed point after one round trip: parse(serialize(parse(s))) = parse(s)', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const state = parseViewState(search);
        const query = serializeViewState(state);
        expect(parseViewState(query)).toEqual(state);
        expect(serializeViewState(parseViewState(query))).toBe(query);
      }),
      RUNS,
    );
  });
});

const date = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const id = fc.stringMatching(/^[\w.:~-]{1,40}$/);
const validState: fc.Arbitrary<ViewState> = fc
  .record({
    countries: fc.uniqueArray(fc.stringMatching(/^[A-Z]{3}$/), { maxLength: 5 }),
    includeMentions: fc.boolean(),
    themes: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,80}$/), { maxLength: 5 }),
    speakers: fc.uniqueArray(id, { maxLength: 5 }),
    events: fc.uniqueArray(id, { maxLength: 5 }),
    dates: fc.tuple(fc.option(date), fc.option(date)),
    search: fc.string({ unit: 'grapheme', maxLength: 120 }).filter((s) => s.length <= 500),
    sort: fc.constantFrom('date-asc' as const, 'date-desc' as const),
    bucket: fc.constantFrom('auto' as const, 'day' as const, 'week' as const, 'month' as const, 'year' as const),
    measure: fc.constantFrom('statements' as const, 'events' as const),
    scale: fc.constantFrom('count' as const, 'share' as const),
    statement: fc.option(id),
    tables: fc.uniqueArray(fc.constantFrom('map' as const, 'timeline' as const, 'speakers' as const, 'together' as const, 'themes' as const), { maxLength: 5 }),
    matrixOrder: fc.constantFrom('cluster' as const, 'count' as const),
    corpus: fc.option(
      fc.stringMatching(/^[\w-]{1,12}(\/[\w.-]{1,12}){0,3}\.(json|ndjson|parquet)$/).filter((path) => !path.includes('..')),
    ),
    version: fc.option(fc.stringMatching(/^[0-9a-f]{8,64}$/)),
    eventSort: fc.record({
      column: fc.constantFrom(...EVENT_SORT_COLUMNS),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    fact: fc.option(fc.record({ event: id, key: fc.constantFrom(...EVENT_FACT_KEYS) })),
    compare: fc.uniqueArray(fc.oneof(id.filter((value) => !value.startsWith('role:')), fc.stringMatching(/^[A-Za-z](?:[\w -]{0,29}[\w-])?$/).map((role) => `role:${role}`)), { maxLength: 4 }),
  })
  .map(({ countries, dates: [a, b], ...rest }) => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return {
      filters: {
        countries: countries as CountryCode[],
        includeMentions: rest.includeMentions,
        themes: rest.themes,
        speakers: rest.speakers,
        events: rest.events,
        from,
        to,
        search: rest.search,
      },
      sort: rest.sort,
      bucket: rest.bucket,
      measure: rest.measure,
      scale: rest.scale,
      statement: rest.statement,
      tables: rest.tables,
      corpus: rest.corpus,
      version: rest.version,
      eventSort: rest.eventSort,
      fact: rest.fact,
      compare: rest.compare,
      matrixOrder: rest.matrixOrder,
    };
  });

describe('serializeViewState on any valid state', () => {
  it('generates only states the predicate accepts', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(problemsOf(state)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('reads back exactly: parse(serialize(state)) = state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseViewState(serializeViewState(state))).toEqual(state);
      }),
      RUNS,
    );
  });
});
