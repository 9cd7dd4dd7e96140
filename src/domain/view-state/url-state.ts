import { isCalendarDate, type CountryCode } from '../corpus/corpus-schema.ts';
import { URL_ID_PATTERN, URL_THEME_ID_PATTERN } from '../corpus/linkable-ids.ts';
import type { TimeBucket, TimelineMeasure, TimelineScale } from '../timeline/time-buckets.ts';
import { parseDemoCorpusParam } from '../synthetic/demo-corpus.ts';
import { EMPTY_FILTERS, type Filters, type SortOrder } from './filters.ts';

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
};

export type TableView = 'map' | 'timeline';

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  filters: EMPTY_FILTERS,
  sort: 'date-asc',
  bucket: 'auto',
  measure: 'statements',
  scale: 'count',
  statement: null,
  tables: [],
  corpus: null,
});

const BUCKETS: readonly TimeBucket[] = ['auto', 'day', 'week', 'month', 'year'];
const TABLE_VIEWS: readonly TableView[] = ['map', 'timeline'];
const MAX_LIST_VALUES = 200;
const MAX_TEXT_LENGTH = 500;
// A corpus path stays inside the app's own public folder: no scheme, no
// parent directories, no query; the app never fetches another origin.
const CORPUS_PATH = /^(?!.*\.\.)[\w-]+(?:\/[\w.-]+)*\.(?:json|ndjson)$/;

function readList(params: URLSearchParams, key: string, accept: (value: string) => boolean): string[] {
  const raw = params.get(key);
  if (raw === null) return [];
  const values = raw
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '' && accept(value));
  return [...new Set(values)].slice(0, MAX_LIST_VALUES);
}

/**
 * At most `max` UTF-16 units, never ending in half an emoji: a lone surrogate
 * would be written to the URL as U+FFFD, so the link would not read back.
 */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const last = value.charCodeAt(max - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

function readDate(params: URLSearchParams, key: string): string | null {
  const raw = params.get(key);
  return raw !== null && isCalendarDate(raw) ? raw : null;
}

/**
 * Reads the view state from a query string. Any input gives a valid state:
 * unknown keys are ignored and malformed values fall back to their defaults.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  let from = readDate(params, 'from');
  let to = readDate(params, 'to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const bucket = params.get('bucket');
  const corpus = params.get('corpus');
  const statement = params.get('statement');
  return {
    filters: {
      countries: readList(params, 'country', (value) => /^[A-Z]{3}$/.test(value)) as CountryCode[],
      includeMentions: params.get('mentions') === '1',
      themes: readList(params, 'theme', (value) => URL_THEME_ID_PATTERN.test(value)),
      speakers: readList(params, 'speaker', (value) => URL_ID_PATTERN.test(value)),
      events: readList(params, 'event', (value) => URL_ID_PATTERN.test(value)),
      from,
      to,
      search: truncate(params.get('q') ?? '', MAX_TEXT_LENGTH),
    },
    sort: params.get('sort') === 'desc' ? 'date-desc' : 'date-asc',
    bucket: BUCKETS.includes(bucket as TimeBucket) ? (bucket as TimeBucket) : 'auto',
    measure: params.get('measure') === 'events' ? 'events' : 'statements',
    scale: params.get('scale') === 'share' ? 'share' : 'count',
    statement: statement !== null && URL_ID_PATTERN.test(statement) ? statement : null,
    tables: readList(params, 'table', (value) => TABLE_VIEWS.includes(value as TableView)) as TableView[],
    corpus: corpus !== null && (CORPUS_PATH.test(corpus) || parseDemoCorpusParam(corpus) !== null) ? corpus : null,
  };
}

/**
 * Writes the view state as a query string (without "?"), omitting every
 * default so that links stay short and stable. Keys come in a fixed order.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.corpus !== null) params.set('corpus', state.corpus);
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
  // Commas and colons are safe in a query and keep links readable.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
