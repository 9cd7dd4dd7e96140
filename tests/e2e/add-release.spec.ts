import { readFileSync } from 'node:fs';
import { axeBuilder } from './helpers/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { statementRows } from './helpers/seed.ts';

// An invented SCO-style meeting, written for this test: no real event, people or address.
const RELEASE = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8');
const URL = 'https://example.org/news/2024/03/youth-round-table';

const counter = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ statements/ });

async function fillRelease(page: Page, url = URL) {
  const dialog = page.getByRole('dialog', { name: 'Add a press release' });
  await dialog.getByLabel('Release text').fill(RELEASE);
  await dialog.getByLabel('Address (URL)').fill(url);
  await dialog.getByLabel('Publisher').fill('SCO Secretariat');
  await dialog.getByLabel('Publication date').fill('15/03/2024');
  await dialog.getByRole('button', { name: 'Extract and review' }).click();
}

async function addAndKeep(page: Page) {
  await page.getByRole('button', { name: 'Add a press release' }).click();
  await fillRelease(page);
  const review = page.getByRole('dialog', { name: 'Review the extraction' });
  await review.getByRole('button', { name: /^Keep this release/ }).click();
  await expect(review).toBeHidden();
}

test('add a release: the form names what is wrong, the review corrects it, it is kept, survives a reload, is removed and put back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(counter(page)).toHaveText('10 of 10 statements');

  await page.getByRole('button', { name: 'Add a press release' }).click();
  const form = page.getByRole('dialog', { name: 'Add a press release' });
  await expect(form.getByLabel('Release text')).toBeFocused();
  // Everything missing: each field says so, the error is its description, the first takes focus.
  await form.getByRole('button', { name: 'Extract and review' }).click();
  const text = form.getByLabel('Release text');
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(text).toHaveAccessibleDescription(/Paste the text of the release/);
  await expect(form.getByLabel('Address (URL)')).toHaveAccessibleDescription(/Give the address/);
  await expect(form.getByLabel('Publication date')).toHaveAccessibleDescription(/Give the date the release was published/);
  await expect(text).toBeFocused();
  await form.getByLabel('Address (URL)').fill('example.org/news');
  await form.getByRole('button', { name: 'Extract and review' }).click();
  await expect(form.getByLabel('Address (URL)')).toHaveAccessibleDescription(/is not a web address/);
  const formAxe = await axeBuilder(page).include('dialog').analyze();
  expect(formAxe.violations).toEqual([]);

  await fillRelease(page);
  const review = page.getByRole('dialog', { name: 'Review the extraction' });
  await expect(review.getByTestId('release-text')).toHaveText(RELEASE.trim());
  // Each statement's speaker is marked where the sentence names them ("He") and where that was resolved from.
  await expect(review.getByTestId('release-text').locator('mark[data-kind="speaker"]')).toContainText(['Arman Telibek', 'He', 'Mira Sandoval']);
  await expect(review.getByTestId('release-text').locator('mark[data-kind="participant"]')).toHaveText(['Kazakhstan', 'Kyrgyzstan', 'Pakistan', 'India']);
  await expect(review.getByRole('heading', { name: /^Check these first/ })).toBeVisible();
  await expect(review.getByRole('list', { name: 'Participating countries' }).getByRole('listitem')).toHaveCount(4);
  const reviewAxe = await axeBuilder(page).include('dialog').analyze();
  expect(reviewAxe.violations).toEqual([]);

  // Move India to the mentioned countries, with a reason, by keyboard.
  await review.getByRole('button', { name: 'Move India to mentioned countries' }).click();
  const reason = review.getByLabel('Reason for this correction (required)');
  await expect(reason).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reason).toHaveAccessibleDescription(/Say why/);
  await reason.fill('India sent a written message; it did not attend.');
  await page.keyboard.press('Enter');
  await expect(review.getByRole('list', { name: 'Participating countries' })).not.toContainText('India');
  await expect(review.getByRole('list', { name: 'Mentioned countries' })).toContainText('India');
  await expect(review.getByRole('list', { name: 'Your corrections' }).getByRole('listitem')).toHaveCount(2);

  await review.getByRole('button', { name: 'Keep this release (2 statements)' }).click();
  await expect(review).toBeHidden();
  await expect(counter(page)).toHaveText('12 of 12 statements');
  await expect(page.getByRole('status').filter({ hasText: 'Added “Round Table on Youth and Digital Security” with 2 statements.' })).toBeVisible();

  // Newest first: the new statements (2024) lead the list, beside the seed's (2020).
  await page.getByRole('combobox', { name: 'Sort by date' }).selectOption({ label: 'Newest first' });
  await expect(statementRows(page).first()).toContainText('the safety of young people online');
  const row = statementRows(page).filter({ hasText: 'the safety of young people online' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'Copy citation' }).click();
  await expect(row.getByText('Citation copied.')).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toMatch(/^As reported by the SCO Secretariat, Arman Telibek \(Deputy Secretary-General, SCO\) stressed that the safety of young people online/);
  expect(citation).toContain(URL);
  expect(citation).toContain('14 March 2024');

  await page.reload();
  await expect(counter(page)).toHaveText('12 of 12 statements');

  await page.getByRole('button', { name: /1 release you added/ }).click();
  await page.getByRole('button', { name: 'Remove Round Table on Youth and Digital Security' }).click();
  await expect(counter(page)).toHaveText('10 of 10 statements');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(counter(page)).toHaveText('12 of 12 statements');
});

