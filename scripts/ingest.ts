/**
 * `npm run ingest`: turns every source under data/sources/ into
 * public/data/corpus.json. `--check` rebuilds in memory and fails when the
 * committed file differs; `--report` prints, per document, what was found
 * and what was left for review; `--root DIR` runs against another project tree;
 * `--parquet [PATH]` also writes the same corpus as Parquet (default
 * public/data/corpus.parquet, git-ignored), which the app opens with
 * `?corpus=data/corpus.parquet` and pandas, R or DuckDB read as one table.
 */
import { resolve } from 'node:path';
import { PARQUET_FILE, runIngest } from './lib/ingest-run.ts';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex === -1 ? process.cwd() : resolve(args[rootIndex + 1] ?? '.');
const parquetIndex = args.indexOf('--parquet');
const parquetPath = args[parquetIndex + 1];
const parquet = parquetIndex === -1 ? undefined : parquetPath === undefined || parquetPath.startsWith('--') ? PARQUET_FILE : parquetPath;
const { exitCode } = runIngest({ root, check: args.includes('--check'), report: args.includes('--report'), ...(parquet === undefined ? {} : { parquet }) });
process.exitCode = exitCode;
