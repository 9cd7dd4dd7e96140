import { isCalendarDate, type CountryCode } from '../corpus/corpus-schema.ts';
import { URL_ID_PATTERN, URL_THEME_ID_PATTERN } from '../corpus/linkable-ids.ts';
import type { TimeBucket, TimelineMeasure, TimelineScale } from '../timeline/time-buckets.ts';
import { shorten } from '../corpus/corpus-problems.ts';
import { formatCount } from '../format/format-count.ts';
import { MAX_DEMO_STATEMENTS, parseDemoCorpusParam } from '../synthetic/demo-corpus.ts';
import { EMPTY_FILTERS, type Filters, type SortOrder } from './filters.ts';
import type { LinkProblem } from './link-problems.ts';
import { DEFAULT_EVENT_SORT, parseEventSort, serializeEventSort, type EventSort } from './event-sort.ts';
import { parseFactParam, serializeFactParam, type EventFactRef } from './event-fact.ts';
import { isCompareKey, MAX_COMPARED } from './compare-keys.ts';
import type { MatrixOrder } from '../co-participation/matrix-order.ts';

/**
 * The whole dashboard state that a copied link must reproduce. The URL is
 * its one source of truth: components read it through parseViewState and
 * change it through serializeViewState, never through a mirrored copy.
 */
export type ViewState = {
  filters: Filters;
  sort: SortOrder;
  bucket: TimeBucket;
  measure: TimelineMeasure;
  /** Counts, or each theme's share of the period's statements or events. */
  scale: TimelineScale;
  /** Id of the statement open in the source reader. */
  statement: string | null;
  /** Which views show their data table instead of the chart. */
  tables: readonly TableView[];
  /** A corpus file under public/ to open instead of the bundled one, or a synthetic demo corpus (`synthetic:20000-seed42`). */
  corpus: string | null;
  /**
   * The corpus version the link was made on (`v=`, 8 to 64 hex digits of the
   * corpus file's SHA-256), so a link opened on other data can say so.
   */
  version: string | null;
  /** How the events table is sorted (`esort=`). */
  eventSort: EventSort;
  /** An event's fact open in the source reader (`fact=EVENT:KEY`), when no statement is. */
  fact: EventFactRef | null;
  /** Speakers (ids) and roles (`role:Secretary-General`) compared side by side (`compare=`), at most four. */
  compare: readonly string[];
  /** The order of the co-participation matrix's countries (`matrix=count`; clustered by default). */
  matrixOrder: MatrixOrder;
};

export type TableView = 'map' | 'timeline' | 'speakers' | 'together' | 'themes';

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  filters: EMPTY_FILTERS,
  sort: 'date-asc',
  bucket: 'auto',
  measure: 'statements',
  scale: 'count',
  statement: null,
  tables: [],
  corpus: null,
  version: null,
  eventSort: DEFAULT_EVENT_SORT,
  fact: null,
  compare: [],
  matrixOrder: 'cluster',
});

const BUCKETS: readonly TimeBucket[] = ['auto', 'day', 'week', 'month', 'year'];
const TABLE_VIEWS: readonly TableView[] = ['map', 'timeline', 'speakers', 'together', 'themes'];
const MATRIX_ORDERS: readonly MatrixOrder[] = ['cluster', 'count'];
const MAX_LIST_VALUES = 200;
const MAX_TEXT_LENGTH = 500;
// A corpus path stays inside the app's own public folder: no scheme, no
// parent directories, no query; the app never fetches another origin.
const CORPUS_PATH = /^(?!.*\.\.)[\w-]+(?:\/[\w.-]+)*\.(?:json|ndjson|parquet)$/;
const COUNTRY = /^[A-Za-z]{3}$/;
const MEASURES: readonly TimelineMeasure[] = ['statements', 'events'];
/** At least 8 hex digits, as a copied link writes the first 12 of the SHA-256; at most the whole digest. */
const CORPUS_VERSION = /^[0-9a-f]{8,64}$/;
const SCALES: readonly TimelineScale[] = ['count', 'share'];

