import { readFileSync } from 'node:fs';
import { axeBuilder } from './helpers/axe';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { statementRows } from './helpers/seed.ts';

// The invented release of add-release.spec.ts, in our own words with a made-up address.
const RELEASE = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8');

const counter = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ statements/ });

async function review(page: Page, text = RELEASE) {
  await page.getByRole('button', { name: 'Add a press release' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a press release' });
  await dialog.getByLabel('Release text').fill(text);
  await dialog.getByLabel('Address (URL)').fill('https://example.org/news/2024/03/youth-round-table');
  await dialog.getByLabel('Publisher').fill('SCO Secretariat');
  await dialog.getByLabel('Publication date').fill('15 March 2024');
  await dialog.getByRole('button', { name: 'Extract and review' }).click();
  return page.getByRole('dialog', { name: 'Review the extraction' });
}

test('a write the browser refuses (quota) says so and keeps the release on screen; keeping again works', async ({ page }) => {
  await page.addInitScript(() => {
    const add = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'add')!.value as IDBObjectStore['add'];
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if ((window as unknown as { fullDisk?: boolean }).fullDisk) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
    (window as unknown as { fullDisk?: boolean }).fullDisk = true;
  });
  await page.goto('/');
  const dialog = await review(page);
  await dialog.getByRole('button', { name: 'Drop statement 2' }).click();
  await dialog.getByLabel('Reason for this correction (required)').fill('Not about the meeting.');
  await dialog.getByRole('button', { name: 'Apply correction' }).click();
  await dialog.getByRole('button', { name: 'Keep this release (1 statement)' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Not kept: The browser has no room left to store it for this site (quota exceeded).');
  await expect(dialog.getByRole('list', { name: 'Your corrections' }).getByRole('listitem')).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as { fullDisk?: boolean }).fullDisk = false));
  await dialog.getByRole('button', { name: 'Keep this release (1 statement)' }).click();
  await expect(dialog).toBeHidden();
  await expect(counter(page)).toHaveText('11 of 11 statements');
});

test('a reload in the middle of a review loses nothing: the review and its corrections (a country moved, a speaker reassigned) come back', async ({ page }) => {
  await page.goto('/');
  const dialog = await review(page);
  await dialog.getByRole('button', { name: 'Move Pakistan to mentioned countries' }).click();
  await dialog.getByLabel('Reason for this correction (required)').fill('Pakistan only sent greetings.');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Your corrections' }).getByRole('listitem')).toHaveCount(2);
  await dialog.getByLabel('Speaker of statement 1').selectOption({ label: 'Mira Sandoval' });
  await dialog.getByRole('button', { name: 'Reassign speaker' }).first().click();
  await dialog.getByLabel('Reason for this correction (required)').fill('The Director made this point.');
  await page.keyboard.press('Enter');
  await expect(dialog.locator('.review-statement').first()).toContainText('Mira Sandoval, Director of the Lotus Bridge Institute stressed');
  await page.reload();
  await page.getByRole('button', { name: 'Add a press release' }).click();
  const restored = page.getByRole('dialog', { name: 'Review the extraction' });
  await expect(restored.getByText('Your unfinished review was restored.')).toBeVisible();
  await expect(restored.getByRole('list', { name: 'Mentioned countries' })).toContainText('Pakistan');
  await expect(restored.getByRole('list', { name: 'Your corrections' }).getByRole('listitem')).toHaveCount(3);
  await expect(restored.locator('.review-statement').first()).toContainText('Mira Sandoval');
  await restored.getByRole('button', { name: /^Keep this release/ }).click();
  await page.getByRole('combobox', { name: 'Sort by date' }).selectOption({ label: 'Newest first' });
  await expect(statementRows(page).filter({ hasText: 'the safety of young people online' })).toContainText('Mira Sandoval');
});

