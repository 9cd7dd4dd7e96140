/**
 * Where the time of one interaction goes: `npm run profile:interaction [-- --statements 100000 --runs 5]`.
 *
 * Builds the app unminified into a scratch folder (so profiles name the
 * functions) with React's profiling build, serves it, opens a synthetic
 * corpus (the one `npm run bench:browser` generated, or a new one) and for a
 * country click, a theme click and a search (Enter) records, over --runs
 * repetitions:
 * - React's own render time per component (the profiling build with a
 *   stand-in for React DevTools), and the latency as the bench measures it;
 * - a Chromium trace: main-thread time in script, style, layout, paint and
 *   garbage collection, from the input event to the first frame after the
 *   views changed (PROFILE_DEBUG=1 lists the trace events);
 * - a V8 CPU profile: the functions that took the most script time, each
 *   with its own time and the time of what it called (React calls a
 *   component's children from its work loop, so a component's total is its
 *   own render and the hooks it runs).
 * Prints the medians per run. Not a benchmark: profiling slows the page.
 * `--out DIR --no-build` profiles a build already in DIR (e.g. a production
 * build, to see its phases without the profiling build's overhead).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { LATENCY_HOOK } from './lib/latency-hook.ts';
import { median } from './lib/median.ts';
import { describeWindow, functions, owners, phases, type Profile, type TraceEvent } from './lib/trace-analysis.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '5' },
    top: { type: 'string', default: '25' },
    port: { type: 'string', default: process.env.PROFILE_PORT ?? '4189' },
    out: { type: 'string', default: join(tmpdir(), 'forum-atlas-profile') },
    'no-build': { type: 'boolean', default: false },
    /** Only interactions whose name contains this. */
    only: { type: 'string', default: '' },
  },
});
const STATEMENTS = Number(values.statements);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);
const TOP = Number(values.top);
const PORT = Number(values.port);
const OUT = resolve(values.out);

const CORPUS = `data/synthetic/corpus-${STATEMENTS}-seed${SEED}.json`;

function prepare(): void {
  if (!values['no-build']) {
    const result = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--config', 'scripts/lib/vite-profile.config.ts', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error('vite build failed');
  }
  // The corpus the browser bench generated, or a new one (a build empties its folder).
  const target = join(OUT, CORPUS);
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  const benchCopy = join(ROOT, 'dist', CORPUS);
  if (existsSync(benchCopy)) {
    symlinkSync(benchCopy, target);
    return;
  }
  console.log(`generating ${STATEMENTS} synthetic statements (seed ${SEED})…`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/gen-corpus.ts', '--statements', String(STATEMENTS), '--seed', String(SEED), '--out', target],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('generating the corpus failed');
}


// A stand-in for React DevTools: with it, React's profiling build times every
// component's render (fiber.actualDuration: its own render and its children's).
// Each commit adds, per component name, the time of the fibers that rendered in it.
const REACT_HOOK = `
  window.__renderTimes = null;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    checkDCE() {},
    inject() { return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const times = window.__renderTimes;
      if (!times) return;
      const nameOf = (fiber) => {
        const type = fiber.type;
        if (!type || typeof type === 'string') return null;
        const inner = type.type ?? type.render ?? type;
        return type.displayName ?? inner.displayName ?? inner.name ?? null;
      };
      const open = new Map();
      const visit = (fiber) => {
        const name = nameOf(fiber);
        const rendered = name !== null && fiber.actualStartTime >= times.since && fiber.actualDuration > 0;
        if (rendered) {
          // Inclusive: a component inside one of the same name counts once.
          if (!open.get(name)) times.total[name] = (times.total[name] ?? 0) + fiber.actualDuration;
          times.self[name] = (times.self[name] ?? 0) + fiber.selfBaseDuration;
          open.set(name, (open.get(name) ?? 0) + 1);
        }
        for (let child = fiber.child; child; child = child.sibling) visit(child);
        if (rendered) open.set(name, open.get(name) - 1);
      };
      visit(root.current);
      times.commits += 1;
    },
  };
`;


async function measure(page: Page, act: () => Promise<void>): Promise<number | null> {
  const armed = page.evaluate<number | null>('window.__armLatency(20000)');
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  await act();
  return armed;
}

async function traced(session: CDPSession, page: Page, act: () => Promise<void>, before?: () => Promise<void>) {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are Chromium's trace event objects.
  const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata', 'v8.execute', 'v8'] },
  });
  await before?.();
  const latency = await measure(page, act);
  const done = new Promise<void>((finish) => session.once('Tracing.tracingComplete', () => finish()));
  await session.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', onData);
  if (process.env.PROFILE_DEBUG) for (const line of describeWindow(events, latency)) console.log(line);
  return { latency, phases: phases(events, latency) };
}

