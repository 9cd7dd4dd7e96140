import { axeBuilder } from './helpers/axe';
import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { generateSyntheticCorpus } from '../../src/domain/synthetic/generate-corpus.ts';
import { expect, test } from './fixtures.ts';

/**
 * Who took part together, on the seeded demo corpus as a user opens it
 * (?corpus=synthetic:20000-seed42): pick India on the map's list, read its
 * partners and how often they met, switch the matrix's order, export it.
 * The numbers on screen are checked against the reference engine run here
 * on the same seeded corpus.
 */
const DEMO = '/?corpus=synthetic:20000-seed42';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** India's partners in the demo corpus, counted here by hand: events India took part in, per other participant. */
function countIndia() {
  const events = generateSyntheticCorpus({ statements: 20000, seed: 42 }).events.map((event) => event.participatingCountries.map((c) => c.value as string));
  const withIndia = events.filter((codes) => codes.includes('IND'));
  const shared = new Map<string, number>();
  for (const codes of withIndia) for (const code of new Set(codes)) if (code !== 'IND') shared.set(code, (shared.get(code) ?? 0) + 1);
  const partners = [...shared].map(([code, events]) => ({ code, events })).sort((a, b) => b.events - a.events || (a.code < b.code ? -1 : 1));
  return { pickedEvents: withIndia.length, partners, picked: [{ code: 'IND', events: withIndia.length }] };
}
const india = countIndia();

test.setTimeout(120_000);

const panel = (page: Page) => page.locator('section.panel--together');

async function openDemo(page: Page, query = '') {
  await page.goto(`${DEMO}${query}`);
  await expect(panel(page).locator('.country-views__summary')).toContainText(/took part|Pick one/, { timeout: 90_000 });
  // Acting on the full corpus: the statements and the events table come with the texts.
  await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready', { timeout: 90_000 });
}

