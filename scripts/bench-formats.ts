/**
 * Corpus file formats side by side: `npm run bench:formats [-- --statements 100000 --seed 42 --runs 3]`.
 *
 * Writes one seeded synthetic corpus as JSON, NDJSON and Parquet (the
 * layout of src/domain/corpus/corpus-parquet-layout.ts) to a temporary
 * folder, then in one process, format after format and round after round,
 * reads each file from disk and opens it with the app's own reader (parse,
 * schema and consistency checks: what the corpus worker does before
 * indexing). Prints file sizes and the median of --runs opens, JSON first as
 * the reference, plus the bare decode (JSON.parse / Parquet rows) to tell
 * the format's cost from the checks'. For comparison it also writes the
 * layout not chosen, one row per record with the whole record as one JSON
 * cell, and times its decode.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parquetRead, parquetReadObjects } from 'hyparquet';
import { parquetWriteFile } from 'hyparquet-writer';
import { toNdjsonLines } from '../src/domain/corpus/corpus-ndjson-text.ts';
import { writeCorpusParquet } from '../src/domain/corpus/corpus-parquet-writer.ts';
import { openCorpus } from '../src/domain/corpus/read-corpus-text.ts';
import { openNdjsonCorpus } from '../src/domain/corpus/read-corpus-ndjson.ts';
import { openParquetCorpus } from '../src/domain/corpus/read-corpus-parquet.ts';
import {
  generateSyntheticChunks,
  generateSyntheticCorpus,
  generateSyntheticCorpusJson,
  syntheticHeader,
} from '../src/domain/synthetic/generate-corpus.ts';
import { writeChunksAtomically } from './lib/atomic-write-chunks.ts';
import { writeParquetAtomically } from './lib/atomic-write-parquet.ts';
import { median } from './lib/median.ts';

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '3' },
  },
});
const options = { statements: Number(values.statements), seed: Number(values.seed) };
const runs = Number(values.runs);
const folder = mkdtempSync(join(tmpdir(), 'forum-atlas-formats-'));

const bufferOf = (path: string) => {
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

try {
  const paths = { json: join(folder, 'c.json'), ndjson: join(folder, 'c.ndjson'), parquet: join(folder, 'c.parquet'), blob: join(folder, 'c-blob.parquet') };
  writeChunksAtomically(paths.json, generateSyntheticCorpusJson(options));
  writeChunksAtomically(paths.ndjson, toNdjsonLines(syntheticHeader(options), generateSyntheticChunks(options)));
  writeParquetAtomically(paths.parquet, (writer) => writeCorpusParquet(syntheticHeader(options), generateSyntheticChunks(options), writer));
  {
    const corpus = generateSyntheticCorpus(options);
    const kinds: string[] = [];
    const records: string[] = [];
    for (const [kind, list] of [['document', corpus.documents], ['event', corpus.events], ['statement', corpus.statements]] as const) {
      for (const record of list) {
        kinds.push(kind);
        records.push(JSON.stringify(record));
      }
    }
    parquetWriteFile({ filename: paths.blob, columnData: [{ name: 'kind', data: kinds, type: 'STRING' }, { name: 'record', data: records, type: 'STRING' }] });
  }

  const timings: Record<string, number[]> = {};
  const time = async (label: string, work: () => unknown) => {
    const started = performance.now();
    await work();
    (timings[label] ??= []).push(performance.now() - started);
  };
  const statementsOpened: Record<string, number> = {};
  for (let round = 0; round < runs; round += 1) {
    await time('JSON: open', () => (statementsOpened.JSON = openCorpus(readFileSync(paths.json, 'utf8'), 'c.json').corpus.statements.length));
    await time('NDJSON: open', () => (statementsOpened.NDJSON = openNdjsonCorpus(readFileSync(paths.ndjson, 'utf8'), 'c.ndjson').corpus.statements.length));
    await time('Parquet: open', async () => (statementsOpened.Parquet = (await openParquetCorpus(bufferOf(paths.parquet), 'c.parquet')).corpus.statements.length));
    await time('JSON: read + JSON.parse', () => JSON.parse(readFileSync(paths.json, 'utf8')) as unknown);
    await time('Parquet: read + decode all columns', () => parquetRead({ file: bufferOf(paths.parquet), onChunk: () => {} }));
    await time('Parquet: read + decode 3 view columns', () => parquetRead({ file: bufferOf(paths.parquet), columns: ['kind', 'eventId', 'themes'], onChunk: () => {} }));
    await time('Parquet, one JSON cell per record: read + decode + JSON.parse', async () => {
      const rows = await parquetReadObjects({ file: bufferOf(paths.blob) });
      for (const row of rows) JSON.parse(row.record as string);
    });
  }

  const mb = (path: string) => `${(statSync(path).size / 1_000_000).toFixed(1)} MB`;
  console.log(`${options.statements} synthetic statements, seed ${options.seed}; medians of ${runs}; load average ${loadavg()[0]!.toFixed(2)} at the end; Node ${process.version}`);
  console.log(`file sizes: JSON ${mb(paths.json)}, NDJSON ${mb(paths.ndjson)}, Parquet ${mb(paths.parquet)} (the layout not chosen, one JSON cell per record: ${mb(paths.blob)})`);
  console.log(`statements opened: ${JSON.stringify(statementsOpened)}`);
  const reference = median(timings['JSON: open']!);
  for (const [label, samples] of Object.entries(timings)) {
    const value = median(samples);
    const ratio = label.endsWith(': open') ? `  (${(value / reference).toFixed(2)}× JSON)` : '';
    console.log(`${label.padEnd(62)} ${(value / 1000).toFixed(2)} s${ratio}   [${samples.map((s) => (s / 1000).toFixed(2)).join(', ')}]`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
