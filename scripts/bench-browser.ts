/**
 * Browser benchmark: `npm run bench:browser [-- --statements 100000,1000000 --format json,parquet --seed 42 --loads 3 --runs 7]`.
 *
 * Builds the app when the build is missing or older than the sources,
 * generates the synthetic corpora into dist/data/synthetic/ with gen:corpus
 * when missing (generated corpora and the build are never committed),
 * serves the build with `vite preview`, and opens it in Chromium: the
 * bundled seed corpus as a reference line, then each size in each format
 * through `?corpus=`. A JSON corpus too large to be one string in the page
 * (over ~537 million characters, about 390 000 synthetic statements) is
 * skipped, with the reason printed.
 *
 * For each it prints the first view (median of --loads fresh loads): the
 * time to the loader's `views` stage (views drawn and interactive from the
 * index) and to `ready` (records, texts and search index in), read from
 * `document.documentElement.dataset.corpusStage`; a build that does not set
 * it falls back to statement rows and the map drawn, and says so. Then the
 * latency of a country click, a theme click and a search (once ready), and
 * at 100 000 statements the issue 14 views: a country picked for "who took
 * part together", a heatmap cell toggled, the events table sorted by place
 * (the page's first sort, then re-sorts) — median, min and max of --runs,
 * beside the 100 ms target. Last the tab's memory (scripts/lib/renderer-memory.ts)
 * and the load average at the start and the end.
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
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { measureIssue14, PAGE_HOOKS, readFirstView, type FirstView, type Issue14Samples } from './lib/bench-browser-page.ts';
import { median } from './lib/median.ts';
import { rendererMemory } from './lib/renderer-memory.ts';
import { generateSyntheticChunks } from '../src/domain/synthetic/generate-corpus.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DIST = join(ROOT, 'dist');

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '100000,1000000' },
    format: { type: 'string', default: 'json,parquet' },
    formats: { type: 'string' },
    seed: { type: 'string', default: '42' },
    loads: { type: 'string', default: '3' },
    runs: { type: 'string', default: '7' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4188' },
  },
});
const SIZES = values.statements.split(',').map(Number);
const FORMATS = (values.formats ?? values.format).split(',');
const SEED = Number(values.seed);
const LOADS = Number(values.loads);
const RUNS = Number(values.runs);
const PORT = Number(values.port);
for (const [name, value] of [...SIZES.map((size) => ['statements', size] as const), ['seed', SEED], ['loads', LOADS], ['runs', RUNS], ['port', PORT]] as const) {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
}
for (const format of FORMATS) if (format !== 'json' && format !== 'parquet') throw new Error(`--format takes json and parquet, got "${format}"`);
/** Characters per synthetic statement in JSON (136 MB for 100 000), to know beforehand which files the page cannot hold as one string. */
const JSON_CHARS_PER_STATEMENT = 1_360;
const MAX_STRING = 536_870_888;

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
function ensureCorpus(statements: number, format: string): string {
  const path = `data/synthetic/corpus-${statements}-seed${SEED}.${format}`;
  const file = join(DIST, path);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    console.log(`generating ${statements} synthetic statements (seed ${SEED}) as ${format}…`);
    run(process.execPath, ['--import', 'tsx', 'scripts/gen-corpus.ts', '--statements', String(statements), '--seed', String(SEED), '--format', format, '--out', file]);
  }
  return path;
}


/**
 * Distinct words of 6+ letters from statements spread over the corpus's
 * first 20 000 (the seeded generator makes the same ones as the file holds,
 * whatever its format): each matches some statements, not all.
 */
function searchWords(texts: readonly string[], count: number): string[] {
  const words: string[] = [];
  for (let i = 0; words.length < count && i < texts.length * 4; i += 1) {
    const text = texts[Math.floor((i * 7919) % texts.length)]!;
    const candidates = text.toLowerCase().match(/\p{L}{6,}/gu) ?? [];
    const word = candidates.find((candidate) => !words.includes(candidate));
    if (word) words.push(word);
  }
  return words;
}

function syntheticTexts(statements: number): string[] {
  const texts: string[] = [];
  for (const chunk of generateSyntheticChunks({ statements, seed: SEED })) {
    for (const statement of chunk.statements) texts.push(statement.text);
    if (texts.length >= 20_000) break;
  }
  return texts;
}

function seedTexts(): string[] {
  const corpus = JSON.parse(readFileSync(join(DIST, 'data/corpus.json'), 'utf8')) as { statements: Array<{ text: string }> };
  return corpus.statements.map((statement) => statement.text);
}

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

