/**
 * Browser benchmark: `npm run bench:browser [-- --statements 100000 --seed 42 --runs 7]`.
 *
 * Builds the app when the build is missing or older than the sources,
 * generates a synthetic corpus into dist/data/synthetic/ (generated corpora
 * are never committed, and the build folder is never committed either),
 * serves the build with `vite preview`, and opens it in Chromium twice: the
 * bundled seed corpus as a reference line, then the synthetic one through
 * `?corpus=`. For each it prints the time to first interactive view
 * (navigation start → statement rows and map drawn) and the latency from an
 * input event to the updated, painted views for a country click, a theme
 * click and a search (median, min, max of --runs repetitions).
 *
 * Latency is measured inside the page: from the input event's timestamp to
 * the first frame after the statement count or the filter chips changed
 * (every view updates in the same render). A search is submitted with Enter, so the box's typing
 * debounce is not part of the figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { LATENCY_HOOK } from './lib/latency-hook.ts';
import { median } from './lib/median.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DIST = join(ROOT, 'dist');
const TARGET_MS = 100;

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '7' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4188' },
  },
});
const STATEMENTS = Number(values.statements);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);
const PORT = Number(values.port);
for (const [name, value] of [['statements', STATEMENTS], ['seed', SEED], ['runs', RUNS], ['port', PORT]] as const) {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function ensureBuild(): void {
  const built = existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'index.html')).mtimeMs : 0;
  const sources = Math.max(...['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) => newestMtime(join(ROOT, p))));
  if (built > sources) return;
  console.log('building (the build is missing or older than the sources)…');
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
}

/** Generated after the build: a build empties dist/. */
function ensureCorpus(): string {
  const path = `data/synthetic/corpus-${STATEMENTS}-seed${SEED}.json`;
  const file = join(DIST, path);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    console.log(`generating ${STATEMENTS} synthetic statements (seed ${SEED})…`);
    run(process.execPath, ['--import', 'tsx', 'scripts/gen-corpus.ts', '--statements', String(STATEMENTS), '--seed', String(SEED), '--out', file]);
  }
  return path;
}


/** Distinct words of 6+ letters from statements spread over the corpus: each matches some statements, not all. */
function searchWords(file: string, count: number): string[] {
  const corpus = JSON.parse(readFileSync(file, 'utf8')) as { statements: Array<{ text: string }> };
  const words: string[] = [];
  const { statements } = corpus;
  for (let i = 0; words.length < count && i < statements.length * 4; i += 1) {
    const statement = statements[Math.floor((i * 7919) % statements.length)]!;
    const candidates = statement.text.toLowerCase().match(/\p{L}{6,}/gu) ?? [];
    const word = candidates.find((candidate) => !words.includes(candidate));
    if (word) words.push(word);
  }
  return words;
}

// Runs in the page (as a string, so no bundler helpers leak in): timing hooks.
const PAGE_HOOKS = `
  window.__firstView = new Promise((resolve) => {
    const check = () => {
      const rows = document.querySelector('[aria-label="Matching statements"] [role="listitem"]');
      const map = document.querySelector('section.panel--map svg path');
      if (rows && map) requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
${LATENCY_HOOK}`;

type Samples = { country: number[]; theme: number[]; search: number[]; missed: number };

async function measure(page: Page, act: () => Promise<void>): Promise<number | null> {
  const armed = page.evaluate<number | null>('window.__armLatency(20000)');
  // Let the hook install before acting.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  await act();
  return armed;
}

async function countText(page: Page): Promise<string> {
  return (await page.locator('.statements__count').textContent()) ?? '';
}

async function waitForCount(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector('.statements__count')?.textContent === expected, text, {
    timeout: 60_000,
  });
}

async function benchCorpus(page: Page, url: string, words: string[]) {
  await page.goto(`http://127.0.0.1:${PORT}${url}`, { timeout: 600_000 });
  const firstView = await page.evaluate<number>('window.__firstView');
  await page.waitForTimeout(500);
  const statements = (await page.getByTestId('count-statements').textContent()) ?? '?';
  const initial = await countText(page);
  const samples: Samples = { country: [], theme: [], search: [], missed: 0 };
  const record = (into: number[], value: number | null) => (value === null ? (samples.missed += 1) : into.push(value));

  const countries = page.getByRole('list', { name: 'Countries, most events first' }).getByRole('button');
  const themes = page.locator('.tl-legend button[aria-pressed]');
  const search = page.getByRole('searchbox', { name: 'Search statements' });
  const countryCount = await countries.count();
  const themeCount = await themes.count();

  for (let i = 0; i < RUNS; i += 1) {
    const country = countries.nth(i % countryCount);
    record(samples.country, await measure(page, () => country.click()));
    await country.click();
    await waitForCount(page, initial);

    const theme = themes.nth(i % themeCount);
    record(samples.theme, await measure(page, () => theme.click()));
    await theme.click();
    await waitForCount(page, initial);

    await search.fill(words[i % words.length]!);
    record(samples.search, await measure(page, () => search.press('Enter')));
    await search.fill('');
    await search.press('Enter');
    await waitForCount(page, initial);
  }
  return { firstView, statements, samples };
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
const stats = (values: number[]) =>
  (values.length === 0 ? 'n/a' : `${ms(median(values))} (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})`).padEnd(34);

async function main() {
  ensureBuild();
  const syntheticPath = ensureCorpus();
  const server = await startPreview({ root: ROOT, port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const cpu = cpus();
    console.log(`machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    console.log(`browser: Chromium ${browser.version()} (headless), viewport 1440×900; ${RUNS} runs per interaction\n`);
    const rows: Array<[string, Awaited<ReturnType<typeof benchCorpus>>]> = [];
    for (const [label, url, file] of [
      ['bundled seed corpus', '/', join(DIST, 'data/corpus.json')],
      [`synthetic ${STATEMENTS} (seed ${SEED})`, `/?corpus=${syntheticPath}`, join(DIST, syntheticPath)],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.addInitScript({ content: PAGE_HOOKS });
      rows.push([label, await benchCorpus(page, url, searchWords(file, RUNS))]);
      await context.close();
    }
    console.log(
      `${'corpus'.padEnd(28)}${'statements'.padStart(11)}  ${'first view'.padStart(10)}  ${'country click'.padEnd(34)}${'theme click'.padEnd(34)}search (Enter)`,
    );
    for (const [label, result] of rows) {
      const { samples } = result;
      console.log(
        `${label.padEnd(28)}${result.statements.padStart(11)}  ${ms(result.firstView).padStart(10)}  ${stats(samples.country)}${stats(samples.theme)}${stats(samples.search).trim()}` +
          (samples.missed > 0 ? `  [${samples.missed} interactions changed nothing within 20 s]` : ''),
      );
    }
    const [, large] = rows[rows.length - 1]!;
    const medians = [large.samples.country, large.samples.theme, large.samples.search].map(median);
    const pass = medians.every((value) => value <= TARGET_MS);
    console.log(`\ntarget ≤ ${TARGET_MS} ms median per interaction at ${STATEMENTS} statements: ${pass ? 'met' : 'NOT met'} (${medians.map(ms).join(', ')})`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
