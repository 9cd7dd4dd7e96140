import { readFileSync } from 'node:fs';
import { axeBuilder } from './helpers/axe';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { statementRows } from './helpers/seed.ts';

// An invented CSTO-style briefing, written for this test: no real event, people or address.
const RELEASE = readFileSync('tests/fixtures/add-release/border-briefing.txt', 'utf8');
const MISSED = 'the next briefing would take place in Bishkek';

const counter = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ statements/ });

async function review(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add a press release' }).click();
  const form = page.getByRole('dialog', { name: 'Add a press release' });
  await form.getByLabel('Release text').fill(RELEASE);
  await form.getByLabel('Address (URL)').fill('https://example.org/news/2024/05/border-briefing');
  await form.getByLabel('Publisher').fill('CSTO Secretariat');
  await form.getByLabel('Publication date').fill('3 May 2024');
  await form.getByRole('button', { name: 'Extract and review' }).click();
  return page.getByRole('dialog', { name: 'Review the extraction' });
}

/** Selects `words` in the release text as a mouse drag would leave them (the selection spans marks and plain text). */
async function selectInRelease(dialog: Locator, words: string) {
  await dialog.getByTestId('release-text').evaluate((box, wanted) => {
    const text = box.textContent ?? '';
    const start = text.indexOf(wanted);
    const locate = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset <= seen + length) return [node, offset - seen];
        seen += length;
      }
      throw new Error('offset outside the text');
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(start + wanted.length + 1));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
}

test('a statement the extractor missed: selected in the text, read with its verb and speaker, kept with its reason, and still there after a reload', async ({ page }) => {
  // Newest first, so the release's statements (2024) lead the seed's (2020).
  await page.goto('/?sort=desc');
  await expect(counter(page)).toHaveText('10 of 10 statements');
  const dialog = await review(page);
  await expect(dialog.getByRole('heading', { name: 'Statements (1)' })).toBeVisible();

  // A sentence with no reporting verb cannot be a statement, and the field says why.
  const words = dialog.getByLabel('Words of the statement');
  await words.fill('The meeting ended with a visit to the training centre.');
  await dialog.getByRole('button', { name: 'Add as a statement' }).click();
  await expect(dialog.getByRole('alert')).toContainText('No reporting verb');
  await expect(words).toHaveAttribute('aria-invalid', 'true');

  // Selecting the words (and the full stop after them) fills the field.
  await selectInRelease(dialog, MISSED);
  await expect(words).toHaveValue(`${MISSED}.`);
  await dialog.getByRole('button', { name: 'Add as a statement' }).click();
  await expect(dialog.getByText(/^Correction: add the statement “the next briefing would take place in Bishkek” \(the moderator of the session, “said”\)/)).toBeVisible();
  const reason = dialog.getByLabel('Reason for this correction (required)');
  await expect(reason).toBeFocused();
  await reason.fill('The moderator announced the next meeting; the extractor missed it.');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'Statements (2)' })).toBeVisible();
  await expect(dialog.getByTestId('release-text').locator('mark.fact--in-statement', { hasText: 'Bishkek' })).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Your corrections' })).toContainText('statement added');
  const axe = await axeBuilder(page).include('dialog').analyze();
  expect(axe.violations).toEqual([]);

  await dialog.getByRole('button', { name: 'Keep this release (2 statements)' }).click();
  await expect(dialog).toBeHidden();
  await expect(counter(page)).toHaveText('12 of 12 statements');
  await expect(page.getByRole('status').filter({ hasText: 'Added “briefing on border security” with 2 statements.' })).toBeVisible();
  await expect(statementRows(page).filter({ hasText: MISSED })).toHaveCount(1);
  await page.reload();
  await expect(counter(page)).toHaveText('12 of 12 statements');
  await expect(statementRows(page).filter({ hasText: MISSED })).toContainText('the moderator of the session');
});

test('the count, the place and the organisers are corrected in review, each with its reason, and kept', async ({ page }) => {
  await page.goto('/');
  const dialog = await review(page);
  const reason = dialog.getByLabel('Reason for this correction (required)');

  await dialog.getByRole('button', { name: 'Change participants' }).click();
  await dialog.getByLabel('Count as stated').fill('many');
  await dialog.getByRole('button', { name: 'Correct count' }).click();
  await expect(dialog.getByLabel('Count as stated')).toHaveAccessibleDescription(/Type a number/);
  await dialog.getByLabel('Count as stated').fill('over 30');
  await dialog.getByRole('button', { name: 'Correct count' }).click();
  await reason.fill('The annex lists 31 names.');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('definition').filter({ hasText: 'over 30 (30)' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Change organisers' }).click();
  await dialog.getByLabel('Organisers, separated by “;”').fill('CSTO Secretariat; Border Guard Service');
  await dialog.getByRole('button', { name: 'Correct organisers' }).click();
  await reason.fill('Co-organised, per the programme.');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('definition').filter({ hasText: 'CSTO Secretariat; Border Guard Service' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Change location' }).click();
  await dialog.getByLabel('Online').check();
  await dialog.getByRole('button', { name: 'Correct location' }).click();
  await reason.fill('It was held by video link.');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('definition').filter({ hasText: /^online/ })).toBeVisible();

  await expect(dialog.getByRole('list', { name: 'Your corrections' }).getByRole('listitem')).toHaveCount(3);
  const axe = await axeBuilder(page).include('dialog').analyze();
  expect(axe.violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Keep this release (1 statement)' }).click();
  await expect(dialog).toBeHidden();
  await expect(counter(page)).toHaveText('11 of 11 statements');
});
