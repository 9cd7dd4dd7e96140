import type { Page } from 'playwright-core';
import { LATENCY_HOOK } from './latency-hook.ts';

/**
 * The browser bench's hooks in the page and its interactions
 * (scripts/bench-browser.ts). Hooks run in the page as a string, so no
 * bundler helpers leak in.
 *
 * First view: the loader marks its stages on
 * `document.documentElement.dataset.corpusStage` — `loading`, then `views`
 * (views drawn and interactive from the index, texts still arriving), then
 * `ready` (records, texts and search index in). A build without the
 * attribute falls back to the older signal: statement rows and the map
 * drawn, for both.
 */
export const PAGE_HOOKS = `
  window.__phases = {};
  window.__stages = {};
  window.__rowsAndMap = null;
  const watch = () => {
    const now = performance.now();
    const step = document.querySelector('[data-testid="load-step"]')?.textContent?.split(' ')[0];
    if (step && !(step in window.__phases)) window.__phases[step] = now;
    const stage = document.documentElement.dataset.corpusStage;
    if (stage && !(stage in window.__stages)) window.__stages[stage] = now;
    if (window.__rowsAndMap === null) {
      const rows = document.querySelector('[aria-label="Matching statements"] [role="listitem"]');
      const map = document.querySelector('section.panel--map svg path');
      if (rows && map) window.__rowsAndMap = now;
    }
    if (!('ready' in window.__stages)) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  // Resolves with the ms from the next click to the first frame after the value of \`read()\` changed, or null after \`ms\`.
  window.__armChange = (read, timeoutMs) => new Promise((resolve) => {
    const before = read();
    let start = null;
    const onInput = (event) => { if (start === null && event.type === 'click') start = event.timeStamp; };
    window.addEventListener('click', onInput, true);
    const finish = (value) => {
      observer.disconnect();
      window.removeEventListener('click', onInput, true);
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (start === null || read() === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => finish(performance.now() - start)));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
${LATENCY_HOOK}`;

export type FirstView = {
  /** ms from navigation start to the views stage (or the fallback signal). */
  views: number;
  /** ms from navigation start to the ready stage (or the fallback signal). */
  ready: number;
  signal: 'corpusStage' | 'rows and map (no corpusStage)';
  phases: Record<string, number>;
};

/** Waits for the first view and reads when each stage came. */
export async function readFirstView(page: Page, timeout: number): Promise<FirstView> {
  await page.waitForFunction(() => {
    const w = window as unknown as { __stages: Record<string, number>; __rowsAndMap: number | null };
    return 'ready' in w.__stages || (w.__rowsAndMap !== null && !('loading' in w.__stages) && !('views' in w.__stages));
  }, null, { timeout, polling: 100 });
  const { stages, rowsAndMap, phases } = await page.evaluate(() => {
    const w = window as unknown as { __stages: Record<string, number>; __rowsAndMap: number | null; __phases: Record<string, number> };
    return { stages: w.__stages, rowsAndMap: w.__rowsAndMap, phases: w.__phases };
  });
  if ('ready' in stages) return { views: stages.views ?? stages.ready, ready: stages.ready, signal: 'corpusStage', phases };
  return { views: rowsAndMap!, ready: rowsAndMap!, signal: 'rows and map (no corpusStage)', phases };
}

/** Clicks and resolves with the latency until `read` (a function's source, run in the page) gives another value; null if it did not within 20 s. */
export async function measureChange(page: Page, read: string, act: () => Promise<void>): Promise<number | null> {
  const armed = page.evaluate<number | null>(`window.__armChange(${read}, 20000)`);
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  await act();
  return armed;
}

export type Issue14Samples = { together: number[]; heatmap: number[]; firstSort: number[]; resort: number[]; missed: number };

const TOGETHER_SUMMARY = `() => document.querySelector('section.panel--together .country-views__summary')?.textContent ?? ''`;
const FILTERS = `() => (document.querySelector('.statements__count')?.textContent ?? '') + '|' + (document.querySelector('.filter-chips')?.textContent ?? '')`;
const PLACE_SORT = `() => [...document.querySelectorAll('section.panel--events [role="columnheader"]')].find((h) => /Place/.test(h.textContent ?? ''))?.getAttribute('aria-sort') ?? 'none'`;

/**
 * The issue 14 views: pick a country for "who took part together" (until
 * its summary changes), toggle a heatmap cell (until the filters change),
 * and sort the events table by place: the first sort of the page (its
 * column order worked out, in a worker since the order moved there) and
 * re-sorting, each until the Place header's aria-sort says the new order
 * is shown. The first sort is measured once per page load, so it is the
 * first thing done.
 */
export async function measureIssue14(page: Page, runs: number, samples: Issue14Samples): Promise<void> {
  const record = (into: number[], value: number | null) => (value === null ? (samples.missed += 1) : into.push(value));
  const place = page.locator('section.panel--events [role="columnheader"]').filter({ hasText: 'Place' }).getByRole('button');
  await place.waitFor({ timeout: 120_000 });
  record(samples.firstSort, await measureChange(page, PLACE_SORT, () => place.click()));
  for (let i = 0; i < runs; i += 1) record(samples.resort, await measureChange(page, PLACE_SORT, () => place.click()));

  const countries = page.getByRole('listbox', { name: 'Countries, most events first' }).getByRole('option');
  const cells = page.locator('section.panel--themes svg.heatmap g.heatmap__cell');
  await cells.first().waitFor({ timeout: 60_000 });
  const cellCount = await cells.count();
  for (let i = 0; i < runs; i += 1) {
    const country = countries.nth(i);
    record(samples.together, await measureChange(page, TOGETHER_SUMMARY, () => country.click()));
    await measureChange(page, TOGETHER_SUMMARY, () => country.click());
    const cell = cells.nth((i * 37) % cellCount);
    record(samples.heatmap, await measureChange(page, FILTERS, () => cell.click()));
    await measureChange(page, FILTERS, () => cell.click());
  }
}