test('a duplicate is refused with a link to the release already there, and a second tab follows', async ({ page, context }) => {
  await page.goto('/');
  const other = await context.newPage();
  await other.goto('/');
  await expect(counter(other)).toHaveText('10 of 10 statements');

  await addAndKeep(page);
  await expect(counter(page)).toHaveText('12 of 12 statements');
  // The other tab hears of it and opens the working corpus by itself.
  await expect(counter(other)).toHaveText('12 of 12 statements');

  await page.getByRole('button', { name: 'Add a press release' }).click();
  await fillRelease(page, 'https://example.org/mirror/round-table');
  const form = page.getByRole('dialog', { name: 'Add a press release' });
  await expect(form.getByRole('alert')).toContainText('This release is already in the working corpus (same text)');
  await form.getByRole('link', { name: /Round Table on Youth and Digital Security|example\.org/ }).click();
  await expect(form).toBeHidden();
  await expect(counter(page)).toHaveText('2 of 12 statements');
});

test('two tabs keeping the same release at the same time keep it once; the second says so and keeps its review', async ({ page, context }) => {
  await page.goto('/');
  const other = await context.newPage();
  await other.goto('/');
  await page.getByRole('button', { name: 'Add a press release' }).click();
  await fillRelease(page);
  const first = page.getByRole('dialog', { name: 'Review the extraction' });
  await expect(first.getByRole('button', { name: /^Keep this release/ })).toBeEnabled();
  // The other tab finds the review in progress (it is saved at every edit),
  // goes back to the form and extracts the same text under another address.
  await other.getByRole('button', { name: 'Add a press release' }).click();
  await other.getByRole('dialog', { name: 'Review the extraction' }).getByRole('button', { name: 'Back to the form' }).click();
  const form = other.getByRole('dialog', { name: 'Add a press release' });
  await form.getByLabel('Address (URL)').fill('https://example.org/mirror/round-table');
  await form.getByRole('button', { name: 'Extract and review' }).click();
  const second = other.getByRole('dialog', { name: 'Review the extraction' });

  // Neither has kept it yet; the first keeps it, then the second tries.
  await first.getByRole('button', { name: /^Keep this release/ }).click();
  await expect(first).toBeHidden();
  await second.getByRole('button', { name: /^Keep this release/ }).click();
  await expect(second.getByRole('alert')).toContainText(/Not kept: .*same release \(same text\) was just kept.*perhaps in another tab/);
  await expect(second).toBeVisible();
  await expect(counter(page)).toHaveText('12 of 12 statements');
  await expect(counter(other)).toHaveText('12 of 12 statements');
  await page.reload();
  await expect(counter(page)).toHaveText('12 of 12 statements');
});
