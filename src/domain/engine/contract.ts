import type { CountryCode, IsoDate } from '../corpus/corpus-schema.ts';
import type { Facet, Filters, SortOrder } from '../view-state/filters.ts';
import type { EventSort, EventSortColumn } from '../view-state/event-sort.ts';

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
} as const satisfies Record<string, readonly Facet[]>;

/**
 * What the views need from an engine: one call per state of the filters.
 * Results may be shared between calls: treat them as read-only.
 */
export type LinkedViewsEngine = {
  query(query: LinkedViewsQuery): LinkedViews;
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
  /** Does ahead of time (e.g. while the page is idle) what a first sort by `column` would. */
  prepare(column: EventSortColumn): void;
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