/**
 * At most `max` UTF-16 units, never ending in half an emoji: a lone surrogate
 * would be written to the URL as U+FFFD, so the link would not read back.
 */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const last = value.charCodeAt(max - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** The value as a notice quotes it: never a wall of text. */
function shown(value: string): string {
  return shorten(value, 60);
}

/** What reading one query string found wrong, gathered as it reads. */
function createReader(params: URLSearchParams) {
  const problems: LinkProblem[] = [];
  const report = (parameter: string, given: string, action: LinkProblem['action'], reason: string, readAs?: string) => {
    const problem: LinkProblem = { parameter, keys: [parameter], given: shown(given), action, reason };
    if (readAs !== undefined) problem.readAs = readAs;
    problems.push(problem);
  };

  /**
   * A comma-separated list. `read` returns the value to keep (maybe
   * normalised) or a reason to drop it.
   */
  function list(key: string, read: (value: string) => { value: string } | { drop: string }, normalisedWhy = ''): string[] {
    const raw = params.get(key);
    if (raw === null) return [];
    const values: string[] = [];
    for (const item of raw.split(',')) {
      const value = item.trim();
      if (value === '') continue;
      const result = read(value);
      if ('drop' in result) {
        report(key, value, 'dropped', result.drop);
        continue;
      }
      if (result.value !== value) report(key, value, 'normalised', normalisedWhy, result.value);
      if (!values.includes(result.value)) values.push(result.value);
    }
    if (values.length > MAX_LIST_VALUES) {
      report(key, `${formatCount(values.length)} values`, 'dropped', `a link carries at most ${formatCount(MAX_LIST_VALUES)}; the rest were left out`);
    }
    return values.slice(0, MAX_LIST_VALUES);
  }

  function date(key: string): string | null {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') return null;
    if (isCalendarDate(raw)) return raw;
    report(key, raw, 'dropped', 'it is not a calendar date written YYYY-MM-DD');
    return null;
  }

  /** One of `options`, case aside; anything else is dropped. */
  function choice<T extends string>(key: string, options: readonly T[], fallback: T): T {
    const raw = params.get(key);
    if (raw === null || raw === '') return fallback;
    const value = raw.trim().toLowerCase();
    const match = options.find((option) => option === value);
    if (match === undefined) {
      report(key, raw, 'dropped', `expected ${options.map((option) => `“${option}”`).join(', ').replace(/, (?=[^,]*$)/, ' or ')}`);
      return fallback;
    }
    if (match !== raw) report(key, raw, 'normalised', '', match);
    return match;
  }

  return { problems, report, list, date, choice };
}

/** `v=`: hex digits in lower case; anything else is dropped. */
function readVersion(raw: string | null, report: ReturnType<typeof createReader>['report']): string | null {
  if (raw === null || raw.trim() === '') return null;
  const value = raw.trim().toLowerCase();
  if (!CORPUS_VERSION.test(value)) {
    report('v', raw, 'dropped', 'a corpus version is 8 to 64 hexadecimal digits, so the link’s corpus version is not known');
    return null;
  }
  if (value !== raw) report('v', raw, 'normalised', 'a corpus version is written in lower-case hexadecimal digits', value);
  return value;
}

/** Which way the sort choice names a state value. */
const SORTS: Record<string, SortOrder> = { asc: 'date-asc', desc: 'date-desc' };

/**
 * Reads the view state from a query string, and says what it could not use.
 * Any input gives a valid state: unknown keys are ignored; a malformed value
 * is dropped (or read in its plain form: "jpn" as JPN) and listed in
 * `problems`, so a link that does not say what it meant is never silently
 * read as something else.
 */
export function readViewState(search: string): { state: ViewState; problems: LinkProblem[] } {
  const params = new URLSearchParams(search);
  const read = createReader(params);
  let from = read.date('from');
  let to = read.date('to');
  if (from !== null && to !== null && from > to) {
    read.problems.push({
      parameter: 'from',
      keys: ['from', 'to'],
      given: `${from} to ${to}`,
      action: 'normalised',
      reason: 'the start came after the end, so the two were swapped',
      readAs: `${to} to ${from}`,
    });
    [from, to] = [to, from];
  }
  const countries = read.list(
    'country',
    (value) => (COUNTRY.test(value) ? { value: value.toUpperCase() } : { drop: 'it is not a three-letter country code such as JPN' }),
    'country codes are written in capitals',
  );
  const themes = read.list(
    'theme',
    (value) => (URL_THEME_ID_PATTERN.test(value.toLowerCase()) ? { value: value.toLowerCase() } : { drop: 'it is not a theme id' }),
    'theme ids are written in lower case',
  );
  const ids = (noun: string) => (value: string) => (URL_ID_PATTERN.test(value) ? { value } : { drop: `it is not ${noun} id` });
  const speakers = read.list('speaker', ids('a speaker'));
  const events = read.list('event', ids('an event'));
  const tables = read.list('table', (value) =>
    TABLE_VIEWS.includes(value.toLowerCase() as TableView) ? { value: value.toLowerCase() } : { drop: 'expected “map”, “timeline”, “speakers”, “together” or “themes”' },
  );

  const mentions = params.get('mentions');
  if (mentions !== null && mentions !== '1' && mentions !== '0' && mentions !== '') {
    read.report('mentions', mentions, 'dropped', 'expected 1 (include mentions) or 0');
  }
  const query = params.get('q') ?? '';
  const search_ = truncate(query, MAX_TEXT_LENGTH);
  if (search_ !== query) {
    read.report('q', query, 'normalised', `a search is at most ${formatCount(MAX_TEXT_LENGTH)} characters, so the rest was cut`, shown(search_));
  }
  const statement = params.get('statement');
  if (statement !== null && statement !== '' && !URL_ID_PATTERN.test(statement)) {
    read.report('statement', statement, 'dropped', 'it is not a statement id');
  }
  const corpus = params.get('corpus');
  const corpusOpens = corpus !== null && (CORPUS_PATH.test(corpus) || parseDemoCorpusParam(corpus) !== null);
  if (corpus !== null && corpus !== '' && !corpusOpens) {
    const why = /^synthetic:/i.test(corpus)
      ? `a synthetic demo corpus is named synthetic:N-seedS, with at most ${formatCount(MAX_DEMO_STATEMENTS)} statements`
      : /^[a-z][a-z0-9+.-]*:/i.test(corpus)
        ? 'the app opens only files published with it, never another address'
        : 'it is not the path of a .json, .ndjson or .parquet file published with the app (such as data/synthetic/corpus.json)';
    read.report('corpus', corpus, 'dropped', `${why}; the bundled corpus is shown instead`);
  }

  const version = readVersion(params.get('v'), read.report);

  const sort = SORTS[read.choice('sort', ['asc', 'desc'] as const, 'asc')]!;
  const eventSortRaw = params.get('esort');
  const eventSort = eventSortRaw === null || eventSortRaw === '' ? DEFAULT_EVENT_SORT : parseEventSort(eventSortRaw);
  if (eventSort === null) read.report('esort', eventSortRaw!, 'dropped', 'expected a column of the events table (date, title, place, format, organisers, participants, countries), optionally followed by -desc');
  else if (eventSortRaw !== null && eventSortRaw.trim().toLowerCase() !== eventSortRaw) {
    read.report('esort', eventSortRaw, 'normalised', '', eventSortRaw.trim().toLowerCase());
  }
  const compare = read.list('compare', (value) => (isCompareKey(value) ? { value } : { drop: 'it is not a speaker id or a role written role:NAME' }));
  if (compare.length > MAX_COMPARED) {
    read.report('compare', compare.slice(MAX_COMPARED).join(','), 'dropped', `at most ${MAX_COMPARED} speakers or roles are compared side by side`);
  }
  const factRaw = params.get('fact');
  const fact = factRaw === null || factRaw === '' ? null : parseFactParam(factRaw);
  if (factRaw !== null && factRaw !== '' && fact === null) read.report('fact', factRaw, 'dropped', 'it is not an event id and a fact, such as syn-event-3:date');
  const state: ViewState = {
    filters: {
      countries: countries as CountryCode[],
      includeMentions: mentions === '1',
      themes,
      speakers,
      events,
      from,
      to,
      search: search_,
    },
    sort,
    bucket: read.choice('bucket', BUCKETS, 'auto'),
    measure: read.choice('measure', MEASURES, 'statements'),
    scale: read.choice('scale', SCALES, 'count'),
    statement: statement !== null && URL_ID_PATTERN.test(statement) ? statement : null,
    tables: tables as TableView[],
    corpus: corpusOpens ? corpus : null,
    version,
    eventSort: eventSort ?? DEFAULT_EVENT_SORT,
    fact,
    compare: compare.slice(0, MAX_COMPARED),
    matrixOrder: read.choice('matrix', MATRIX_ORDERS, 'cluster'),
  };
  return { state, problems: read.problems };
}

/** The view state a query string reproduces; `readViewState` also says what it could not use. */
export function parseViewState(search: string): ViewState {
  return readViewState(search).state;
}

/**
 * Writes the view state as a query string (without "?"), omitting every
 * default so that links stay short and stable. Keys come in a fixed order.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.corpus !== null) params.set('corpus', state.corpus);
  if (state.version !== null) params.set('v', state.version);
  if (filters.countries.length > 0) params.set('country', filters.countries.join(','));
  if (filters.includeMentions) params.set('mentions', '1');
  if (filters.themes.length > 0) params.set('theme', filters.themes.join(','));
  if (filters.speakers.length > 0) params.set('speaker', filters.speakers.join(','));
  if (filters.events.length > 0) params.set('event', filters.events.join(','));
  if (filters.from !== null) params.set('from', filters.from);
  if (filters.to !== null) params.set('to', filters.to);
  if (filters.search !== '') params.set('q', filters.search);
  if (state.bucket !== 'auto') params.set('bucket', state.bucket);
  if (state.measure !== 'statements') params.set('measure', state.measure);
  if (state.scale !== 'count') params.set('scale', state.scale);
  if (state.sort !== 'date-asc') params.set('sort', 'desc');
  if (state.tables.length > 0) params.set('table', state.tables.join(','));
  if (state.statement !== null) params.set('statement', state.statement);
  const eventSort = serializeEventSort(state.eventSort);
  if (eventSort !== null) params.set('esort', eventSort);
  if (state.fact !== null) params.set('fact', serializeFactParam(state.fact));
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (state.matrixOrder !== 'cluster') params.set('matrix', state.matrixOrder);
  // Commas and colons are safe in a query and keep links readable.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
