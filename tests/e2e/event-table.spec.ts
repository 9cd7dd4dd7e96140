import { axeBuilder } from './helpers/axe';
import { readFile } from 'node:fs/promises';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Generating, checking and indexing a synthetic corpus takes a few seconds in a worker; more on a loaded machine.
test.setTimeout(120_000);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const panel = (page: Page) => page.getByRole('region', { name: 'Events', exact: true });
const grid = (page: Page) => panel(page).getByRole('grid', { name: 'Events' });
const bodyRows = (page: Page) => grid(page).locator('.event-grid__row--body');
/** The rendered body row at a 0-based table position (rows are virtualised). */
const rowAt = (page: Page, position: number) => grid(page).locator(`[role="row"][aria-rowindex="${position + 2}"]`);
const cellButton = (row: Locator, column: number) => row.getByRole('gridcell').nth(column).locator('button, [data-pos]').first();
const yearOf = (text: string) => Number(/(\d{4})\s*$/.exec(text.trim())?.[1]);

async function openDemo(page: Page, query = '') {
  await page.goto(`/?corpus=synthetic:20000-seed42${query}`);
  await expect(page.getByTestId('count-statements')).toHaveText(/\d/, { timeout: 90_000 });
  await expect(grid(page)).toBeVisible({ timeout: 30_000 });
  // Acting on the full corpus: the statements and the events table come with the texts.
  await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready', { timeout: 90_000 });
}

test('an analyst finds the events table, sorts it by date, chooses an event and sees the dashboard narrow', async ({ page }) => {
  await openDemo(page);
  await expect(page.getByTestId('count-statements')).toHaveText('20,000');
  const events = await page.getByTestId('count-events').textContent();
  await expect(panel(page).locator('.event-table__summary')).toHaveText(`All ${events} events of the corpus, sorted by date, oldest first.`);

  // Sort by date with the mouse: newest first.
  const dateHeader = grid(page).getByRole('columnheader', { name: /Date/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  const oldest = await cellButton(rowAt(page, 0), 1).textContent();
  await dateHeader.getByRole('button').click();
  await expect(page).toHaveURL(/[?&]esort=date-desc(&|$)/);
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  const newest = (await cellButton(rowAt(page, 0), 1).textContent())!;
  const next = (await cellButton(rowAt(page, 1), 1).textContent())!;
  expect(yearOf(newest)).toBeGreaterThan(yearOf(oldest!));
  expect(yearOf(newest)).toBeGreaterThanOrEqual(yearOf(next));
  await expect(panel(page).locator('.event-table__summary')).toContainText('sorted by date, newest first');

  // Choose the first event: the URL says so, the headline and the other views narrow, the table keeps every event.
  const title = (await cellButton(rowAt(page, 0), 2).textContent())!;
  const choose = rowAt(page, 0).getByRole('button', { name: /^Choose/ });
  await choose.click();
  await expect(page).toHaveURL(/[?&]event=syn-event-\d+/);
  await expect(choose).toHaveAttribute('aria-pressed', 'true');
  await expect(rowAt(page, 0)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('count-events')).toHaveText('1');
  const statements = Number((await page.getByTestId('count-statements').textContent())!.replace(/,/g, ''));
  expect(statements).toBeGreaterThan(0);
  expect(statements).toBeLessThan(20_000);
  await expect(page.locator('section.panel--statements').getByRole('status').filter({ hasText: /of 20,000 statements/ })).toHaveText(
    `${statements} of 20,000 statements`,
  );
  await expect(panel(page).locator('.event-table__summary')).toContainText(`1 chosen: ${title}`);
  await expect(panel(page).locator('.event-table__summary')).toContainText('Ignores the event filter');
  await expect(page.getByTestId('count-events')).toHaveText('1');

  // Choosing it again clears the filter.
  await choose.click();
  await expect(page).not.toHaveURL(/[?&]event=/);
  await expect(page.getByTestId('count-statements')).toHaveText('20,000');
});

test('sorting by place keeps the page answering: the order is worked out in a worker, no frame waits over 200 ms', { tag: '@alone' }, async ({ page }) => {
  await page.addInitScript({
    content: `
      window.__gaps = [];
      let last = performance.now();
      const tick = (now) => {
        window.__gaps.push([now, now - last]);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    `,
  });
  await openDemo(page);
  const from = await page.evaluate(() => performance.now());
  const place = grid(page).getByRole('columnheader', { name: /Place/ });
  await place.getByRole('button').click();
  await expect(place).toHaveAttribute('aria-sort', 'ascending', { timeout: 30_000 });
  await expect(page).toHaveURL(/[?&]esort=place(&|$)/);
  // The sorting status is the table's own, and empty once the order is shown.
  await expect(panel(page).locator('.event-table__sorting')).toHaveAttribute('role', 'status');
  await expect(panel(page).locator('.event-table__sorting')).toHaveText('');
  await expect(panel(page).locator('.event-table__summary')).toContainText('sorted by place');
  const first = (await cellButton(rowAt(page, 0), 3).textContent())!.toLowerCase();
  const second = (await cellButton(rowAt(page, 1), 3).textContent())!.toLowerCase();
  expect(first <= second, `${first} before ${second}`).toBe(true);
  // Sort again the other way: answered from the kept order.
  await place.getByRole('button').click();
  await expect(place).toHaveAttribute('aria-sort', 'descending');
  await page.waitForTimeout(300);
  const gaps = await page.evaluate<Array<[number, number]>>('window.__gaps');
  const during = gaps.filter(([at]) => at > from).map(([, gap]) => gap);
  expect(during.length, 'frames painted while sorting').toBeGreaterThan(5);
  expect(Math.max(...during), 'longest frame gap while sorting by place').toBeLessThan(200);
});

test('the grid is one Tab stop and moves with the arrow, Home/End and Page keys; Enter sorts', async ({ page }) => {
  await openDemo(page);
  const dateSort = grid(page).getByRole('button', { name: /^Date/ });
  await expect(dateSort).toHaveAttribute('tabindex', '0');
  await expect(grid(page).locator('[tabindex="0"]')).toHaveCount(1);
  await dateSort.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]esort=date-desc(&|$)/);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/esort=/);

  await page.keyboard.press('ArrowDown');
  const focusedPos = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.pos ?? null);
  expect(await focusedPos()).toBe('0:1');
  await page.keyboard.press('ArrowRight');
  expect(await focusedPos()).toBe('0:2');
  await page.keyboard.press('End');
  expect(await focusedPos()).toBe('0:7');
  await page.keyboard.press('Home');
  expect(await focusedPos()).toBe('0:0');
  await page.keyboard.press('PageDown');
  const paged = Number((await focusedPos())!.split(':')[0]);
  expect(paged).toBeGreaterThan(3);
  await page.keyboard.press('ArrowUp');
  expect(await focusedPos()).toBe(`${paged - 1}:0`);
  // The last row is far below the rendered ones: it is rendered and focused, and the roving Tab stop follows.
  await page.keyboard.press('Control+End');
  const last = Number((await page.getByTestId('count-events').textContent())!.replace(/,/g, '')) - 1;
  expect(await focusedPos()).toBe(`${last}:7`);
  await expect(rowAt(page, last)).toBeInViewport();
  expect(await bodyRows(page).count()).toBeLessThan(60);
  await expect(grid(page).locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Control+Home');
  expect(await focusedPos()).toBe('0:0');
  // Space on Choose chooses the event, from the keyboard alone.
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]event=syn-event-\d+/);
  // Tab leaves the grid in one step.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"]') === null)).toBe(true);
});

