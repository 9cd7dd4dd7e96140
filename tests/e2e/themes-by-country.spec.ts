import { axeBuilder } from './helpers/axe';
import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { generateSyntheticCorpus } from '../../src/domain/synthetic/generate-corpus.ts';
import { expect, test } from './fixtures.ts';

/**
 * Theme × country on a seeded synthetic corpus: the heatmap's numbers are
 * the statements per theme by the countries of their events, they follow
 * the mentions switch, a cell filters its country and theme, and the
 * figure exports as SVG, PNG and CSV.
 */
const corpus = generateSyntheticCorpus({ statements: 3000, seed: 8 });
const THEME = corpus.taxonomy[0]!.id;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Statements with THEME counted for China, by participation and with mentions, counted here by hand. */
function countChina() {
  const participants = new Map(corpus.events.map((event) => [event.id, new Set(event.participatingCountries.map((c) => c.value as string))]));
  let taking = 0;
  let withMentions = 0;
  for (const statement of corpus.statements) {
    if (!statement.themes.some((theme) => theme.themeId === THEME)) continue;
    const atEvent = participants.get(statement.eventId)!.has('CHN');
    if (atEvent) taking += 1;
    if (atEvent || statement.mentionedCountries.some((m) => m.code === 'CHN')) withMentions += 1;
  }
  return { taking, withMentions };
}
const china = countChina();

test.setTimeout(120_000);

const panel = (page: Page) => page.locator('section.panel--themes');
const chinaCell = (page: Page) => panel(page).locator(`svg.heatmap g.heatmap__cell[data-row="${THEME}"][data-column="CHN"]`);

async function open(page: Page, query = '') {
  await page.route('**/data/corpus.json', (route) => route.fulfill({ json: corpus }));
  await page.goto(`/${query}`);
  await expect(panel(page).locator('.country-views__summary')).toContainText(/themes? across/, { timeout: 60_000 });
  // Acting on the full corpus: the statements and the events table come with the texts.
  await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready', { timeout: 90_000 });
}

async function exportVia(page: Page, item: RegExp) {
  await panel(page).getByRole('button', { name: 'Export themes by country' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}

function readCsv(bytes: Uint8Array): Record<string, string>[] {
  const [header, ...rows] = csvParseRows(strFromU8(bytes));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

test('cells count statements by participants, and by mentions too with the switch', async ({ page }) => {
  await open(page);
  expect(china.withMentions).toBeGreaterThan(china.taking);
  await expect(chinaCell(page).locator('text')).toHaveText(String(china.taking));
  await expect(chinaCell(page).locator('title')).toHaveText(new RegExp(`China: ${china.taking.toLocaleString('en-GB')} statements$`));
  await panel(page).getByRole('switch', { name: 'Include mentions' }).check();
  await expect(page).toHaveURL(/mentions=1/);
  await expect(chinaCell(page).locator('text')).toHaveText(String(china.withMentions));
  await expect(panel(page).getByText('every country it mentions')).toBeVisible();
  // The map's switch is the same state.
  await expect(page.locator('section.panel--map').getByRole('switch', { name: 'Include mentions' })).toBeChecked();
});

test('a cell filters its country and theme; the heatmap keeps every cell and marks it', async ({ page }) => {
  await open(page);
  await chinaCell(page).click();
  await expect(page).toHaveURL(new RegExp(`country=CHN&theme=${THEME}`));
  await expect(chinaCell(page)).toHaveClass(/heatmap__cell--selected/);
  await expect(chinaCell(page).locator('text')).toHaveText(String(china.taking));
  await expect(panel(page).getByText('Ignores the country filter and theme filter')).toBeVisible();
  await chinaCell(page).click();
  await expect(page).not.toHaveURL(/country=|theme=/);
});

test('exports the heatmap as SVG, PNG and CSV with the numbers drawn', async ({ page }) => {
  await open(page, '?mentions=1');
  const svg = await exportVia(page, /^SVG/);
  expect(svg.name).toMatch(/themes.*\.svg$/);
  const figure = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      title: Array.from(document.querySelectorAll('#figure-title tspan'), (t) => t.textContent).join(' '),
      numbers: Array.from(document.querySelectorAll('#figure-body text[text-anchor="middle"]'), (t) => t.textContent),
    };
  }, strFromU8(svg.bytes));
  expect(figure.error).toBeNull();
  expect(figure.title).toContain('by participants and mentions');
  expect(figure.numbers).toContain(String(china.withMentions));

  const png = await exportVia(page, /^PNG/);
  expect(Array.from(png.bytes.slice(1, 4), (b) => String.fromCharCode(b)).join('')).toBe('PNG');

  const rows = readCsv((await exportVia(page, /^CSV/)).bytes);
  const cell = rows.find((row) => row.theme_id === THEME && row.country_code === 'CHN')!;
  expect(cell).toMatchObject({ statements: String(china.withMentions), counted_by: 'participants and mentions' });
  expect(rows.length).toBe(figure.numbers.length);
});

for (const [width, scheme] of [[1440, 'light'], [360, 'dark']] as const) {
  test(`axe finds nothing and nothing overflows at ${width} px (${scheme}), chart and table`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    for (const query of ['?country=CHN', '?theme=' + THEME + '&mentions=1&table=themes']) {
      await open(page, query);
      await expect(panel(page).locator(query.includes('table') ? '.matrix-table' : 'svg.heatmap')).toBeVisible();
      const results = await axeBuilder(page).include('section.panel--themes').withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

test('a search that finds nothing gives the empty state', async ({ page }) => {
  await open(page);
  await page.goto('/?q=zzqxv');
  await expect(panel(page).getByText('No statement to place')).toBeVisible({ timeout: 60_000 });
});
