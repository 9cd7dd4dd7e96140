import { DuckDBConnection, DuckDBInstance, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { LinkedViews, LinkedViewsQuery } from '../../src/domain/engine/contract.ts';
import { assembleLinkedViews, type LinkedViewsRows, type TimelineRow } from '../../src/domain/engine/sql/assemble-linked-views.ts';
import {
  foldRawWords,
  LOAD_SQL,
  MENTIONED_CODES_SQL,
  ORPHAN_STATEMENTS_SQL,
  POSTINGS_SQL,
  RAW_WORDS_SQL,
  TOKEN_SQL,
  WORD_TABLES_SQL,
} from '../../src/domain/engine/sql/corpus-tables-sql.ts';
import { buildLinkedViewsSql, type SqlQuery } from '../../src/domain/engine/sql/linked-views-sql.ts';

/**
 * The linked views answered by DuckDB (@duckdb/node-api) from a Parquet
 * corpus: the tables of corpus-tables-sql.ts, then the queries of
 * linked-views-sql.ts, each prepared once per shape and run with its values
 * bound. What a server would run for a corpus beyond a browser's memory.
 */

export type DuckDbOptions = {
  /** A database file, so tables larger than memory spill to disk; in memory when absent. */
  database?: string;
  /** DuckDB's memory_limit, e.g. '2GB'. */
  memoryLimit?: string;
  /** Where DuckDB spills when a query needs more than memory_limit. */
  tempDirectory?: string;
};

export type DuckDbEngine = {
  query(query: LinkedViewsQuery): Promise<LinkedViews>;
  /** Milliseconds per load step: tables from Parquet, the search words, postings. */
  loadMs: { tables: number; words: number; postings: number };
  statements: number;
  close(): void;
};

type Row = unknown[];
const VIEWS = ['list', 'totals', 'map', 'timeline', 'countryFacet', 'themeFacet', 'speakerFacet', 'eventFacet'] as const;

async function rowsOf(connection: DuckDBConnection, prepared: Map<string, DuckDBPreparedStatement>, { sql, params }: SqlQuery): Promise<Row[]> {
  const statement = await preparedFor(connection, prepared, sql);
  params.forEach((value, i) => statement.bindVarchar(i + 1, value));
  const reader = await statement.runAndReadAll();
  return reader.getRows();
}

async function preparedFor(connection: DuckDBConnection, prepared: Map<string, DuckDBPreparedStatement>, sql: string): Promise<DuckDBPreparedStatement> {
  let statement = prepared.get(sql);
  if (statement === undefined) {
    statement = await connection.prepare(sql);
    prepared.set(sql, statement);
  }
  return statement;
}

/** The matching statement indices, read a chunk at a time into one typed array. */
async function listOf(connection: DuckDBConnection, prepared: Map<string, DuckDBPreparedStatement>, { sql, params }: SqlQuery): Promise<Uint32Array> {
  const statement = await preparedFor(connection, prepared, sql);
  params.forEach((value, i) => statement.bindVarchar(i + 1, value));
  const result = await statement.run();
  const parts: Uint32Array[] = [];
  let length = 0;
  for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const vector = chunk.getColumnVector(0);
    const part = new Uint32Array(chunk.rowCount);
    for (let i = 0; i < part.length; i += 1) part[i] = vector.getItem(i) as number;
    parts.push(part);
    length += part.length;
  }
  const list = new Uint32Array(length);
  let offset = 0;
  for (const part of parts) {
    list.set(part, offset);
    offset += part.length;
  }
  return list;
}

async function append(connection: DuckDBConnection, table: string, rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<void> {
  const appender = await connection.createAppender(table);
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell === 'number') appender.appendInteger(cell);
      else appender.appendVarchar(cell);
    }
    appender.endRow();
  }
  appender.closeSync();
}

const timed = async (run: () => Promise<void>): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

/** Loads the Parquet corpus at `path` into DuckDB and returns an engine over it. */
export async function openDuckDbEngine(path: string, options: DuckDbOptions = {}): Promise<DuckDbEngine> {
  const config: Record<string, string> = {};
  if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
  if (options.tempDirectory !== undefined) config.temp_directory = options.tempDirectory;
  const instance = await DuckDBInstance.create(options.database ?? ':memory:', config);
  const connection = await instance.connect();
  const connections = [connection];
  const close = () => {
    for (const open of connections) open.closeSync();
    instance.closeSync();
  };
  try {
    const tables = await timed(async () => {
      for (const sql of LOAD_SQL) await connection.run(sql, sql.includes('$1') ? [path] : undefined);
      const orphans = Number((await connection.runAndReadAll(ORPHAN_STATEMENTS_SQL)).getRows()[0]![0]);
      if (orphans > 0) throw new Error(`${path}: ${orphans} statements refer to events the file does not hold`);
    });
    const words = await timed(async () => {
      for (const sql of TOKEN_SQL) await connection.run(sql);
      const raw = (await connection.runAndReadAll(RAW_WORDS_SQL)).getRows().map((row) => row[0] as string);
      const codes = (await connection.runAndReadAll(MENTIONED_CODES_SQL)).getRows().map((row) => row[0] as string);
      const folded = foldRawWords(raw, codes);
      for (const sql of WORD_TABLES_SQL) await connection.run(sql);
      await append(connection, 'vocabulary', folded.vocabulary);
      await append(connection, 'raw_words', folded.rawWords);
      await append(connection, 'country_words', folded.countryWords);
    });
    const postings = await timed(async () => {
      for (const sql of POSTINGS_SQL) await connection.run(sql);
    });
    const statements = Number((await connection.runAndReadAll('SELECT count(*) FROM statements')).getRows()[0]![0]);

    // One connection per view, so the views' queries run side by side (as a server answering one request would) and
    // turning one view's rows into objects overlaps the others' execution.
    const views = await Promise.all(VIEWS.map(async () => ({ connection: await instance.connect(), prepared: new Map<string, DuckDBPreparedStatement>() })));
    connections.push(...views.map((view) => view.connection));
    const query = async ({ filters, sort }: LinkedViewsQuery): Promise<LinkedViews> => {
      const sql = buildLinkedViewsSql(filters, sort);
      const on = (view: (typeof VIEWS)[number]) => views[VIEWS.indexOf(view)]!;
      const rows = (view: Exclude<(typeof VIEWS)[number], 'list'>) => rowsOf(on(view).connection, on(view).prepared, sql[view]);
      const [list, totals, map, timeline, countryFacet, themeFacet, speakerFacet, eventFacet] = await Promise.all([
        listOf(on('list').connection, on('list').prepared, sql.list),
        rows('totals'),
        rows('map'),
        rows('timeline'),
        rows('countryFacet'),
        rows('themeFacet'),
        rows('speakerFacet'),
        rows('eventFacet'),
      ]);
      return assembleLinkedViews({
        list,
        totals: totals[0] as LinkedViewsRows['totals'],
        map: map as LinkedViewsRows['map'],
        timeline: timeline as TimelineRow[],
        countryFacet: countryFacet as LinkedViewsRows['countryFacet'],
        themeFacet: themeFacet as LinkedViewsRows['themeFacet'],
        speakerFacet: speakerFacet as LinkedViewsRows['speakerFacet'],
        eventFacet: eventFacet as LinkedViewsRows['eventFacet'],
      });
    };
    return { query, loadMs: { tables, words, postings }, statements, close };
  } catch (error) {
    close();
    throw error;
  }
}
