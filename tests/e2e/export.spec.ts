import { axeBuilder } from './helpers/axe';
import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { serveCorpus } from './helpers/serve-corpus.ts';
import { smallTestCorpus } from '../fixtures/test-corpus.ts';

/**
 * Exports against the seed corpus (one SCO press release: the Asia-Pacific
 * Video Forum on Public Security, 17 August 2020; ten statements by Vladimir
 * Norov, all reported speech). Every file is downloaded and opened. The
 * fixture fails the test on any request to another origin, so every export
 * here is shown to work offline.
 */
const mapPanel = (page: Page) => page.getByRole('region', { name: 'Participant map' });
const timelinePanel = (page: Page) => page.getByRole('region', { name: 'Themes over time' });
const statementsPanel = (page: Page) => page.getByRole('region', { name: 'Statements' });

async function save(download: Download): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}

/** Chooses an item of an Export menu and returns the downloaded file. */
async function exportVia(page: Page, menuButton: Locator, item: string | RegExp) {
  await menuButton.click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return save(await downloading);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(strFromU8(bytes.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A CSV file as spreadsheet apps read it: UTF-8 with a byte-order mark, CRLF records. */
function readCsv(bytes: Uint8Array): string[][] {
  expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  // TextDecoder (behind strFromU8) drops the BOM itself.
  const text = strFromU8(bytes);
  expect(text.endsWith('\r\n')).toBe(true);
  return csvParseRows(text);
}

/** Parses an SVG file with the browser's own XML parser; returns what a reader checks. */
async function inspectSvg(page: Page, bytes: Uint8Array) {
  return page.evaluate((svgText) => {
    const document = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const elements = Array.from(document.querySelectorAll('*'));
    return {
      wellFormed: document.querySelector('parsererror') === null,
      root: document.documentElement.localName,
      title: document.querySelector('title')?.textContent ?? null,
      texts: Array.from(document.querySelectorAll('text'), (t) => t.textContent ?? ''),
      forbidden: elements
        .filter((e) => ['script', 'foreignObject', 'image', 'use', 'a', 'style', 'iframe'].includes(e.localName))
        .map((e) => e.localName),
      externalRefs: elements.flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => /href$|^src$/i.test(a.name) || /^on/i.test(a.name) || /url\((?!#)/i.test(a.value))
          .map((a) => `${e.localName}@${a.name}`),
      ),
    };
  }, strFromU8(bytes));
}

const SELF_CONTAINED = { wellFormed: true, root: 'svg', forbidden: [], externalRefs: [] };

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
});

test('the map exports as SVG, PNG and CSV after selecting Japan', async ({ page }) => {
  await page.goto('/');
  await mapPanel(page).getByRole('listbox', { name: 'Countries, most events first' }).getByRole('option', { name: /^Japan,/ }).click();
  await expect(page).toHaveURL(/country=JPN/);
  const menu = mapPanel(page).getByRole('button', { name: 'Export map' });

  const svgFile = await exportVia(page, menu, /^SVG/);
  expect(svgFile.name).toMatch(/^forum-atlas_map_japan_\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await inspectSvg(page, svgFile.bytes);
  expect(svg).toMatchObject(SELF_CONTAINED);
  expect(svg.title).toBe('Participant map: events each country took part in');
  expect(svg.texts).toContain('Japan · All themes');
  expect(svg.texts).toContain('Japan: 1 event');
  expect(svg.texts.join(' ')).toContain('Source: SCO Secretariat.');

  const png = await exportVia(page, menu, /^PNG/);
  expect(png.name).toMatch(/\.png$/);
  expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(1600);

  const csv = readCsv((await exportVia(page, menu, /^CSV/)).bytes);
  const listed = await mapPanel(page).getByRole('listbox', { name: 'Countries, most events first' }).getByRole('option').count();
  expect(csv.slice(1)).toHaveLength(listed);
  expect(csv[0]!.slice(0, 3)).toEqual(['country_code', 'country', 'events_taken_part_in']);
  expect(csv.slice(1).map((row) => row[0]).sort()).toEqual(['AFG', 'CHN', 'COD', 'ISR', 'JPN', 'MYS', 'RUS', 'SGP']);
});

test('the timeline exports the numbers its table shows for the selected theme, and only that theme, as CSV, SVG and PNG', async ({ page }) => {
  await page.goto('/?table=timeline&theme=terrorism-extremism');
  const panel = timelinePanel(page);
  const menu = panel.getByRole('button', { name: 'Export timeline' });

  const csv = readCsv((await exportVia(page, menu, /^CSV/)).bytes);
  const [header, ...rows] = csv;
  expect(header!.slice(0, 6)).toEqual(['period', 'period_start', 'period_end', 'theme_id', 'theme', 'statements']);
  const table = panel.getByRole('table');
  const periods = (await table.locator('thead th').allTextContents()).slice(1).filter((label) => label !== 'All periods');
  expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(periods.map((label) => label.replace(' (selected dates)', ''))));
  // The table keeps every theme (the panel's context); the export holds the selected one alone.
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
  expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(['terrorism-extremism']));
  const selectedRow = table.locator('tbody tr').filter({ hasText: '(selected)' });
  await expect(selectedRow).toHaveCount(1);
  expect((await selectedRow.locator('th').textContent())!.replace(' (selected)', '').trim()).toBe(rows[0]![4]);
  const counts = (await selectedRow.locator('td').allTextContents()).slice(0, periods.length).map((cell) => Number(cell.replace(/,/g, '')));
  expect(rows.map((row) => Number(row[5]))).toEqual(counts);

  const svg = await inspectSvg(page, (await exportVia(page, menu, /^SVG/)).bytes);
  expect(svg).toMatchObject(SELF_CONTAINED);
  expect(svg.title).toMatch(/^Themes over time: statements per theme by /);
  expect(svg.texts).toContain('All countries · Terrorism and extremism');
  expect(svg.texts).toContain('Terrorism and extremism');
  // One value label per bar: the count the CSV gives.
  expect(svg.texts).toContain(rows[0]![5]);
  expect(svg.texts).not.toContain('Regional and global security');
  expect(pngSize((await exportVia(page, menu, /^PNG/)).bytes).width).toBeGreaterThanOrEqual(1600);
});

test('the statement list exports exactly its filtered rows, in list order, as CSV and JSON', async ({ page }) => {
  await page.goto('/?q=security&sort=desc');
  // The first views count without the search; the list is read once every text is in.
  await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready');
  const panel = statementsPanel(page);
  const countText = (await panel.locator('.statements__count').textContent())!;
  const onScreen = Number(/^(\d+) of/.exec(countText)![1]);
  expect(onScreen).toBeGreaterThan(0);
  expect(onScreen).toBeLessThan(10);
  const listIds = await panel.locator('[data-statement-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-statement-id')));
  expect(listIds).toHaveLength(onScreen);

  const menu = panel.getByRole('button', { name: 'Export statements' });
  const csvFile = await exportVia(page, menu, /^CSV/);
  expect(csvFile.name).toMatch(/^forum-atlas_statements_q-security_\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...records] = readCsv(csvFile.bytes);
  expect(records).toHaveLength(onScreen);
  expect(records.map((record) => record[header!.indexOf('statement_id')])).toEqual(listIds);
  const first = Object.fromEntries(header!.map((name, i) => [name, records[0]![i]]));
  expect(first).toMatchObject({
    speaker_name: 'Vladimir Norov',
    speech_type: 'reported',
    reported_by: 'SCO Secretariat',
    event_title: 'Asia-Pacific Video Forum on Public Security',
    date: '2020-08-17',
    date_inferred: 'yes',
    synthetic: 'no',
  });

  const json = JSON.parse(strFromU8((await exportVia(page, menu, /^JSON/)).bytes)) as {
    metadata: { counts: { statements: number }; filters: { description: string }; corpus: { version: string; synthetic: boolean } };
    statements: { statementId: string }[];
  };
  expect(json.statements.map((row) => row.statementId)).toEqual(listIds);
  expect(json.metadata.counts.statements).toBe(onScreen);
  expect(json.metadata.filters.description).toBe('All countries · All themes · Search “security”');
  expect(json.metadata.corpus).toMatchObject({ synthetic: false });
  expect(json.metadata.corpus.version).toMatch(/^[0-9a-f]{12}$/);
});