async function profiled(session: CDPSession, page: Page, act: () => Promise<void>, before?: () => Promise<void>) {
  await session.send('Profiler.start');
  // Typing starts the box's debounce: it must not run out while the profiler starts.
  await before?.();
  const latency = await measure(page, act);
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  return { latency, functions: functions(profile), owners: owners(profile) };
}

type RenderTimes = { total: Record<string, number>; self: Record<string, number>; commits: number };

/** React's own render times per component (the profiling build's), with nothing else recording. */
async function rendered(page: Page, act: () => Promise<void>, before?: () => Promise<void>) {
  await before?.();
  await page.evaluate('window.__renderTimes = { since: performance.now(), total: {}, self: {}, commits: 0 }');
  const latency = await measure(page, act);
  const times = await page.evaluate<RenderTimes>('(() => { const t = window.__renderTimes; window.__renderTimes = null; return t; })()');
  return { latency, times };
}

async function main() {
  prepare();
  const server = await startPreview({ root: ROOT, port: PORT, outDir: OUT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript({ content: REACT_HOOK + LATENCY_HOOK });
    await page.goto(`http://127.0.0.1:${PORT}/?corpus=${CORPUS}`, { timeout: 600_000 });
    await page.locator('[aria-label="Matching statements"] [role="listitem"]').first().waitFor({ timeout: 600_000 });
    await page.locator('section.panel--map svg path').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const initial = (await page.locator('.statements__count').textContent()) ?? '';
    const waitForInitial = () =>
      page.waitForFunction((expected) => document.querySelector('.statements__count')?.textContent === expected, initial, { timeout: 60_000 });
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });

    const countries = page.getByRole('listbox', { name: 'Countries, most events first' }).getByRole('option');
    const themes = page.locator('.tl-legend button[aria-pressed]');
    const heatmapCells = page.locator('section.panel--themes svg.heatmap g.heatmap__cell');
    const search = page.getByRole('searchbox', { name: 'Search statements' });
    const words = ['security', 'cooperation', 'terrorism', 'regional', 'development'];
    type Interaction = { name: string; act: (i: number) => Promise<void>; undo: (i: number) => Promise<void>; before?: (i: number) => Promise<void> };
    const interactions: Interaction[] = [
      { name: 'country click', act: (i) => countries.nth(i).click(), undo: (i) => countries.nth(i).click() },
      { name: 'theme click', act: (i) => themes.nth(i).click(), undo: (i) => themes.nth(i).click() },
      // A cell of "Themes by country": it sets a theme and a country at once.
      { name: 'heatmap cell click', act: (i) => heatmapCells.nth(i * 37).click(), undo: (i) => heatmapCells.nth(i * 37).click() },
      {
        name: 'search (Enter)',
        before: (i) => search.fill(words[i % words.length]!),
        act: () => search.press('Enter'),
        undo: async () => {
          await search.fill('');
          await search.press('Enter');
        },
      },
    ];

    for (const interaction of interactions.filter((candidate) => candidate.name.includes(values.only))) {
      const latencies: number[] = [];
      const phaseRuns: Array<Record<string, number>> = [];
      const functionRuns: Array<Map<string, { self: number; total: number }>> = [];
      const ownerRuns: Array<Map<string, number>> = [];
      const renderRuns: RenderTimes[] = [];
      const plainLatencies: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const react = await rendered(page, () => interaction.act(i), () => interaction.before?.(i) ?? Promise.resolve());
        renderRuns.push(react.times);
        if (react.latency !== null) plainLatencies.push(react.latency);
        await interaction.undo(i);
        await waitForInitial();
        const trace = await traced(session, page, () => interaction.act(i), () => interaction.before?.(i) ?? Promise.resolve());
        if (trace.latency !== null) latencies.push(trace.latency);
        phaseRuns.push(trace.phases);
        await interaction.undo(i);
        await waitForInitial();
        const cpu = await profiled(session, page, () => interaction.act(i), () => interaction.before?.(i) ?? Promise.resolve());
        functionRuns.push(cpu.functions);
        ownerRuns.push(cpu.owners);
        await interaction.undo(i);
        await waitForInitial();
      }
      console.log(`\n== ${interaction.name}: latency median ${Math.round(median(plainLatencies))} ms (${plainLatencies.map(Math.round).join(', ')}); under tracing ${Math.round(median(latencies))} ms`);
      console.log(`React render (profiling build), median over runs: ${median(renderRuns.map((run) => run.commits))} commits`);
      const components = new Set(renderRuns.flatMap((run) => Object.keys(run.total)));
      const componentRows = [...components]
        .map((name) => ({
          name,
          total: median(renderRuns.map((run) => run.total[name] ?? 0)),
          self: median(renderRuns.map((run) => run.self[name] ?? 0)),
          first: renderRuns[0]?.total[name] ?? 0,
        }))
        .filter((row) => row.total >= 0.3)
        .sort((a, b) => b.total - a.total)
        .slice(0, TOP);
      for (const row of componentRows) {
        console.log(`  ${row.total.toFixed(1).padStart(6)} incl ${row.self.toFixed(1).padStart(6)} self ${row.first.toFixed(1).padStart(6)} incl in run 1  ${row.name}`);
      }
      const kinds = Object.keys(phaseRuns[0] ?? {});
      console.log(`main thread (median ms over the recording): ${kinds.map((kind) => `${kind} ${median(phaseRuns.map((run) => run[kind] ?? 0)).toFixed(1)}`).join(', ')}`);
      const ownerNames = new Set(ownerRuns.flatMap((run) => [...run.keys()]));
      const ownerRows = [...ownerNames]
        .map((name) => ({ name, ms: median(ownerRuns.map((run) => run.get(name) ?? 0)) }))
        .filter((row) => row.ms >= 0.5)
        .sort((a, b) => a.name.localeCompare(b.name));
      console.log('script by React phase / component (median exclusive ms):');
      for (const row of ownerRows) console.log(`  ${row.ms.toFixed(1).padStart(6)}  ${row.name}`);
      const names = new Set(functionRuns.flatMap((run) => [...run.keys()]));
      const rows = [...names].map((name) => ({
        name,
        self: median(functionRuns.map((run) => run.get(name)?.self ?? 0)),
        total: median(functionRuns.map((run) => run.get(name)?.total ?? 0)),
      }));
      console.log(`top ${TOP} functions by total (median ms):`);
      for (const row of rows.sort((a, b) => b.total - a.total).slice(0, TOP)) {
        console.log(`  ${row.total.toFixed(1).padStart(6)} total ${row.self.toFixed(1).padStart(6)} self  ${row.name}`);
      }
      console.log(`top ${TOP} functions by self (median ms):`);
      for (const row of rows.sort((a, b) => b.self - a.self).slice(0, TOP)) {
        console.log(`  ${row.self.toFixed(1).padStart(6)} self ${row.total.toFixed(1).padStart(6)} total  ${row.name}`);
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
