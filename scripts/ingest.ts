/**
 * `npm run ingest`: turns every source under data/sources/ into
 * public/data/corpus.json. `--check` rebuilds in memory and fails when the
 * committed file differs; `--report` prints, per document, what was found
 * and what was left for review; `--root DIR` runs against another project tree.
 */
import { resolve } from 'node:path';
import { runIngest } from './lib/ingest-run.ts';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex === -1 ? process.cwd() : resolve(args[rootIndex + 1] ?? '.');
const { exitCode } = runIngest({ root, check: args.includes('--check'), report: args.includes('--report') });
process.exitCode = exitCode;