test('a value opens the source reader on the words it was read from', async ({ page }) => {
  await openDemo(page, '&esort=place');
  const row = rowAt(page, 0);
  const place = (await cellButton(row, 3).textContent())!;
  await cellButton(row, 3).click();
  await expect(page).toHaveURL(/[?&]fact=syn-event-\d+:location(&|$)/);
  const reader = page.getByRole('region', { name: 'Source', exact: true });
  await expect(reader.getByRole('region', { name: 'Selected fact' })).toContainText('Where it took place');
  // The place's own words are marked in the document and in view; "Beijing, China" was read from "Beijing".
  const mark = reader.locator('[data-fact-mark]').first();
  await expect(mark).toBeInViewport();
  expect(place.startsWith((await mark.textContent())!.trim()) || place === 'Online').toBe(true);
  await reader.getByRole('button', { name: 'Close the source reader' }).click();
  await expect(page).not.toHaveURL(/fact=/);
  await expect(reader).toHaveCount(0);
});

test('exports the table as CSV, JSON and Parquet with the span of every value', async ({ page }) => {
  await openDemo(page, '&country=CHN&esort=participants-desc');
  const summary = (await panel(page).locator('.event-table__summary').textContent())!;
  const shown = Number(/^([\d,]+) of/.exec(summary)![1]!.replace(/,/g, ''));
  const download = async (label: RegExp) => {
    await panel(page).getByRole('button', { name: 'Export events' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: label }).click();
    const file = await downloading;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };

  const csv = await download(/^CSV/);
  expect(csv.name).toMatch(/^forum-atlas-SYNTHETIC_events_.*\.csv$/);
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toContain('event_id,chosen,start_date,end_date');
  expect(lines[0]).toContain('title_span_start_utf16');
  expect(lines[0]).toMatch(/document_url,publisher,published_on,corpus_version,synthetic$/);
  expect(lines).toHaveLength(shown + 1);

  const json = JSON.parse((await download(/^JSON/)).bytes.toString('utf8')) as {
    metadata: { counts: { events: number }; notice: string; filters: { viewQuery: string } };
    events: Array<{ participantCount: number | null; participatingCountries: string[]; titleSpan: [number, number]; documentUrl: string }>;
  };
  expect(json.metadata.counts.events).toBe(shown);
  expect(json.metadata.notice).toBe('SYNTHETIC DATA — not real events');
  expect(json.metadata.filters.viewQuery).toContain('esort=participants-desc');
  expect(json.events.every((event) => event.participatingCountries.includes('CHN'))).toBe(true);
  // In the table's order: most participants first, unstated counts last.
  const counts = json.events.map((event) => event.participantCount);
  const stated = counts.filter((count): count is number => count !== null);
  expect(stated).toEqual([...stated].sort((a, b) => b - a));
  expect(counts.slice(stated.length).every((count) => count === null)).toBe(true);

  const parquet = await download(/^Parquet/);
  expect(parquet.name).toMatch(/\.parquet$/);
  const buffer = parquet.bytes.buffer.slice(parquet.bytes.byteOffset, parquet.bytes.byteOffset + parquet.bytes.byteLength);
  const rows = await parquetReadObjects({ file: buffer });
  expect(rows).toHaveLength(shown);
  expect(typeof rows[0]!.title_span_start_utf16).toBe('number');
  expect(typeof rows[0]!.chosen).toBe('boolean');
  expect(parquetMetadata(buffer).key_value_metadata?.some((entry) => entry.key === 'forum-atlas.export')).toBe(true);
});

for (const width of [1440, 360]) {
  test(`the events table is axe clean and fits the page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openDemo(page, '&event=syn-event-3');
    await cellButton(rowAt(page, 0), 1).click();
    await expect(page.getByRole('region', { name: 'Source', exact: true })).toBeVisible();
    const results = await axeBuilder(page).withTags(WCAG_TAGS).include('section.panel--events').include('section.panel--reader').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
