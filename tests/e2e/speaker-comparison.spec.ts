import { axeBuilder } from './helpers/axe';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Generating, checking and indexing a synthetic corpus takes a few seconds in a worker; more on a loaded machine.
test.setTimeout(120_000);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const panel = (page: Page) => page.getByRole('region', { name: 'Speakers side by side' });
const listCount = (page: Page) => page.locator('section.panel--statements').getByRole('status').filter({ hasText: /of [\d,]+ statements/ });

async function openDemo(page: Page, query = '') {
  await page.goto(`/?corpus=synthetic:20000-seed42${query}`);
  await expect(page.getByTestId('count-statements')).toHaveText(/\d/, { timeout: 90_000 });
  await expect(panel(page)).toBeVisible();
  // Acting on the full corpus: the statements and the events table come with the texts.
  await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready', { timeout: 90_000 });
}

test('an analyst compares two speakers’ themes and opens one bar’s statements in the list', async ({ page }) => {
  await openDemo(page);
  await expect(panel(page).getByRole('status').filter({ hasText: 'No speaker chosen yet.' })).toBeVisible();

  // One from the suggestions, one typed in the box.
  const suggestion = panel(page).locator('.speaker-picker__suggestions button').first();
  const first = (await suggestion.textContent())!;
  await suggestion.click();
  await expect(page).toHaveURL(/[?&]compare=syn-speaker-\d+(&|$)/);
  const box = panel(page).getByLabel('Add a speaker or role');
  await box.fill('Speaker: Nobody Atall');
  await box.press('Enter');
  await expect(panel(page).getByText('No speaker or role in this corpus is called “Speaker: Nobody Atall”.')).toBeVisible();
  const option = await page.locator('datalist option').nth(1).getAttribute('value');
  await box.fill(option!);
  await box.press('Enter');
  await expect(page).toHaveURL(/[?&]compare=syn-speaker-\d+,syn-speaker-\d+(&|$)/);
  const second = /^Speaker: (.*?)(?: \(|$)/.exec(option!)![1]!;
  const summary = panel(page).locator('.comparison__summary');
  await expect(summary).toContainText(`Comparing ${first}:`);
  await expect(summary).toContainText(`; and ${second}:`);

  // Each bar is a button saying what it counts; pressing one filters the list to exactly those statements.
  const bars = panel(page).getByRole('button', { name: /Show these statements in the list\.$/ });
  expect(await bars.count()).toBeGreaterThan(4);
  const bar = bars.nth(1);
  const label = (await bar.getAttribute('aria-label'))!;
  const [, count] = /: ([\d]+) of [\d]+ statements/.exec(label)!;
  await bar.click();
  await expect(page).toHaveURL(/[?&]speaker=syn-speaker-\d+(&|$)/);
  await expect(page).toHaveURL(/[?&]theme=[a-z-]+(&|$)/);
  await expect(listCount(page)).toHaveText(`${Number(count).toLocaleString('en-GB')} of 20,000 statements`);
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  // The comparison keeps every theme of both speakers: it ignores the two filters it set.
  expect(await bars.count()).toBeGreaterThan(4);
  await expect(summary).toContainText('Ignores the speaker filter and theme filter');

  // From the keyboard: another bar, Enter.
  const other = bars.nth(0);
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(other).toHaveAttribute('aria-pressed', 'true');
  const [, otherCount] = /: ([\d]+) of [\d]+ statements/.exec((await other.getAttribute('aria-label'))!)!;
  await expect(listCount(page)).toHaveText(`${Number(otherCount).toLocaleString('en-GB')} of 20,000 statements`);

  // The table shows the same numbers, and its counts open statements too.
  await panel(page).getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page).toHaveURL(/[?&]table=speakers(&|$)/);
  const table = panel(page).getByRole('table');
  await expect(table.getByRole('columnheader', { name: new RegExp(`^${first}`) })).toBeVisible();
  await expect(table.getByRole('button', { name: label })).toBeVisible();

  // Removing one leaves one, and the sentence asks for another.
  await panel(page).getByRole('button', { name: `Remove ${second} from the comparison` }).click();
  await expect(summary).toContainText('Add one more to compare.');
});

test('a role is compared as everyone named with it; the comparison exports as SVG, PNG and CSV', async ({ page }) => {
  await openDemo(page, '&compare=syn-speaker-0,role:Secretary-General');
  const summary = panel(page).locator('.comparison__summary');
  await expect(summary).toContainText(/and Secretary-General, \d+ speakers: [\d,]+ statements/);
  const download = async (label: RegExp) => {
    await panel(page).getByRole('button', { name: 'Export speakers' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: label }).click();
    const file = await downloading;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const csv = await download(/^CSV/);
  expect(csv.name).toMatch(/^forum-atlas-SYNTHETIC_speakers_.*\.csv$/);
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toMatch(/^compared,kind,name,speaker_ids,statements,theme_id/);
  expect(lines.some((line) => line.startsWith('role:Secretary-General,role,Secretary-General,'))).toBe(true);
  const svgFile = await download(/^SVG/);
  const svgText = svgFile.bytes.toString('utf8');
  expect(svgText).toContain('Statements per theme, speakers side by side');
  expect(svgText).toContain('SYNTHETIC DATA');
  expect(svgText).toContain('Secretary-General');
  const png = await download(/^PNG/);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('an unknown speaker in a link is named and not compared', async ({ page }) => {
  await openDemo(page, '&compare=syn-speaker-0,no-such-speaker');
  await expect(page.getByText(/“no-such-speaker” does not filter: no statement in this corpus has that speaker or role/)).toBeVisible();
  await expect(panel(page).locator('.comparison__summary')).toContainText('Add one more to compare.');
});

for (const width of [1440, 360]) {
  test(`the comparison is axe clean and fits the page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openDemo(page, '&compare=syn-speaker-0,syn-speaker-1,role:Ambassador&speaker=syn-speaker-1&theme=drug-trafficking');
    await expect(panel(page).getByRole('button', { name: /Show these statements/ }).first()).toBeVisible();
    const results = await axeBuilder(page).withTags(WCAG_TAGS).include('section.panel--speakers').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await panel(page).getByRole('button', { name: 'Table', exact: true }).click();
    const tableResults = await axeBuilder(page).withTags(WCAG_TAGS).include('section.panel--speakers').analyze();
    expect(tableResults.violations.map((v) => v.id)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
