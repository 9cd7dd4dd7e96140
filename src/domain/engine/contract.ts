import type { CountryCode, IsoDate } from '../corpus/corpus-schema.ts';
import type { Facet, Filters, SortOrder } from '../view-state/filters.ts';
import type { EventSort, EventSortColumn } from '../view-state/event-sort.ts';
import type { OffThreadOrders } from './columnar/event-list-order.ts';

/**
 * What every linked-views engine answers, and the rules it answers by. The
 * reference engine (reference/) is the readable statement of these rules and
 * the test oracle; the columnar engine (columnar/, with text/ for search) is
 * the one the dashboard runs, and must return exactly what the reference does.
 */

/** The series a statement or event falls in when no theme was assigned. */
export const UNTHEMED = 'unthemed';

/**
 * Everything the linked views draw for one state of the filters. Each part
 * is computed with every filter except the one its view owns (as in
 * crossfilter and Mosaic): the map ignores the country filter, the timeline
 * the theme and date filters, each facet its own values.
 *
 * Matching rules (the product's semantics, shared by every engine):
 * - A statement matches a country when its event lists that country as a
 *   participant, or, with `includeMentions`, when the statement mentions it.
 * - A statement matches a theme when the theme is among its themes.
 * - A statement's date is its event's start date; it matches a date range
 *   when its event's [start, end] overlaps the range. A range whose `from`
 *   is after its `to` is empty and matches nothing.
 * - An event matches when it matches the country (participant, or with
 *   `includeMentions` mentioned by one of its statements), event and date
 *   filters itself; its themes (its own plus its statements') include a
 *   selected theme; and, when speakers or a search are set, one of its
 *   statements matches the speaker and search filters.
 */
export type LinkedViewsQuery = { filters: Filters; sort: SortOrder };

export type CountryTally = {
  code: CountryCode;
  /** Events (matching all filters but the country one) it took part in. */
  events: number;
  /** Statements whose event it took part in. */
  statements: number;
  /** Statements that mention it. */
  mentions: number;
};

export type FacetCount = { value: string; count: number };

/**
 * Counts per day and theme; `dates` ascending, each series aligned to it.
 * `totals` counts each statement or event once per day, whatever its
 * themes: the denominator of a theme's share (the theme series add up to
 * more when an item has several themes).
 */
export type ThemeDaySeries = {
  dates: IsoDate[];
  statements: Record<string, number[]>;
  events: Record<string, number[]>;
  totals: { statements: number[]; events: number[] };
};

export type LinkedViews = {
  /** Indices into corpus.statements of every match, in list order. */
  matchingStatements: Uint32Array;
  totals: { statements: number; events: number; countries: number; themes: number };
  countries: CountryTally[];
  timeline: ThemeDaySeries;
  facets: {
    countries: FacetCount[];
    themes: FacetCount[];
    speakers: FacetCount[];
    events: FacetCount[];
  };
};

/**
 * Which filters each view ignores: a view sees every filter except the ones
 * it owns (as in crossfilter and Mosaic), so the map keeps showing every
 * country while one is selected. Both engines read this table.
 */
export const FILTERS_IGNORED_BY_VIEW = {
  map: ['countries'],
  timeline: ['themes', 'dates'],
  countryFacet: ['countries'],
  themeFacet: ['themes'],
  speakerFacet: ['speakers'],
  eventFacet: ['events'],
  eventTable: ['events'],
  speakerComparison: ['speakers', 'themes'],
  coParticipation: ['countries'],
  themeCountries: ['countries', 'themes'],
} as const satisfies Record<string, readonly Facet[]>;

/**
 * What the views need from an engine: one call per state of the filters.
 * Results may be shared between calls: treat them as read-only.
 */
export type LinkedViewsEngine = {
  query(query: LinkedViewsQuery): LinkedViews;
} & CountryViewsEngine;

/**
 * Who took part together (issue 14, item 2). The picked countries are the
 * country filter's: the view ignores that filter when it counts (as the map
 * does), so it sees every event matching the other filters, and reads the
 * picks as participants only — the mentions switch does not apply.
 */
