import { FILTERS_IGNORED_BY_VIEW as IGNORED } from '../contract.ts';
import { withoutFacets, type Filters, type SortOrder } from '../../view-state/filters.ts';
import { parseSearchQuery, toQueryWords, type QueryWord } from '../../view-state/search.ts';

/**
 * The linked views as SQL over the tables of corpus-tables-sql.ts: the same
 * rules as the reference engine (contract.ts), one query per view, each with
 * every filter but its own (FILTERS_IGNORED_BY_VIEW). This is the path for a
 * corpus beyond a browser's memory: a server runs these queries in DuckDB
 * and answers the same LinkedViews the page's engine does.
 *
 * Every value from the filters is a bound parameter (`$1`, `$2`, …), never
 * text in the SQL: the SQL depends only on which filters are set and how
 * many values each has, so a server can keep it prepared.
 */

export type SqlQuery = { sql: string; params: string[] };

/** The queries of one state of the filters. */
export type LinkedViewsSql = {
  /** Matching statement indices, in list order. */
  list: SqlQuery;
  /** One row: events, countries, themes (statements is the list's length). */
  totals: SqlQuery;
  /** Rows: code, events, statements, mentions; sorted as the map's tallies. */
  map: SqlQuery;
  /** Rows: part ('s' statement cell, 'e' event cell, 'S'/'E' day totals), theme, date, count. */
  timeline: SqlQuery;
  /** Rows: value, count; descending count, then value. */
  countryFacet: SqlQuery;
  themeFacet: SqlQuery;
  speakerFacet: SqlQuery;
  eventFacet: SqlQuery;
};

class Params {
  readonly values: string[] = [];
  add(value: string): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  list(values: readonly string[]): string {
    return values.map((value) => this.add(value)).join(', ');
  }
}

function dateClauses(filters: Filters, alias: string, p: Params): string[] {
  // A range that ends before it starts is empty: nothing overlaps it.
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) return ['FALSE'];
  const clauses: string[] = [];
  if (filters.from !== null) clauses.push(`${alias}.end_date >= ${p.add(filters.from)}`);
  if (filters.to !== null) clauses.push(`${alias}.start_date <= ${p.add(filters.to)}`);
  return clauses;
}

/** A query word matches a statement word that starts with it or shares its stem. */
function wordClause(word: QueryWord, alias: string, p: Params): string {
  return `${alias}.s IN (SELECT s FROM postings WHERE w IN (SELECT w FROM vocabulary WHERE starts_with(word, ${p.add(word.word)}) OR stem = ${p.add(word.stem)}))`;
}

function searchWords(filters: Filters): QueryWord[] {
  return toQueryWords(parseSearchQuery(filters.search));
}

/** The filters a statement must pass, over `statements` as `st`. */
function statementWhere(filters: Filters, p: Params): string {
  const clauses: string[] = [];
  if (filters.countries.length > 0) {
    const participants = `st.e IN (SELECT e FROM participants WHERE code IN (${p.list(filters.countries)}))`;
    clauses.push(
      filters.includeMentions
        ? `(${participants} OR st.s IN (SELECT s FROM mentions WHERE code IN (${p.list(filters.countries)})))`
        : participants,
    );
  }
  if (filters.themes.length > 0) clauses.push(`st.s IN (SELECT s FROM statement_themes WHERE theme IN (${p.list(filters.themes)}))`);
  if (filters.speakers.length > 0) clauses.push(`st.speaker IN (${p.list(filters.speakers)})`);
  if (filters.events.length > 0) clauses.push(`st.event_id IN (${p.list(filters.events)})`);
  clauses.push(...dateClauses(filters, 'st', p));
  for (const word of searchWords(filters)) clauses.push(wordClause(word, 'st', p));
  return clauses.length === 0 ? 'TRUE' : clauses.join(' AND ');
}

/** The filters an event must pass, over `events` as `ev`. */
function eventWhere(filters: Filters, p: Params): string {
  const clauses: string[] = [];
  if (filters.events.length > 0) clauses.push(`ev.id IN (${p.list(filters.events)})`);
  clauses.push(...dateClauses(filters, 'ev', p));
  if (filters.themes.length > 0) clauses.push(`ev.e IN (SELECT e FROM event_themes WHERE theme IN (${p.list(filters.themes)}))`);
  if (filters.countries.length > 0) {
    const participants = `ev.e IN (SELECT e FROM participants WHERE code IN (${p.list(filters.countries)}))`;
    clauses.push(
      filters.includeMentions
        ? `(${participants} OR ev.e IN (SELECT e FROM mentions WHERE code IN (${p.list(filters.countries)})))`
        : participants,
    );
  }
  const words = searchWords(filters);
  if (filters.speakers.length > 0 || words.length > 0) {
    // One of its statements matches the speaker and search filters together.
    const spoken: string[] = [];
    if (filters.speakers.length > 0) spoken.push(`st.speaker IN (${p.list(filters.speakers)})`);
    for (const word of words) spoken.push(wordClause(word, 'st', p));
    clauses.push(`ev.e IN (SELECT st.e FROM statements st WHERE ${spoken.join(' AND ')})`);
  }
  return clauses.length === 0 ? 'TRUE' : clauses.join(' AND ');
}

