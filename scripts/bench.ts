/**
 * `npm run bench [-- --statements 1000000 --seed 42 --runs 7 --table-events 100000 --only-events-table]`
 * `npm run bench -- --duckdb-only --statements 10000000 [--duckdb-memory 2GB]`
 *
 * Runs the same sequence of filter changes — select a country, add a theme,
 * narrow the date range, type a search word, clear all — on the same
 * synthetic corpus, generated in this process (a million statements do not
 * fit in one JSON string), with the columnar engine and with crossfilter2,
 * and prints per operation the median of both and their ratio, the sequence
 * total, index build times, text-search latency and peak RSS. Then DuckDB
 * runs the same sequence as SQL on the same corpus read from its Parquet
 * file (scripts/lib/bench-duckdb.ts); `--duckdb-only` runs DuckDB alone, out
 * of core (a database file and a memory limit), for corpora the other two
 * cannot hold.
 *
 * The corpus is generated twice from the same seed (it is deterministic), so
 * the engine's memory is measured before crossfilter's records exist. The
 * statement texts stay in memory throughout, as the app holds them.
 *
 * A script that prints figures, not a test: correctness is checked by
 * tests/unit/scripts/lib/crossfilter-parity.test.ts and tests/unit/domain/engine/columnar/columnar-engine.test.ts.
 */
import { availableParallelism, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CountryCode } from '../src/domain/corpus/corpus-schema.ts';
import { attachTextIndex, engineEventOf, engineStatementOf, ensureTextIndex, type ColumnarIndex } from '../src/domain/engine/columnar/columnar-index.ts';
import { ColumnarIndexBuilder } from '../src/domain/engine/columnar/columnar-index-builder.ts';
import { TextIndexClient } from '../src/domain/engine/text/text-index-service.ts';
import { createColumnarEngineFromIndex } from '../src/domain/engine/linked-views-engine.ts';
import { matchQuery } from '../src/domain/engine/text/text-index.ts';
import { EMPTY_FILTERS, type Filters, type SortOrder } from '../src/domain/view-state/filters.ts';
import { parseSearchQuery, toQueryWords } from '../src/domain/view-state/search.ts';
import { generateSyntheticChunks, type SyntheticOptions } from '../src/domain/synthetic/generate-corpus.ts';
import { CrossfilterModelBuilder, type CrossfilterModel } from './lib/crossfilter-model.ts';
import { startTextIndexThread } from './lib/text-index-thread.ts';
import { median } from './lib/median.ts';
import { benchEventTable } from './lib/bench-event-table.ts';
import { benchCountryViews, printCountryViews } from './lib/bench-country-views.ts';
import { benchDuckDb } from './lib/bench-duckdb.ts';

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '7' },
    'table-events': { type: 'string', default: '100000' },
    'only-events-table': { type: 'boolean', default: false },
    'duckdb-only': { type: 'boolean', default: false },
    'duckdb-memory': { type: 'string', default: '2GB' },
    parquet: { type: 'string' },
  },
});
const options: SyntheticOptions = { statements: Number(values.statements), seed: Number(values.seed) };
const RUNS = Number(values.runs);
const SORT: SortOrder = 'date-desc';

const collect = globalThis.gc ?? (() => undefined);
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Wall-clock and CPU milliseconds (CPU: all of this process's threads, GC helpers included). */
function timedBoth(run: () => void): [number, number] {
  const cpu = process.cpuUsage();
  const wall = timed(run);
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000];
}

const base = { ...EMPTY_FILTERS };
const country = { ...base, countries: ['CHN' as CountryCode] };
const theme = { ...country, themes: ['drug-trafficking'] };
const dates = { ...theme, from: '2015-01-01', to: '2019-12-31' };
const search = { ...dates, search: 'terror' };
const SEQUENCE: Array<[string, Filters]> = [
  ['select a country (CHN)', country],
  ['add a theme (drug-trafficking)', theme],
  ['narrow dates (2015-01-01..2019-12-31)', dates],
  ['type a search word ("terror")', search],
  ['clear all', base],
];
/** Typing a word letter by letter, then a two-word query, with no other filter. */
const SEARCHES = ['t', 'te', 'ter', 'terr', 'terro', 'terror', 'border coop', 'núñez'];