export type CoParticipationQuery = { filters: Filters };

/** At most this many countries in the co-participation matrix. */
export const CO_PARTICIPATION_MATRIX_SIZE = 30;

export type CoParticipationPartner = {
  code: CountryCode;
  /** Events with at least one picked country that it took part in too. */
  events: number;
  /** The same, per picked country, aligned to `CoParticipation.picked`. */
  byPicked: number[];
};

export type CoParticipation = {
  /** The picked countries this corpus knows, in the order picked, each with its events. */
  picked: Array<{ code: CountryCode; events: number }>;
  /** Events (matching every filter but the country one) that at least one picked country took part in. */
  pickedEvents: number;
  /** …of those, the events every picked country took part in. */
  allPickedEvents: number;
  /** Every other country at those events: most shared events first, then by code. */
  partners: CoParticipationPartner[];
  /**
   * The countries with most events (picked ones always included), at most
   * CO_PARTICIPATION_MATRIX_SIZE, most events first then by code; `counts`
   * is row-major n × n, the events both took part in (the diagonal: its own).
   */
  matrix: { countries: CountryCode[]; counts: number[] };
};

/**
 * Theme × country (issue 14, item 4): statements per theme by the countries
 * of their events, or with `includeMentions` also by the countries they
 * mention. The view owns the country and theme filters, so it ignores both.
 */
export type ThemeCountryQuery = { filters: Filters };

export type ThemeCountryCounts = {
  /** Theme ids with at least one statement (UNTHEMED for none), ascending. */
  themes: string[];
  /** Countries with at least one statement: most first, then by code; `statements` counts each once. */
  countries: Array<{ code: CountryCode; statements: number }>;
  /** Row-major themes × countries: statements with that theme counted for that country. */
  counts: number[];
};

/** The engine's views beyond the linked views' one query (issue 14). */
export type CountryViewsEngine = {
  coParticipation(query: CoParticipationQuery): CoParticipation;
  themeCountries(query: ThemeCountryQuery): ThemeCountryCounts;
};

/**
 * The events table: every event matching all filters but the event filter
 * (FILTERS_IGNORED_BY_VIEW.eventTable), so choosing an event marks it in the
 * table instead of shrinking the table to one row. Sorted by one column
 * (domain/events/event-sort-keys.ts): equal values keep corpus order, events
 * that do not state the value come last, in either direction.
 */
export type EventListQuery = { filters: Filters; sort: EventSort };

export type EventListEngine = {
  /** Indices into corpus.events, in table order. */
  listEvents(query: EventListQuery): Uint32Array;
  /** Whether a sort by `column` is ready, so listEvents costs one pass (otherwise it first works the column's order out). */
  ready(column: EventSortColumn): boolean;
  /**
   * Does ahead of time what a first sort by `column` would: here, at once,
   * or `elsewhere` (e.g. a worker) from the input the engine reads a slice
   * at a time, pausing between slices. Resolves once `ready(column)`;
   * rejects if `elsewhere` fails (listEvents still works).
   */
  prepare(column: EventSortColumn, elsewhere?: OffThreadOrders): Promise<void>;
};

/**
 * Speakers side by side: for each group of speaker ids (one speaker, or
 * everyone named with a role), its statements matching every filter but the
 * speaker and theme filters (FILTERS_IGNORED_BY_VIEW.speakerComparison: the
 * view shows every theme of every compared speaker, and a bar sets those two
 * filters), and how many of them carry each theme (UNTHEMED for none; a
 * statement with several themes counts under each).
 */
export type SpeakerComparisonQuery = { filters: Filters; groups: ReadonlyArray<readonly string[]> };

export type SpeakerThemeCounts = { statements: number; themes: Record<string, number> };

export type SpeakerComparisonEngine = {
  compareSpeakers(query: SpeakerComparisonQuery): SpeakerThemeCounts[];
};
