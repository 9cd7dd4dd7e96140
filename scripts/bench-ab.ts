/**
 * A change's interaction latency beside a reference build, in one browser:
 * `npm run bench:ab -- --base /tmp/fa-base [--statements 100000 --format parquet --runs 9]`.
 *
 * `--base` is another checkout's `dist/` (for example main's, built with
 * `npx vite build --outDir /tmp/fa-base`); this checkout's `dist/` is the
 * change (run `npm run build` first). Both are served with `vite preview` on
 * two ports and open the same synthetic corpus (generated into dist/ with
 * gen:corpus when missing, linked into the base) in two tabs of one
 * Chromium. Each interaction then runs on the two tabs in turn, the order
 * swapped every run, so both meet the same machine load; the medians are
 * printed side by side with their ratio. Latency is the browser bench's:
 * from the click's timestamp to the first frame after what the interaction
 * changes has changed (scripts/lib/bench-browser-page.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { measureChange, PAGE_HOOKS, readFirstView } from './lib/bench-browser-page.ts';
import { median } from './lib/median.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DIST = join(ROOT, 'dist');

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    statements: { type: 'string', default: '100000' },
    format: { type: 'string', default: 'parquet' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '9' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4191' },
  },
});
if (!values.base) throw new Error('--base: the reference build’s directory is missing (build it with `npx vite build --outDir DIR` in the reference checkout)');
const BASE = resolve(values.base);
const STATEMENTS = Number(values.statements);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);
const PORT = Number(values.port);
for (const [name, value] of [['statements', STATEMENTS], ['seed', SEED], ['runs', RUNS], ['port', PORT]] as const) {
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, got "${values[name]}"`);
}
if (values.format !== 'json' && values.format !== 'parquet') throw new Error(`--format takes json or parquet, got "${values.format}"`);
for (const [what, dir] of [['this checkout’s build', DIST], ['--base', BASE]] as const) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${what}: no index.html in ${dir} (build it first)`);
}

function ensureCorpus(): string {
  const path = `data/synthetic/corpus-${STATEMENTS}-seed${SEED}.${values.format}`;
  const file = join(DIST, path);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    console.log(`generating ${STATEMENTS} synthetic statements (seed ${SEED}) as ${values.format}…`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-corpus.ts', '--statements', String(STATEMENTS), '--seed', String(SEED), '--format', values.format, '--out', file], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('gen:corpus failed');
  }
  const inBase = join(BASE, path);
  if (!existsSync(inBase)) {
    mkdirSync(dirname(inBase), { recursive: true });
    symlinkSync(file, inBase);
  }
  return path;
}

type Interaction = { name: string; read: string; act: (page: Page, run: number) => Promise<void>; undo: (page: Page, run: number) => Promise<void> };

const FILTERS = `() => (document.querySelector('.statements__count')?.textContent ?? '') + '|' + (document.querySelector('.filter-chips')?.textContent ?? '')`;
const TOGETHER_SUMMARY = `() => document.querySelector('section.panel--together .country-views__summary')?.textContent ?? ''`;
const country = (page: Page, run: number) => page.getByRole('listbox', { name: 'Countries, most events first' }).getByRole('option').nth(run % 12);
const theme = (page: Page, run: number) => page.locator('.tl-legend button[aria-pressed]').nth(run % 6);
const cell = (page: Page, run: number) => page.locator('section.panel--themes svg.heatmap g.heatmap__cell').nth((run * 37) % 200);

const INTERACTIONS: Interaction[] = [
  { name: 'country click', read: FILTERS, act: (page, run) => country(page, run).click(), undo: (page, run) => country(page, run).click() },
  { name: 'theme click', read: FILTERS, act: (page, run) => theme(page, run).click(), undo: (page, run) => theme(page, run).click() },
  { name: 'heatmap: toggle a cell', read: FILTERS, act: (page, run) => cell(page, run).click(), undo: (page, run) => cell(page, run).click() },
  { name: 'together: pick a country', read: TOGETHER_SUMMARY, act: (page, run) => country(page, run).click(), undo: (page, run) => country(page, run).click() },
];

async function open(browser: Browser, port: number, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error (port ${port}): ${error.message}`));
  await page.addInitScript({ content: PAGE_HOOKS });
  await page.goto(`http://127.0.0.1:${port}${url}`, { timeout: 600_000 });
  await readFirstView(page, 600_000);
  await page.locator('section.panel--themes svg.heatmap g.heatmap__cell').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  return page;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

async function main() {
  const url = `/?corpus=${ensureCorpus()}`;
  const servers = [await startPreview({ root: ROOT, port: PORT, outDir: BASE }), await startPreview({ root: ROOT, port: PORT + 1 })];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    console.log(`load average at start ${load()}; ${STATEMENTS} statements (${values.format}), ${RUNS} runs, Chromium ${browser.version()}, 1440×900`);
    const pages = { base: await open(browser, PORT, url), change: await open(browser, PORT + 1, url) };
    const samples = new Map(INTERACTIONS.map((interaction) => [interaction.name, { base: [] as number[], change: [] as number[], missed: 0 }]));
    for (let run = 0; run < RUNS; run += 1) {
      const order = run % 2 === 0 ? (['base', 'change'] as const) : (['change', 'base'] as const);
      for (const interaction of INTERACTIONS) {
        for (const side of order) {
          const page = pages[side];
          const value = await measureChange(page, interaction.read, () => interaction.act(page, run));
          const into = samples.get(interaction.name)!;
          if (value === null) into.missed += 1;
          else into[side].push(value);
          await measureChange(page, interaction.read, () => interaction.undo(page, run));
        }
      }
    }
    console.log(`\n${'interaction'.padEnd(28)}${'base'.padStart(10)}${'change'.padStart(10)}${'ratio'.padStart(8)}   (medians of ${RUNS}, input to the first frame after the change)`);
    for (const [name, { base, change, missed }] of samples) {
      const [b, c] = [median(base), median(change)];
      console.log(`${name.padEnd(28)}${ms(b).padStart(10)}${ms(c).padStart(10)}${`${(c / b).toFixed(2)}×`.padStart(8)}${missed ? `   [${missed} changed nothing within 20 s]` : ''}`);
    }
    console.log(`\nload average at the end ${load()}`);
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }
}

await main();
