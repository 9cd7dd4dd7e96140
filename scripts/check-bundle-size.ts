/**
 * First-load budget: the entry chunk plus every chunk it imports statically,
 * read from Vite's build manifest, must stay within 250 kB gzip. Data (the
 * corpus, the map topology) and on-demand chunks (export, reader, worker)
 * are not part of first load. Prints the per-chunk sizes either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1000;
const DIST = 'dist';

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** The entry and every chunk reachable through static imports. */
function firstLoadFiles(entries: string[]): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`build manifest has no chunk "${key}"`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  entries.forEach(visit);
  return [...files];
}

const entries = Object.entries(manifest)
  .filter(([, chunk]) => chunk.isEntry)
  .map(([key]) => key);
const firstLoad = new Set(firstLoadFiles(entries));
// Worker bundles are emitted beside the manifest's chunks but not listed in it; they load on demand.
const manifestFiles = Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]);
const workerFiles = readdirSync(join(DIST, 'assets'))
  .filter((name) => /worker.*\.js$/.test(name))
  .map((name) => `assets/${name}`);
const rows = [...new Set([...manifestFiles, ...workerFiles])]
  .filter((file) => !file.endsWith('.html'))
  .map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, firstLoad: firstLoad.has(file) };
  })
  .sort((a, b) => Number(b.firstLoad) - Number(a.firstLoad) || b.gzip - a.gzip);

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
console.log('chunk'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10), ' load');
for (const row of rows) {
  console.log(row.file.padEnd(52), kB(row.raw).padStart(10), kB(row.gzip).padStart(10), row.firstLoad ? ' first' : ' on demand');
}
const total = rows.filter((row) => row.firstLoad).reduce((sum, row) => sum + row.gzip, 0);
console.log(`first load: ${kB(total)} gzip of a ${kB(BUDGET_BYTES)} budget`);
if (total > BUDGET_BYTES) {
  console.error(`First-load JavaScript and CSS exceed the budget by ${kB(total - BUDGET_BYTES)}.`);
  process.exit(1);
}
