import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { statementRows } from './helpers/seed.ts';

/**
 * The views narrow together: a country picked on the map and a theme picked
 * in the timeline legend change the list, the timeline, the counts and the
 * URL, and the URL alone brings the view back (reload, back, forward).
 */
const map = (page: Page) => page.locator('section.panel--map');
const timeline = (page: Page) => page.locator('section.panel--timeline');
const listCount = (page: Page) => page.locator('section.panel--statements').getByRole('status').filter({ hasText: /of \d+ statements/ });
const headlineStatements = (page: Page) => page.getByTestId('count-statements');
const timelineSummary = (page: Page) => timeline(page).locator('.tl-summary');
const query = (page: Page) => new URL(page.url()).search;
const chips = (page: Page) => page.getByRole('group', { name: 'Active filters' });

test('Japan, then a theme: list, timeline, counts and URL follow; reload and history restore it', async ({ page }) => {
  await page.goto('/');
  await expect(listCount(page)).toHaveText('10 of 10 statements');

  await map(page).getByRole('listbox').getByRole('option', { name: /Japan/ }).first().click();
  await expect(page).toHaveURL(/\?country=JPN$/);
  await expect(chips(page)).toContainText('Japan');
  // Japan took part in the only event: every statement still matches.
  await expect(headlineStatements(page)).toHaveText('10');

  await timeline(page).getByRole('button', { name: /Drug trafficking/ }).click();
  await expect(page).toHaveURL(/\?country=JPN&theme=drug-trafficking$/);
  await expect(listCount(page)).toHaveText('2 of 10 statements');
  await expect(statementRows(page)).toHaveCount(2);
  for (const row of await statementRows(page).all()) await expect(row).toContainText(/drug trafficking/i);
  await expect(headlineStatements(page)).toHaveText('2');
  await expect(chips(page)).toContainText('Drug trafficking');
  // The timeline keeps every theme drawn while one is selected.
  await expect(timeline(page).getByRole('button', { name: /Regional and global security/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(timeline(page).getByRole('button', { name: /Drug trafficking/ })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(listCount(page)).toHaveText('2 of 10 statements');
  await expect(chips(page)).toContainText('Japan');

  await page.goBack();
  await expect(page).toHaveURL(/\?country=JPN$/);
  await expect(listCount(page)).toHaveText('10 of 10 statements');
  await page.goBack();
  expect(query(page)).toBe('');
  await expect(page.getByText('No filters: showing the whole corpus.')).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(listCount(page)).toHaveText('2 of 10 statements');
});

test('a mentioned country narrows the timeline once mentions are included', async ({ page }) => {
  await page.goto('/?country=AFG');
  // Afghanistan took part in nothing: with participation only, nothing matches.
  await expect(listCount(page)).toHaveText('0 of 10 statements');
  await page.goto('/?country=AFG&mentions=1');
  await expect(listCount(page)).toHaveText('1 of 10 statements');
  await expect(statementRows(page)).toContainText(['Afghan drug trafficking']);
  await expect(timelineSummary(page)).toContainText('1 statement');
});

test('chips remove one filter at a time, and "Clear all" removes the rest', async ({ page }) => {
  await page.goto('/?country=JPN&theme=drug-trafficking&q=drug');
  await expect(listCount(page)).toHaveText('2 of 10 statements');
  await chips(page).getByRole('button', { name: 'Remove filter Theme: Drug trafficking' }).click();
  await expect(page).toHaveURL(/\?country=JPN&q=drug$/);
  await chips(page).getByRole('button', { name: 'Clear all' }).click();
  expect(query(page)).toBe('');
  await expect(listCount(page)).toHaveText('10 of 10 statements');
});

test('malformed URL parameters fall back to defaults instead of breaking the page, and each is reported', async ({ page }) => {
  await page.goto('/?country=jpn,<script>&theme=%E0%A4%A&from=2020-13-45&bucket=decade&statement=%3Cimg%3E&corpus=https://example.org/x.json');
  await expect(listCount(page)).toHaveText('10 of 10 statements');
  // "jpn" is read as Japan's code; everything else malformed is left out.
  await expect(page.getByRole('group', { name: 'Active filters' }).getByRole('listitem')).toHaveText([/Country: Japan/]);
  const notices = page.getByRole('list', { name: 'Problems with this page’s link' }).getByRole('listitem');
  await expect(notices).toHaveCount(6);
  await expect(notices.filter({ hasText: 'The link’s country parameter' })).toContainText('“<script>” was left out');
});