test('Copy citation, in the list and in the reader, cites reported speech as the Secretariat’s account', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const row = statementsPanel(page).locator('[data-statement-id]').first();
  await row.getByRole('button', { name: 'Copy citation' }).click();
  await expect(row.getByText('Citation copied.')).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toMatch(/^As reported by the SCO Secretariat, Vladimir Norov \(Secretary-General, SCO\) stressed that the epidemiologic /);
  expect(citation).toContain('Event: “Asia-Pacific Video Forum on Public Security”, 17 August 2020.');
  expect(citation).toContain('http://eng.sectsco.org/20200818/669839.html (accessed ');
  expect(citation).not.toMatch(/that “/);

  await row.getByRole('button', { name: 'Read in source' }).click();
  const reader = page.getByRole('region', { name: 'Source', exact: true });
  await reader.getByRole('button', { name: 'Copy citation' }).click();
  await expect(reader.getByText('Citation copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
});

test('Copy citation joins the reported words to the verb as the release did: an object, a participle as a finite verb', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const rows = statementsPanel(page).locator('[data-statement-id]');
  const copied = async (index: number) => {
    const row = rows.nth(index);
    await row.getByRole('button', { name: 'Copy citation' }).click();
    await expect(row.getByText('Citation copied.')).toBeVisible();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const lead = 'As reported by the SCO Secretariat, Vladimir Norov (Secretary-General, SCO)';
  const startsWith = (text: string, start: string) => expect(text.slice(0, start.length)).toBe(start);
  // The seed's third statement: "He called for promoting inclusive … cooperation".
  startsWith(await copied(2), `${lead} called for promoting inclusive and de-politicised cooperation in order`);
  // Sixth: "…, adding that it was important …" is cited with "added".
  startsWith(await copied(5), `${lead} added that it was important to start joint work in order`);
  // Eighth: "He stressed the SCO member states' special role …".
  startsWith(await copied(7), `${lead} stressed the SCO member states' special role in combatting Afghan drug trafficking. Event:`);
});

test('Copy link puts the current view’s URL on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?country=JPN&theme=terrorism-extremism');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  // The view's URL with the corpus version it was made on (versioned-links.spec.ts checks the version).
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.origin + url.pathname).toBe(new URL(page.url()).origin + '/');
  expect(url.search).toMatch(/^\?v=[0-9a-f]{12}&country=JPN&theme=terrorism-extremism$/);
});