/** One fresh page load, until the ready stage (or the fallback signal). */
async function openOnce(context: BrowserContext, url: string): Promise<{ page: Page; firstView: FirstView }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.addInitScript({ content: PAGE_HOOKS });
  await page.goto(`http://127.0.0.1:${PORT}${url}`, { timeout: 600_000 });
  const firstView = await readFirstView(page, 600_000);
  return { page, firstView };
}

async function interact(page: Page, words: string[], issue14: boolean) {
  const extra: Issue14Samples = { together: [], heatmap: [], firstSort: [], resort: [], missed: 0 };
  // The events table's first sort is the page's first interaction (its background preparation has the least head start).
  if (issue14) await measureIssue14(page, RUNS, extra);
  await page.waitForTimeout(500);
  const statements = (await page.getByTestId('count-statements').textContent()) ?? '?';
  const initial = await countText(page);
  const samples: Samples = { country: [], theme: [], search: [], missed: 0 };
  const record = (into: number[], value: number | null) => (value === null ? (samples.missed += 1) : into.push(value));

  const countries = page.getByRole('listbox', { name: 'Countries, most events first' }).getByRole('option');
  const themes = page.locator('.tl-legend button[aria-pressed]');
  const search = page.getByRole('searchbox', { name: 'Search statements' });
  // Search is ready once the statement texts and their index have arrived.
  await search.waitFor({ state: 'visible', timeout: 600_000 });
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[type="search"]')?.disabled !== true, null, { timeout: 600_000 });
  // On a busy machine the lists can draw a moment after the first view.
  await countries.first().waitFor({ timeout: 60_000 });
  await themes.first().waitFor({ timeout: 60_000 });
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
  return { statements, samples, extra: issue14 ? extra : null };
}

type CaseResult = {
  label: string;
  firstViews: FirstView[];
  extra: Issue14Samples | null;
  statements: string;
  samples: Samples;
  memory: ReturnType<typeof rendererMemory>;
};
/** A corpus the page could not load or measure (a crashed tab, a timeout), and why. */
type Failure = { label: string; failed: string };

/** Samples the tab's memory every half second while `run` runs (a renderer that crashes takes its own peak with it). */
async function watchingMemory<T>(run: () => Promise<T>): Promise<{ value: T | Error; sampledPeak: number }> {
  let sampledPeak = 0;
  const timer = setInterval(() => (sampledPeak = Math.max(sampledPeak, rendererMemory().tab.rss)), 500);
  try {
    return { value: await run(), sampledPeak };
  } catch (error) {
    return { value: error instanceof Error ? error : new Error(String(error)), sampledPeak };
  } finally {
    clearInterval(timer);
  }
}