function matchingStatements(filters: Filters, p: Params): string {
  return `ms AS (SELECT st.s, st.e, st.event_id, st.start_date, st.speaker FROM statements st WHERE ${statementWhere(filters, p)})`;
}

function matchingEvents(filters: Filters, p: Params): string {
  return `me AS (SELECT ev.e, ev.start_date FROM events ev WHERE ${eventWhere(filters, p)})`;
}

function query(build: (p: Params) => string): SqlQuery {
  const p = new Params();
  const sql = build(p);
  return { sql, params: p.values };
}

function listSql(filters: Filters, sort: SortOrder): SqlQuery {
  const direction = sort === 'date-asc' ? 'ASC' : 'DESC';
  return query((p) => `SELECT st.s FROM statements st WHERE ${statementWhere(filters, p)} ORDER BY st.start_date ${direction}, st.s`);
}

function totalsSql(filters: Filters): SqlQuery {
  return query(
    (p) => `WITH ${matchingStatements(filters, p)}, ${matchingEvents(filters, p)}
SELECT (SELECT count(*) FROM me) AS events,
  (SELECT count(DISTINCT code) FROM participants WHERE e IN (SELECT e FROM me)) AS countries,
  (SELECT count(DISTINCT theme) FROM statement_themes WHERE s IN (SELECT s FROM ms)) AS themes`,
  );
}

function mapSql(filters: Filters): SqlQuery {
  return query(
    (p) => `WITH ${matchingStatements(filters, p)}, ${matchingEvents(filters, p)}
SELECT code, sum(events) AS events, sum(statements) AS statements, sum(mentions) AS mentions FROM (
  SELECT code, 1 AS events, 0 AS statements, 0 AS mentions FROM participants WHERE e IN (SELECT e FROM me)
  UNION ALL SELECT pa.code, 0, 1, 0 FROM ms JOIN participants pa ON pa.e = ms.e
  UNION ALL SELECT mn.code, 0, 0, 1 FROM ms JOIN mentions mn ON mn.s = ms.s
) GROUP BY code ORDER BY events DESC, statements DESC, mentions DESC, code`,
  );
}

function timelineSql(filters: Filters): SqlQuery {
  return query(
    (p) => `WITH ${matchingStatements(filters, p)}, ${matchingEvents(filters, p)}
SELECT 's' AS part, coalesce(t.theme, 'unthemed') AS theme, ms.start_date AS date, count(*) AS count
  FROM ms LEFT JOIN statement_themes t ON t.s = ms.s GROUP BY ALL
UNION ALL SELECT 'S', NULL, start_date, count(*) FROM ms GROUP BY ALL
UNION ALL SELECT 'e', coalesce(t.theme, 'unthemed'), me.start_date, count(*)
  FROM me LEFT JOIN event_themes t ON t.e = me.e GROUP BY ALL
UNION ALL SELECT 'E', NULL, start_date, count(*) FROM me GROUP BY ALL`,
  );
}

function facetSql(filters: Filters, values: string): SqlQuery {
  return query((p) => `WITH ${matchingStatements(filters, p)}
SELECT value, count(*) AS count FROM (${values}) GROUP BY value ORDER BY count DESC, value`);
}

/** The SQL of every view for one state of the filters. */
export function buildLinkedViewsSql(filters: Filters, sort: SortOrder): LinkedViewsSql {
  const ignoring = (view: keyof typeof IGNORED): Filters => withoutFacets(filters, IGNORED[view]);
  const countryValues = filters.includeMentions
    ? `SELECT ms.s, pa.code AS value FROM ms JOIN participants pa ON pa.e = ms.e UNION SELECT ms.s, mn.code FROM ms JOIN mentions mn ON mn.s = ms.s`
    : `SELECT pa.code AS value FROM ms JOIN participants pa ON pa.e = ms.e`;
  return {
    list: listSql(filters, sort),
    totals: totalsSql(filters),
    map: mapSql(ignoring('map')),
    timeline: timelineSql(ignoring('timeline')),
    countryFacet: facetSql(ignoring('countryFacet'), countryValues),
    themeFacet: facetSql(ignoring('themeFacet'), `SELECT t.theme AS value FROM ms JOIN statement_themes t ON t.s = ms.s`),
    speakerFacet: facetSql(ignoring('speakerFacet'), `SELECT speaker AS value FROM ms WHERE speaker IS NOT NULL`),
    eventFacet: facetSql(ignoring('eventFacet'), `SELECT event_id AS value FROM ms`),
  };
}