function readCsv(bytes: Uint8Array): Record<string, string>[] {
  const [header, ...rows] = csvParseRows(strFromU8(bytes));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

async function exportVia(page: Page, item: RegExp) {
  await panel(page).getByRole('button', { name: 'Export co-participation' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}

test('pick India on the map’s list and read who took part with it, and how often', async ({ page }) => {
  await openDemo(page);
  await expect(panel(page).getByText('Pick one or more countries')).toBeVisible();
  await page.locator('section.panel--map').getByRole('option', { name: /^India,/ }).click();
  await expect(page).toHaveURL(/country=IND/);
  const summary = panel(page).locator('.country-views__summary');
  const top = india.partners[0]!;
  await expect(summary).toContainText(`India took part in ${india.pickedEvents.toLocaleString('en-GB')} of the matching events`);
  await expect(summary).toContainText(`${india.partners.length} other countries`);
  await expect(panel(page).getByText('Ignores the country filter')).toBeVisible();
  const table = panel(page).getByRole('table', { name: /took part in the same events as India/ });
  const firstRow = table.locator('tbody tr').first();
  await expect(firstRow).toHaveAttribute('data-country', top.code);
  await expect(firstRow.locator('td').first()).toHaveText(top.events.toLocaleString('en-GB'));
  await expect(firstRow.locator('td').nth(1)).toHaveText(`${Math.round((100 * top.events) / india.pickedEvents)} %`);
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await panel(page).getByRole('button', { name: `Show all ${india.partners.length} partners` }).click();
  await expect(table.locator('tbody tr')).toHaveCount(india.partners.length);

  // India is marked in the matrix; a partner's button adds it to the filter, as the map does.
  await expect(panel(page).locator('.heatmap__label--selected').first()).toHaveText('India');
  await firstRow.getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`country=IND,${top.code}`));
  await expect(summary).toContainText('India or ');
  await expect(summary).toContainText('all of them together in');
});

test('the matrix switches between clustered and by-count order, and a cell filters both countries', async ({ page }) => {
  await openDemo(page);
  const rowLabels = () => panel(page).locator('svg.heatmap .heatmap__label').allTextContents();
  const clustered = await rowLabels();
  await panel(page).getByRole('button', { name: 'By events' }).click();
  await expect(page).toHaveURL(/matrix=count/);
  await expect(panel(page).getByRole('button', { name: 'By events' })).toHaveAttribute('aria-pressed', 'true');
  const byCount = await rowLabels();
  expect(byCount).not.toEqual(clustered);
  expect([...byCount].sort()).toEqual([...clustered].sort());
  // By count, the first row is the country with most events: its diagonal cell is the largest.
  const first = panel(page).locator('svg.heatmap g.heatmap__cell').first();
  await expect(first).toHaveClass(/heat-diagonal/);
  const [a, b] = [await first.getAttribute('data-row'), await panel(page).locator('svg.heatmap g.heatmap__cell').nth(1).getAttribute('data-column')];
  await panel(page).locator(`svg.heatmap g.heatmap__cell[data-row="${a}"][data-column="${b}"]`).click();
  await expect(page).toHaveURL(new RegExp(`country=${a},${b}`));
  await page.goBack();
  await expect(page).toHaveURL(/matrix=count/);
  await expect(page).not.toHaveURL(/country=/);
  // From the keyboard: one Tab stop, arrows move, Enter filters.
  const cells = panel(page).locator('svg.heatmap g.heatmap__cell');
  await expect(cells.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await cells.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(cells.nth(30)).toBeFocused();
  await expect(cells.nth(30)).toHaveAttribute('aria-label', /events together$/);
  await page.keyboard.press('Enter');
  const [row, column] = [await cells.nth(30).getAttribute('data-row'), await cells.nth(30).getAttribute('data-column')];
  await expect(page).toHaveURL(new RegExp(`country=${row},${column}`));
  await page.goBack();
  await page.goBack();
  await expect(page).not.toHaveURL(/matrix=/);
});

test('exports the matrix as SVG, PNG and CSV, and the partners as CSV', async ({ page }) => {
  await openDemo(page, '&country=IND&matrix=count');
  const svg = await exportVia(page, /^SVG/);
  expect(svg.name).toMatch(/together.*\.svg$/);
  const figure = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      title: Array.from(document.querySelectorAll('#figure-title tspan'), (t) => t.textContent).join(' '),
      cells: document.querySelectorAll('#figure-body rect').length,
      labels: Array.from(document.querySelectorAll('#figure-body text[text-anchor="end"]'), (t) => t.textContent),
      bold: Array.from(document.querySelectorAll('#figure-body text[font-weight="700"]'), (t) => t.textContent),
      source: document.querySelector('#figure-source')?.textContent ?? '',
    };
  }, strFromU8(svg.bytes));
  expect(figure.error).toBeNull();
  expect(figure.title).toContain('Who took part together');
  expect(figure.labels).toHaveLength(30);
  expect(figure.labels).toContain('India');
  expect(figure.bold).toContain('India');
  expect(figure.cells).toBeGreaterThanOrEqual(900);
  expect(figure.source).toMatch(/corpus version/i);

  const png = await exportVia(page, /^PNG/);
  expect(png.name).toMatch(/together.*\.png$/);
  expect(Array.from(png.bytes.slice(1, 4), (b) => String.fromCharCode(b)).join('')).toBe('PNG');
  const view = new DataView(png.bytes.buffer, png.bytes.byteOffset);
  expect([view.getUint32(16), view.getUint32(20)]).toEqual([2400, 1600]);

  const matrix = readCsv((await exportVia(page, /^CSV \(the numbers drawn\)/)).bytes);
  expect(matrix).toHaveLength(900);
  const diagonal = matrix.filter((row) => row.country_code === row.with_country_code);
  expect(diagonal).toHaveLength(30);
  const indiaCell = diagonal.find((row) => row.country_code === 'IND')!;
  expect(Number(indiaCell.events_together)).toBe(india.picked[0]!.events);
  expect(matrix[0]!.synthetic).not.toBe('no');

  const partners = readCsv((await exportVia(page, /^CSV \(partners/)).bytes);
  expect(partners).toHaveLength(india.partners.length);
  expect(partners[0]).toMatchObject({ rank: '1', country_code: india.partners[0]!.code, shared_events: String(india.partners[0]!.events), picked: 'India' });
});

for (const [width, scheme] of [[1440, 'light'], [360, 'dark']] as const) {
  test(`axe finds nothing and nothing overflows at ${width} px (${scheme}), chart and table`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    for (const query of ['&country=IND', '&country=IND,CHN&table=together']) {
      await openDemo(page, query);
      await expect(panel(page).locator(query.includes('table') ? '.matrix-table' : 'svg.heatmap')).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await axeBuilder(page).include('section.panel--together').withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

test('a filter that leaves no event gives the empty state', async ({ page }) => {
  await openDemo(page, '&from=2099-01-01');
  await expect(panel(page).getByText('No country took part in a matching event')).toBeVisible();
});
