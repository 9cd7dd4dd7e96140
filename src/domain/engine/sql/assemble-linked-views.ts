import type { CountryCode, IsoDate } from '../../corpus/corpus-schema.ts';
import type { FacetCount, LinkedViews, ThemeDaySeries } from '../contract.ts';

/**
 * The rows of linked-views-sql.ts's queries as the LinkedViews every engine
 * returns. Counts may arrive as bigint (SQL's count) and are made numbers.
 */

type Count = number | bigint;
export type TimelineRow = [part: 's' | 'e' | 'S' | 'E', theme: string | null, date: IsoDate, count: Count];

export type LinkedViewsRows = {
  list: Uint32Array;
  totals: [events: Count, countries: Count, themes: Count];
  map: Array<[code: string, events: Count, statements: Count, mentions: Count]>;
  timeline: TimelineRow[];
  countryFacet: Array<[value: string, count: Count]>;
  themeFacet: Array<[value: string, count: Count]>;
  speakerFacet: Array<[value: string, count: Count]>;
  eventFacet: Array<[value: string, count: Count]>;
};

function toFacet(rows: ReadonlyArray<[string, Count]>): FacetCount[] {
  return rows.map(([value, count]) => ({ value, count: Number(count) }));
}

/** Aligns the cells by date and theme, as the reference engine's timeline: dates ascending, themes in sorted order. */
export function assembleTimeline(rows: readonly TimelineRow[]): ThemeDaySeries {
  const dates = [...new Set(rows.map((row) => row[2]))].sort();
  const slot = new Map(dates.map((date, i) => [date, i]));
  const statements: Record<string, number[]> = {};
  const events: Record<string, number[]> = {};
  const totals = { statements: dates.map(() => 0), events: dates.map(() => 0) };
  const themesOf = { s: new Set<string>(), e: new Set<string>() };
  for (const [part, theme] of rows) if ((part === 's' || part === 'e') && theme !== null) themesOf[part].add(theme);
  for (const theme of [...themesOf.s].sort()) statements[theme] = dates.map(() => 0);
  for (const theme of [...themesOf.e].sort()) events[theme] = dates.map(() => 0);
  for (const [part, theme, date, count] of rows) {
    const i = slot.get(date)!;
    if (part === 'S') totals.statements[i] = Number(count);
    else if (part === 'E') totals.events[i] = Number(count);
    else (part === 's' ? statements : events)[theme!]![i] = Number(count);
  }
  return { dates, statements, events, totals };
}

export function assembleLinkedViews(rows: LinkedViewsRows): LinkedViews {
  const [events, countries, themes] = rows.totals;
  return {
    matchingStatements: rows.list,
    totals: { statements: rows.list.length, events: Number(events), countries: Number(countries), themes: Number(themes) },
    countries: rows.map.map(([code, eventCount, statementCount, mentionCount]) => ({
      code: code as CountryCode,
      events: Number(eventCount),
      statements: Number(statementCount),
      mentions: Number(mentionCount),
    })),
    timeline: assembleTimeline(rows.timeline),
    facets: {
      countries: toFacet(rows.countryFacet),
      themes: toFacet(rows.themeFacet),
      speakers: toFacet(rows.speakerFacet),
      events: toFacet(rows.eventFacet),
    },
  };
}