test('pasted markup and script are shown as text and run nothing', async ({ page }) => {
  await page.goto('/');
  const hostile = RELEASE.replace('online is', 'online <img src=x onerror="window.pwned=1"><script>window.pwned=1</script> is');
  const dialog = await review(page, hostile);
  await expect(dialog.getByTestId('release-text')).toContainText('<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>');
  expect(await dialog.getByTestId('release-text').locator('img, script').count()).toBe(0);
  await dialog.getByRole('button', { name: /^Keep this release/ }).click();
  await page.getByRole('combobox', { name: 'Sort by date' }).selectOption({ label: 'Newest first' });
  await expect(statementRows(page).first()).toContainText('<script>window.pwned=1</script>');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('a picked .html file gives its text, never its markup or script', async ({ page, expectConsoleErrors }) => {
  // Chromium checks an inline handler against the page's CSP as DOMParser reads the attribute, and logs the refusal;
  // the parsed document is inert (no request, no script), and the handler is refused anyway.
  expectConsoleErrors(/Executing inline event handler violates the following Content Security Policy directive/);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.getByRole('button', { name: 'Add a press release' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a press release' });
  const paragraphs = RELEASE.trim().split('\n').map((line) => `<p>${line}</p>`).join('');
  const html = `<html><head><script>window.pwned=1</script></head><body><h1>News</h1>${paragraphs}<img src=x onerror="window.pwned=1"></body></html>`;
  await dialog.getByTestId('release-file-input').setInputFiles({ name: 'round-table.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(dialog.getByRole('status')).toHaveText('Read round-table.html (HTML reduced to its text).');
  await expect(dialog.getByLabel('Release text')).toHaveValue(`News\n${RELEASE.trim()}`);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(requests).not.toContain('/x');
});

test('export the releases and the working corpus; another browser imports the releases and opens the corpus file', async ({ page, browser }, testInfo) => {
  await page.goto('/');
  const dialog = await review(page);
  // One correction travels with the release: its second statement dropped.
  await dialog.getByRole('button', { name: 'Drop statement 2' }).click();
  await dialog.getByLabel('Reason for this correction (required)').fill('Not about the meeting.');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Keep this release (1 statement)' }).click();
  await expect(counter(page)).toHaveText('11 of 11 statements');
  await page.getByRole('button', { name: /1 release you added/ }).click();
  const [releasesDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export your releases' }).click()]);
  expect(releasesDownload.suggestedFilename()).toMatch(/^forum-atlas-releases-\d{4}-\d{2}-\d{2}\.json$/);
  const releasesPath = testInfo.outputPath('releases.json');
  await releasesDownload.saveAs(releasesPath);
  const [corpusDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the working corpus (corpus file)' }).click()]);
  const corpusPath = testInfo.outputPath('corpus.json');
  await corpusDownload.saveAs(corpusPath);
  const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as { documents: unknown[]; statements: unknown[] };
  expect([corpus.documents.length, corpus.statements.length]).toEqual([2, 11]);
  const [bundleDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for the repository (data/sources, .zip)' }).click()]);
  const bundlePath = testInfo.outputPath('sources.zip');
  await bundleDownload.saveAs(bundlePath);
  // What npm run ingest reads (repository-bundle.test.ts runs ingest on it and compares byte for byte).
  const files = unzipSync(readFileSync(bundlePath));
  expect(Object.keys(files).sort()).toEqual([
    'README.txt',
    'data/corrections.json',
    'data/sources/release-2024-03-15-youth-round-table.json',
    'data/sources/release-2024-03-15-youth-round-table.txt',
  ]);
  expect(strFromU8(files['data/sources/release-2024-03-15-youth-round-table.txt']!)).toBe(RELEASE.trim());

  // A fresh browser profile: nothing stored.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto('/');
  await expect(counter(other)).toHaveText('10 of 10 statements');
  await other.getByTestId('corpus-file-input').setInputFiles(corpusPath);
  await expect(counter(other)).toHaveText('11 of 11 statements');
  await other.getByRole('link', { name: 'Open the bundled corpus' }).click();
  await expect(counter(other)).toHaveText('10 of 10 statements');
  await other.getByRole('button', { name: 'Add a press release' }).click();
  await other.getByTestId('releases-file-input').setInputFiles(releasesPath);
  await expect(counter(other)).toHaveText('11 of 11 statements');
  await expect(other.getByRole('status').filter({ hasText: 'Imported 1 release from releases.json.' })).toBeVisible();
  // Importing it again adds nothing, and says why.
  await other.getByRole('button', { name: 'Add a press release' }).click();
  await other.getByTestId('releases-file-input').setInputFiles(releasesPath);
  await expect(other.getByRole('dialog').getByRole('alert')).toContainText('Imported 0 releases from releases.json. Left out: release-2024-03-15-youth-round-table: a document with this id is already in the working corpus.');
  await elsewhere.close();

  // A third browser brings the release back from the sources bundle: extracted again, its corrections applied.
  const third = await browser.newContext();
  const fresh = await third.newPage();
  await fresh.goto('/');
  await expect(counter(fresh)).toHaveText('10 of 10 statements');
  await fresh.getByRole('button', { name: 'Add a press release' }).click();
  await fresh.getByTestId('releases-file-input').setInputFiles(bundlePath);
  await expect(counter(fresh)).toHaveText('11 of 11 statements');
  await expect(fresh.getByRole('status').filter({ hasText: 'Imported 1 release from sources.zip.' })).toBeVisible();
  await expect(fresh.getByRole('list', { name: 'Matching statements' })).not.toContainText('Mira Sandoval');
  await third.close();
});

test('at 360 px in the dark scheme the form and the review fit the width and pass axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Add a press release' }).click();
  const form = page.getByRole('dialog', { name: 'Add a press release' });
  await form.getByLabel('Address (URL)').fill('example.org/a-very-long-address-without-any-break-in-it-at-all');
  await form.getByRole('button', { name: 'Extract and review' }).click();
  await expect(form.getByLabel('Address (URL)')).toHaveAttribute('aria-invalid', 'true');
  // Nothing wider than the dialog: no sideways scrolling inside it, and the dialog inside the window.
  const widest = () =>
    page.evaluate(() => {
      const dialog = document.querySelector('dialog')!;
      return Math.max(dialog.getBoundingClientRect().right, dialog.scrollWidth - dialog.clientWidth + 360);
    });
  expect(await widest()).toBeLessThanOrEqual(360);
  expect((await axeBuilder(page).include('dialog').analyze()).violations).toEqual([]);
  await form.getByRole('button', { name: 'Cancel' }).click();
  const dialog = await review(page);
  await expect(dialog.getByTestId('release-text')).toBeVisible();
  expect(await widest()).toBeLessThanOrEqual(360);
  expect((await axeBuilder(page).include('dialog').analyze()).violations).toEqual([]);
});