/** --loads page loads for the first view; the last one is kept open for the interactions and the memory reading. */
async function benchCorpus(browser: Browser, label: string, url: string, words: string[], issue14: boolean): Promise<CaseResult | Failure> {
  const firstViews: FirstView[] = [];
  for (let load = 1; ; load += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const watched = await watchingMemory(async () => {
      const page = await openOnce(context, url);
      firstViews.push(page.firstView);
      if (load < LOADS) return null;
      const result = await interact(page.page, words, issue14);
      return { ...result, memory: rendererMemory() };
    });
    await context.close().catch(() => undefined);
    if (watched.value instanceof Error) {
      return { label, failed: `${watched.value.message.split('\n')[0]} (load ${load}; the tab's memory peaked at ${mb(watched.sampledPeak)}, sampled every 0.5 s)` };
    }
    if (watched.value !== null) return { label, firstViews, ...watched.value };
  }
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const stats = (values: number[], width = 26) =>
  (values.length === 0 ? 'n/a' : `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`).padEnd(width);
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const caseLabel = (size: number, format: string) => `${size} ${format}`;
const TARGET_MS = 100;
const against = (values: number[], target = TARGET_MS) => (values.length === 0 ? '' : median(values) <= target ? 'met' : 'NOT met');

async function main() {
  ensureBuild();
  const cases: Array<{ label: string; url: string; words: string[]; issue14: boolean }> = [
    { label: 'bundled seed', url: '/', words: seedTexts(), issue14: false },
  ];
  const skipped: string[] = [];
  for (const size of SIZES) {
    const texts = syntheticTexts(size);
    for (const format of FORMATS) {
      if (format === 'json' && size * JSON_CHARS_PER_STATEMENT > MAX_STRING) {
        skipped.push(
          `${caseLabel(size, format)}: skipped — about ${mb(size * JSON_CHARS_PER_STATEMENT)} of JSON, more than one JavaScript string holds ` +
            `(${MAX_STRING} characters; the page reads JSON as one string), so JSON is measured only up to ~${Math.floor(MAX_STRING / JSON_CHARS_PER_STATEMENT / 1000) * 1000} statements`,
        );
        continue;
      }
      cases.push({ label: caseLabel(size, format), url: `/?corpus=${ensureCorpus(size, format)}`, words: texts, issue14: size === 100_000 });
    }
  }
  const server = await startPreview({ root: ROOT, port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const cpu = cpus();
    console.log(`machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), load average at start ${load()}`);
    console.log(`browser: Chromium ${browser.version()} (headless), viewport 1440×900; first view: median of ${LOADS} loads; ${RUNS} runs per interaction\n`);
    const results: CaseResult[] = [];
    const failures: Failure[] = [];
    for (const { label, url, words, issue14 } of cases) {
      const result = await benchCorpus(browser, label, url, searchWords(words, RUNS), issue14);
      if ('failed' in result) failures.push(result);
      else results.push(result);
      console.log(`  ${'failed' in result ? 'FAILED' : 'measured'} ${label} (load average ${load()})`);
    }
    const signals = [...new Set(results.flatMap((result) => result.firstViews.map((view) => view.signal)))];
    console.log(`\nfirst view, ms from navigation start (median, min–max of ${LOADS}); signal: ${signals.join(', ')}`);
    console.log(`${'corpus'.padEnd(18)}${'statements'.padStart(11)}  ${'views'.padEnd(26)}${'ready'.padEnd(26)}tab memory now / peak (renderer processes, all now)`);
    for (const result of results) {
      const { memory } = result;
      console.log(
        `${result.label.padEnd(18)}${result.statements.padStart(11)}  ${stats(result.firstViews.map((view) => view.views))}${stats(result.firstViews.map((view) => view.ready))}` +
          `${mb(memory.tab.rss)} / ${mb(memory.tab.peak)} (${memory.processes}, ${mb(memory.rss)})`,
      );
    }
    for (const line of skipped) console.log(line);
    for (const { label, failed } of failures) console.log(`${label}: not measured — ${failed}`);

    console.log(`\ninteractions, input to painted views (median, min–max of ${RUNS}); target ≤ ${TARGET_MS} ms median each`);
    const row = (label: string, what: string, values: number[]) => console.log(`  ${label.padEnd(16)}${what.padEnd(30)}${stats(values)}${against(values)}`);
    for (const result of results) {
      const { samples, extra } = result;
      row(result.label, 'country click', samples.country);
      row('', 'theme click', samples.theme);
      row('', 'search (Enter, when ready)', samples.search);
      if (extra) {
        row('', 'together: pick a country', extra.together);
        row('', 'heatmap: toggle a cell', extra.heatmap);
        row('', 'events: first sort by place', extra.firstSort);
        row('', 'events: re-sort by place', extra.resort);
      }
      const missed = samples.missed + (extra?.missed ?? 0);
      if (missed > 0) console.log(`  ${''.padEnd(16)}[${missed} interactions changed nothing within 20 s]`);
    }
    console.log('\nwhere the wait goes (last load of each; when each loading step first showed, from navigation start):');
    for (const result of results) {
      const last = result.firstViews.at(-1)!;
      const steps = Object.entries(last.phases).sort((a, b) => a[1] - b[1]);
      console.log(`  ${result.label.padEnd(18)}${steps.map(([step, at]) => `${step} ${ms(at)}`).join(', ')}${steps.length ? ', ' : ''}views ${ms(last.views)}, ready ${ms(last.ready)}`);
    }
    const large = results.find((result) => result.label === caseLabel(1_000_000, 'parquet'));
    const crashed = failures.find((failure) => failure.label === caseLabel(1_000_000, 'parquet'));
    if (crashed) console.log(`\ntab memory at 1 000 000 statements: not measured, the page did not load (see above); target ≤ 1.5 GB NOT met`);
    if (large) console.log(`\ntab memory at 1 000 000 statements (peak of the tab’s renderer process): ${mb(large.memory.tab.peak)}, target ≤ 1.5 GB: ${large.memory.tab.peak <= 1.5e9 ? 'met' : 'NOT met'}`);
    console.log(
      'tab memory: resident set (VmRSS, and its peak VmHWM) of the Chromium renderer processes this run started, read from /proc after the interactions; ' +
        'a tab\'s page and its dedicated workers live in its renderer process; the table gives the largest renderer (the open tab\'s), then how many renderers there were and their sum.',
    );
    console.log(`load average at the end ${load()}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