/** Runs the sequence once untimed (warm-up), then `RUNS` times; per-step wall and CPU samples. */
function runSequence(apply: (filters: Filters) => void): { wall: number[][]; cpu: number[][] } {
  SEQUENCE.forEach(([, filters]) => apply(filters));
  const wall = SEQUENCE.map((): number[] => []);
  const cpu = SEQUENCE.map((): number[] => []);
  for (let run = 0; run < RUNS; run += 1) {
    SEQUENCE.forEach(([, filters], step) => {
      const [w, c] = timedBoth(() => apply(filters));
      wall[step]!.push(w);
      cpu[step]!.push(c);
    });
  }
  return { wall, cpu };
}

function runSearches(apply: (filters: Filters) => void): number[] {
  const medians: number[] = [];
  for (const query of SEARCHES) {
    const samples: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      apply(base);
      const time = timed(() => apply({ ...base, search: query }));
      if (run > 0) samples.push(time);
    }
    medians.push(median(samples));
  }
  apply(base);
  return medians;
}

function machine(): string {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  return `${availableParallelism()} cores (nproc), ${cpu}, node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
}

if (values['only-events-table']) {
  await benchEventTable(Number(values['table-events']), Number(values.seed), RUNS);
  process.exit(0);
}

console.log(`Forum Atlas linked-views benchmark — ${options.statements} synthetic statements, seed ${options.seed}`);
console.log(`machine: ${machine()}`);
const duckDbOptions = { corpus: options, sequence: SEQUENCE, searches: SEARCHES, runs: RUNS, sort: SORT, parquet: values.parquet };
if (values['duckdb-only']) {
  await benchDuckDb({ ...duckDbOptions, outOfCore: { memoryLimit: values['duckdb-memory'] } });
  process.exit(0);
}

// Phase 1: the columnar engine, its corpus streamed from the generator.
let generateMs = 0;
let buildMs = 0;
const texts: string[] = [];
// As in the app, the search index is built in a second thread from the
// statement texts, handed over in batches as statements are added (the app
// adds them as it checks the file; here, as they are generated). Views are
// ready after `buildMs`; search once the thread's index arrives.
const textClient = new TextIndexClient(startTextIndexThread());
const builder = new ColumnarIndexBuilder(options.statements, { text: textClient });
const chunks = generateSyntheticChunks(options);
for (;;) {
  const started = performance.now();
  const next = chunks.next();
  generateMs += performance.now() - started;
  if (next.done) break;
  const chunk = next.value;
  for (const statement of chunk.statements) texts.push(statement.text);
  buildMs += timed(() => {
    for (const event of chunk.events) builder.addEvent(engineEventOf(event));
    for (const statement of chunk.statements) builder.addStatement(engineStatementOf(statement));
  });
}
let index: ColumnarIndex | null = null;
buildMs += timed(() => (index = builder.finish()));
const engine = createColumnarEngineFromIndex(index!);
// The first query computes (and keeps) the unfiltered views, as the app's first render would.
const firstQueryMs = timed(() => engine.query({ filters: base, sort: SORT }));
const waitStarted = performance.now();
const textResult = await textClient.finish(index!.corpusIndexOf);
attachTextIndex(index!, textResult.index);
const textIndexMs = performance.now() - waitStarted;
const columnarSamples = runSequence((filters) => engine.query({ filters, sort: SORT }));
const columnarSearches = runSearches((filters) => engine.query({ filters, sort: SORT }));
const maskOnly = SEARCHES.map((query) => {
  const words = toQueryWords(parseSearchQuery(query));
  const text = ensureTextIndex(index!);
  return median(Array.from({ length: RUNS }, () => timed(() => matchQuery(text, words))));
});
collect();
const columnarMemory = process.memoryUsage();
const columnarPeak = peakRss();
// The country views of issue 14, beside the reference engine (scripts/lib/bench-country-views.ts).
const countryViews = benchCountryViews(engine, options, RUNS);
collect();

// Phase 2: crossfilter2 over the same corpus (regenerated from the same seed).
let crossfilterRecordsMs = 0;
const crossfilterBuilder = new CrossfilterModelBuilder();
for (const chunk of generateSyntheticChunks(options)) {
  const events = chunk.events.map(engineEventOf);
  const statements = chunk.statements.map(engineStatementOf);
  crossfilterRecordsMs += timed(() => {
    for (const event of events) crossfilterBuilder.addEvent(event);
    for (const statement of statements) crossfilterBuilder.addStatement(statement);
  });
}
let model: CrossfilterModel | null = null;
const crossfilterIndexMs = timed(() => (model = crossfilterBuilder.finish()));
const crossfilterFirstMs = timed(() => model!.read(SORT));
const applyCrossfilter = (filters: Filters) => {
  model!.apply(filters);
  model!.read(SORT);
};
const crossfilterSamples = runSequence(applyCrossfilter);
const crossfilterSearches = runSearches(applyCrossfilter);
const overallPeak = peakRss();

// Report.
const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);
console.log(`\nper operation, median of ${RUNS} runs after one warm-up run (wall clock; list sorted ${SORT}):`);
console.log(
  `${pad('operation', 40)}${padLeft('columnar', 12)}${padLeft('crossfilter2', 14)}${padLeft('cf / col', 10)}   ${padLeft('CPU: columnar', 14)}${padLeft('crossfilter2', 14)}`,
);
const totals = [0, 0, 0, 0];
SEQUENCE.forEach(([name], step) => {
  const figures = [
    median(columnarSamples.wall[step]!),
    median(crossfilterSamples.wall[step]!),
    median(columnarSamples.cpu[step]!),
    median(crossfilterSamples.cpu[step]!),
  ];
  figures.forEach((figure, i) => (totals[i]! += figure));
  const [a, b, c, d] = figures as [number, number, number, number];
  console.log(`${pad(name, 40)}${padLeft(ms(a), 12)}${padLeft(ms(b), 14)}${padLeft(`${(b / a).toFixed(1)}×`, 10)}   ${padLeft(ms(c), 14)}${padLeft(ms(d), 14)}`);
});
const [ta, tb, tc, td] = totals as [number, number, number, number];
console.log(
  `${pad('sequence total (sum of medians)', 40)}${padLeft(ms(ta), 12)}${padLeft(ms(tb), 14)}${padLeft(`${(tb / ta).toFixed(1)}×`, 10)}   ${padLeft(ms(tc), 14)}${padLeft(ms(td), 14)}`,
);
console.log(`\ntext search, no other filter, median per query (all views recomputed):`);
console.log(`${pad('query', 40)}${padLeft('columnar', 12)}${padLeft('crossfilter2', 14)}${padLeft('mask only', 12)}`);
SEARCHES.forEach((query, i) => {
  console.log(
    `${pad(JSON.stringify(query), 40)}${padLeft(ms(columnarSearches[i]!), 12)}${padLeft(ms(crossfilterSearches[i]!), 14)}${padLeft(`${maskOnly[i]!.toFixed(2)} ms`, 12)}`,
  );
});
console.log(
  `${pad('median over the queries', 40)}${padLeft(ms(median(columnarSearches)), 12)}${padLeft(ms(median(crossfilterSearches)), 14)}${padLeft(`${median(maskOnly).toFixed(2)} ms`, 12)}`,
);
console.log('(crossfilter2 has no text index: search is a filterFunction on a statement-id dimension over folded texts.)');
console.log(`\nbuild:`);
console.log(`  columnar index build, views ready: ${ms(buildMs)} (generating the corpus took another ${ms(generateMs)}, not counted)`);
console.log(`  columnar first query (computes and keeps the unfiltered views): ${ms(firstQueryMs)}`);
console.log(
  `  columnar search index, built in a second thread from batches handed over as statements were added: ready ${ms(textIndexMs)} after the first views (the thread was busy ${ms(textResult.busyMs)} in all, tokenizing beside generation and the views build)`,
);
console.log(`  columnar total, index + first views + search index: ${ms(buildMs + firstQueryMs + textIndexMs)}`);
console.log(
  `  crossfilter2 build: ${ms(crossfilterRecordsMs + crossfilterIndexMs)} (records and folded search texts ${ms(crossfilterRecordsMs)}, crossfilter + dimensions + groups ${ms(crossfilterIndexMs)})`,
);
console.log(`  crossfilter2 first read of every view: ${ms(crossfilterFirstMs)}`);
console.log(`\nmemory:`);
console.log(
  `  peak RSS with the columnar engine and the ${texts.length} statement texts: ${mb(columnarPeak)} (heap used ${mb(columnarMemory.heapUsed)}, array buffers ${mb(columnarMemory.arrayBuffers)})`,
);
console.log(`  peak RSS of the whole run, crossfilter2 added: ${mb(overallPeak)}`);
console.log(`  load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

await benchEventTable(Number(values['table-events']), options.seed, RUNS);
printCountryViews(countryViews, RUNS, loadavg().map((x) => x.toFixed(2)).join(' '));
// Phase 3: DuckDB, the same sequence as SQL over the same corpus read from Parquet.
await benchDuckDb({
  ...duckDbOptions,
  reference: [
    { name: 'columnar', medians: columnarSamples.wall.map((samples) => median(samples)) },
    { name: 'crossfilter2', medians: crossfilterSamples.wall.map((samples) => median(samples)) },
  ],
});
