import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeCorpusParquet } from '../../src/domain/corpus/corpus-parquet-writer.ts';
import { PARQUET_META } from '../../src/domain/corpus/corpus-parquet-layout.ts';
import { generateSyntheticChunks, syntheticHeader, type SyntheticOptions } from '../../src/domain/synthetic/generate-corpus.ts';
import type { Filters, SortOrder } from '../../src/domain/view-state/filters.ts';
import { writeParquetAtomically } from './atomic-write-parquet.ts';
import { openDuckDbEngine, type DuckDbEngine } from './duckdb-engine.ts';
import { median } from './median.ts';

/**
 * DuckDB's part of `npm run bench`: the same synthetic corpus, written once
 * to Parquet by the project's writer (a row group at a time) and kept under
 * public/data/synthetic/, loaded by DuckDB from that file, then the same
 * filter sequence as the other engines, every view one SQL query
 * (linked-views-sql.ts). Figures beside the columnar engine's and
 * crossfilter2's from the same process.
 */

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

export type BenchStep = [name: string, filters: Filters];

export type DuckDbBenchOptions = {
  corpus: SyntheticOptions;
  sequence: readonly BenchStep[];
  searches: readonly string[];
  runs: number;
  sort: SortOrder;
  /** Medians per step of the engines already run in this process, to print beside DuckDB's. */
  reference?: Array<{ name: string; medians: number[] }>;
  /** A Parquet file to read instead of the default path. */
  parquet?: string;
  /** Keep DuckDB's tables in a database file (out of core) with this memory_limit. */
  outOfCore?: { memoryLimit: string };
};

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** The synthetic label a file holds, or null for none (or no such file). */
async function syntheticLabelOf(path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const rows = (
      await connection.runAndReadAll(`SELECT decode(value) FROM parquet_kv_metadata($1) WHERE decode(key) = $2`, [path, PARQUET_META.synthetic])
    ).getRows();
    return (rows[0]?.[0] as string | undefined) ?? null;
  } catch {
    return null;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The corpus's Parquet file: reused when it holds this seed and size, written otherwise. */
export async function ensureSyntheticParquet(options: SyntheticOptions, path?: string): Promise<{ path: string; writtenMs: number | null }> {
  const target = path ?? join(ROOT, 'public/data/synthetic', `corpus-${options.statements}-seed${options.seed}.parquet`);
  const header = syntheticHeader(options);
  if ((await syntheticLabelOf(target)) === JSON.stringify(header.synthetic)) return { path: target, writtenMs: null };
  const started = performance.now();
  writeParquetAtomically(target, (writer) => writeCorpusParquet(header, generateSyntheticChunks(options), writer));
  return { path: target, writtenMs: performance.now() - started };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function runSequence(engine: DuckDbEngine, options: DuckDbBenchOptions): Promise<number[][]> {
  const apply = (filters: Filters) => engine.query({ filters, sort: options.sort });
  for (const [, filters] of options.sequence) await apply(filters);
  const samples = options.sequence.map((): number[] => []);
  for (let run = 0; run < options.runs; run += 1) {
    for (const [step, [, filters]] of options.sequence.entries()) samples[step]!.push(await timed(() => apply(filters)));
  }
  return samples;
}

async function runSearches(engine: DuckDbEngine, options: DuckDbBenchOptions, base: Filters): Promise<number[]> {
  const medians: number[] = [];
  for (const search of options.searches) {
    const samples: number[] = [];
    for (let run = 0; run <= options.runs; run += 1) {
      const time = await timed(() => engine.query({ filters: { ...base, search }, sort: options.sort }));
      if (run > 0) samples.push(time);
    }
    medians.push(median(samples));
  }
  return medians;
}

/** Loads the corpus into DuckDB, runs the sequence and prints DuckDB's figures beside the reference engines'. */
export async function benchDuckDb(options: DuckDbBenchOptions): Promise<void> {
  const { path, writtenMs } = await ensureSyntheticParquet(options.corpus, options.parquet);
  const size = statSync(path).size;
  console.log(`\nDuckDB (@duckdb/node-api, core SQL; src/domain/engine/sql/): ${path}, ${(size / 1e6).toFixed(1)} MB`);
  console.log(writtenMs === null ? '  Parquet file reused (same generator, seed and size)' : `  Parquet file written in ${seconds(writtenMs)}`);
  const folder = options.outOfCore ? mkdtempSync(join(tmpdir(), 'forum-atlas-duckdb-')) : null;
  const rssBefore = peakRss();
  const engine = await openDuckDbEngine(
    path,
    folder && options.outOfCore ? { database: join(folder, 'corpus.duckdb'), memoryLimit: options.outOfCore.memoryLimit, tempDirectory: join(folder, 'spill') } : {},
  );
  try {
    const { tables, words, postings } = engine.loadMs;
    console.log(
      `  load from Parquet: ${seconds(tables + words + postings)} (tables ${seconds(tables)}, search words ${seconds(words)}, postings ${seconds(postings)}); ${engine.statements} statements`,
    );
    if (folder && options.outOfCore) {
      console.log(`  out of core: tables in a database file on disk, memory_limit ${options.outOfCore.memoryLimit}, spilling to ${folder}`);
    }
    const firstMs = await timed(() => engine.query({ filters: options.sequence.at(-1)![1], sort: options.sort }));
    console.log(`  first query (every view, no filter): ${ms(firstMs)}`);
    const samples = await runSequence(engine, options);
    const searches = await runSearches(engine, options, options.sequence.at(-1)![1]);
    const medians = samples.map((step) => median(step));
    const reference = options.reference ?? [];
    const pad = (text: string, width: number) => text.padEnd(width);
    const cell = (text: string) => text.padStart(14);
    console.log(`\nper operation with DuckDB, median of ${options.runs} runs after one warm-up run (wall clock; list sorted ${options.sort}; load average ${load()}):`);
    console.log(`${pad('operation', 40)}${reference.map((r) => cell(r.name)).join('')}${cell('DuckDB')}${reference.map((r) => cell(`${r.name} / DuckDB`)).join('')}`);
    const totals = [...reference.map(() => 0), 0];
    options.sequence.forEach(([name], step) => {
      const figures = [...reference.map((r) => r.medians[step]!), medians[step]!];
      figures.forEach((figure, i) => (totals[i]! += figure));
      const duck = medians[step]!;
      console.log(`${pad(name, 40)}${figures.map((f) => cell(ms(f))).join('')}${reference.map((r) => cell((r.medians[step]! / duck).toFixed(2))).join('')}`);
    });
    const duckTotal = totals.at(-1)!;
    console.log(
      `${pad('sequence total (sum of medians)', 40)}${totals.map((t) => cell(ms(t))).join('')}${reference.map((_, i) => cell((totals[i]! / duckTotal).toFixed(2))).join('')}`,
    );
    console.log(`\nDuckDB text search, no other filter, median per query (all views):`);
    options.searches.forEach((search, i) => console.log(`  ${pad(JSON.stringify(search), 38)}${cell(ms(searches[i]!))}`));
    console.log(`  ${pad('median over the queries', 38)}${cell(ms(median(searches)))}`);
    console.log(`  peak RSS of the process after DuckDB: ${Math.round(peakRss() / 1e6)} MB (before loading DuckDB: ${Math.round(rssBefore / 1e6)} MB)`);
    console.log(`  load average at the end: ${load()}`);
  } finally {
    engine.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
