/**
 * Writes a synthetic corpus: `npm run gen:corpus -- --statements 100000 --seed 42 [--out PATH] [--format json|ndjson|parquet]`.
 *
 * The corpus is labelled synthetic in its metadata and is never written over
 * the real bundled corpus. Output streams to disk, so any size works; above
 * ~537 million characters a JSON file cannot be read back as one string, so
 * use `--format ndjson` (one header line, then one record per line:
 * {"document":…}, {"event":…}, {"statement":…}). `--format parquet` writes
 * the layout of src/domain/corpus/corpus-parquet-layout.ts (one table, a
 * `kind` column), a row group at a time.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  generateSyntheticChunks,
  generateSyntheticCorpusJson,
  syntheticHeader,
  type SyntheticOptions,
} from '../src/domain/synthetic/generate-corpus.ts';
import { writeChunksAtomically } from './lib/atomic-write-chunks.ts';
import { toNdjsonLines } from '../src/domain/corpus/corpus-ndjson-text.ts';
import { writeCorpusParquet } from '../src/domain/corpus/corpus-parquet-writer.ts';
import { writeParquetAtomically } from './lib/atomic-write-parquet.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const BUNDLED_CORPUS = join(ROOT, 'public/data/corpus.json');
const MAX_STRING = 536_870_888;

function realTarget(path: string): string {
  const absolute = resolve(path);
  const folder = dirname(absolute);
  return existsSync(folder) ? join(realpathSync(folder), basename(absolute)) : absolute;
}

function fail(message: string): never {
  console.error(`gen:corpus: ${message}`);
  process.exit(1);
}

function integerOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) fail(`--${name} must be an integer, got "${value}"`);
  return number;
}

/** This process's peak resident set so far (resourceUsage gives kilobytes). */
function peakRss(): string {
  return `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;
}

function ndjson(options: SyntheticOptions): Generator<string> {
  return toNdjsonLines(syntheticHeader(options), generateSyntheticChunks(options));
}

const { values } = parseArgs({
  options: {
    statements: { type: 'string' },
    seed: { type: 'string' },
    events: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string', default: 'json' },
  },
});

const statements = integerOption(values.statements, 'statements', 100_000);
const seed = integerOption(values.seed, 'seed', 42);
if (statements < 0) fail('--statements must not be negative');
const options: SyntheticOptions = { statements, seed };
if (values.events !== undefined) options.events = integerOption(values.events, 'events', 1);
const format = values.format;
if (format !== 'json' && format !== 'ndjson' && format !== 'parquet') fail(`--format must be json, ndjson or parquet, got "${format}"`);
const out = values.out ?? join(ROOT, 'public/data/synthetic', `corpus-${statements}-seed${seed}.${format}`);
if (realTarget(out) === realTarget(BUNDLED_CORPUS)) {
  fail(`refusing to overwrite the real bundled corpus ${BUNDLED_CORPUS}; choose another --out`);
}

const started = performance.now();
if (format === 'parquet') {
  const bytes = writeParquetAtomically(out, (writer) => writeCorpusParquet(syntheticHeader(options), generateSyntheticChunks(options), writer));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${out}: ${statements} synthetic statements, seed ${seed}, ${bytes} bytes, ${seconds} s, peak RSS ${peakRss()}`);
  process.exit(0);
}
const characters = writeChunksAtomically(out, format === 'json' ? generateSyntheticCorpusJson(options) : ndjson(options));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`wrote ${out}: ${statements} synthetic statements, seed ${seed}, ${characters} characters, ${seconds} s, peak RSS ${peakRss()}`);
if (format === 'json' && characters > MAX_STRING) {
  console.warn(
    `warning: ${characters} characters is more than one JavaScript string holds (${MAX_STRING} in Node 20); ` +
      'readers that JSON.parse the whole file cannot load it. Use --format ndjson.',
  );
}