test('the analyst packet zips both figures, their data, the statements, metadata and a README', async ({ page }) => {
  await page.goto('/?country=JPN');
  const button = page.getByRole('button', { name: 'Download analyst packet' });
  const downloading = page.waitForEvent('download');
  await button.click();
  const { name, bytes } = await save(await downloading);
  expect(name).toMatch(/^forum-atlas_packet_japan_\d{4}-\d{2}-\d{2}\.zip$/);
  const folder = name.replace(/\.zip$/, '');
  const files = unzipSync(bytes);
  expect(Object.keys(files).sort()).toEqual(
    [
      'README.txt',
      'data/map.csv',
      'data/timeline.csv',
      'figures/map.png',
      'figures/map.svg',
      'figures/timeline.png',
      'figures/timeline.svg',
      'metadata.json',
      'statements.csv',
    ].map((file) => `${folder}/${file}`),
  );
  for (const figure of ['map', 'timeline']) {
    expect(pngSize(files[`${folder}/figures/${figure}.png`]!).width).toBeGreaterThanOrEqual(1600);
    const svg = await inspectSvg(page, files[`${folder}/figures/${figure}.svg`]!);
    expect(svg).toMatchObject(SELF_CONTAINED);
    expect(svg.texts).toContain('Japan · All themes');
  }
  const statements = readCsv(files[`${folder}/statements.csv`]!);
  expect(statements.slice(1)).toHaveLength(Number(await page.getByTestId('count-statements').textContent()));
  const metadata = JSON.parse(strFromU8(files[`${folder}/metadata.json`]!)) as { filters: { values: { countries: string[] } }; caveats: string[] };
  expect(metadata.filters.values.countries).toEqual(['JPN']);
  expect(metadata.caveats.join(' ')).toContain('1 event start date was inferred');
  const readme = strFromU8(files[`${folder}/README.txt`]!);
  expect(readme).toContain('Selection: Japan · All themes');
  expect(readme).toMatch(/How to cite[\s\S]*As reported by the SCO\s+Secretariat,/);
  await expect(page.getByRole('status').filter({ hasText: 'Analyst packet ready' })).toBeVisible();
  await expect(button).toBeFocused();
});

