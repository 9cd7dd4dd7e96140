import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { axeBuilder } from './helpers/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * A copied link carries the version of the corpus it was made on (`v=`);
 * opened on another version of that corpus, the page says so and offers to
 * continue. The version is the first 12 hex digits of the SHA-256 of the
 * corpus file, as every export prints it.
 */
const VERSION = createHash('sha256').update(readFileSync('public/data/corpus.json')).digest('hex').slice(0, 12);
const OTHER = VERSION.startsWith('0') ? 'f00dfeed0000' : '0badc0de0000';

const notices = (page: Page) => page.getByRole('list', { name: 'Problems with this page’s link' }).getByRole('listitem');
const versionNotice = (page: Page) => notices(page).filter({ hasText: 'This link was made on another version of this corpus' });
const query = (page: Page) => new URL(page.url()).searchParams;

test('Copy link writes the corpus version into the link, and the link reopens without a notice', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?country=JPN&theme=terrorism-extremism');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/?v=${VERSION}&country=JPN&theme=terrorism-extremism`);
  // Copying writes nothing into the page's own address.
  expect(query(page).get('v')).toBeNull();

  await page.goto(copied);
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText('Country: Japan');
  await expect(notices(page)).toHaveCount(0);
});

test('a link made on another version says so, with both versions; Continue keeps the view and writes this version', async ({ page }) => {
  await page.goto(`/?v=${OTHER}&country=JPN,XXX`);
  await expect(versionNotice(page)).toContainText(
    `The link was made on corpus version ${OTHER}; this page shows version ${VERSION} of data/corpus.json.`,
  );
  // Filters that no longer resolve are named by the notices the page already gives, after the version's.
  await expect(notices(page)).toHaveCount(2);
  await expect(notices(page).nth(0)).toContainText('another version of this corpus');
  await expect(notices(page).nth(1)).toContainText('“XXX” does not filter');
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText('Country: Japan');

  const axe = await axeBuilder(page).include('.link-notices').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  const before = await page.evaluate(() => history.length);
  await versionNotice(page).getByRole('button', { name: 'Continue with this version of the corpus' }).click();
  await expect(versionNotice(page)).toHaveCount(0);
  expect(query(page).get('v')).toBe(VERSION);
  expect(query(page).get('country')).toBe('JPN,XXX');
  await expect(notices(page)).toHaveCount(1);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a change made on the page under another version’s link writes this version, and the notice goes', async ({ page }) => {
  await page.goto(`/?corpus=synthetic:2000-seed7&v=${OTHER}`);
  await expect(versionNotice(page)).toBeVisible({ timeout: 20_000 });
  const version = (await versionNotice(page).textContent())!.match(/this page shows version ([0-9a-f]{12})/)![1]!;
  expect(version).not.toBe(OTHER);
  await page.locator('section.panel--timeline').getByRole('button', { name: 'Table' }).click();
  await expect.poll(() => query(page).get('table')).toBe('timeline');
  expect(query(page).get('v')).toBe(version);
  expect(query(page).get('corpus')).toBe('synthetic:2000-seed7');
  await expect(versionNotice(page)).toHaveCount(0);
});