test('the packet shows its progress and can be cancelled', async ({ page }) => {
  await page.goto('/');
  await expect(mapPanel(page).getByRole('group', { name: /World map/ })).toBeVisible();
  // The packet's map step waits for the world's shapes: hold them back so the run is still going when Cancel is pressed.
  await page.route('**/countries-110m*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.fallback();
  });
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Download analyst packet' }).click();
  const progress = page.getByRole('progressbar', { name: /Preparing the analyst packet: Drawing the map/ });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Analyst packet cancelled.')).toBeVisible();
  await expect(progress).toBeHidden();
  expect(downloads).toBe(0);
});

test('an Export menu works from the keyboard alone and passes axe', async ({ page }) => {
  await page.goto('/');
  const menu = mapPanel(page).getByRole('button', { name: 'Export map' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('menuitem', { name: /^SVG/ })).toBeFocused();
  const results = await axeBuilder(page).include('.export-menu').analyze();
  expect(results.violations).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /^CSV/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(page.getByRole('menu')).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/^forum-atlas_map_all_.*\.csv$/);
  const bar = await axeBuilder(page).include('.export-bar').analyze();
  expect(bar.violations).toEqual([]);
});

test('every export from a synthetic corpus says so: file names, figures, CSV rows and packet metadata', async ({ page }) => {
  await serveCorpus(page, smallTestCorpus());
  await page.goto('/');
  await expect(page.getByText('Synthetic data — not real events.')).toBeVisible();
  const timeline = timelinePanel(page).getByRole('button', { name: 'Export timeline' });
  const svgFile = await exportVia(page, timeline, /^SVG/);
  expect(svgFile.name).toMatch(/^forum-atlas-SYNTHETIC_timeline_all_/);
  const svg = await inspectSvg(page, svgFile.bytes);
  expect(svg.texts).toContain('SYNTHETIC DATA — not real events');
  expect(svg.texts.join(' ')).toContain('SYNTHETIC DATA — not real events. Sources: Test Secretariat, Other Office.');

  const [header, ...records] = readCsv((await exportVia(page, statementsPanel(page).getByRole('button', { name: 'Export statements' }), /^CSV/)).bytes);
  expect(records).toHaveLength(5);
  expect(new Set(records.map((record) => record[header!.indexOf('synthetic')]))).toEqual(new Set(['SYNTHETIC DATA — not real events']));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download analyst packet' }).click();
  const packet = await save(await downloading);
  const files = unzipSync(packet.bytes);
  const folder = packet.name.replace(/\.zip$/, '');
  expect(JSON.parse(strFromU8(files[`${folder}/metadata.json`]!))).toMatchObject({ notice: 'SYNTHETIC DATA — not real events', corpus: { synthetic: true } });
  expect(strFromU8(files[`${folder}/README.txt`]!)).toContain('*** SYNTHETIC DATA — not real events ***');
});
