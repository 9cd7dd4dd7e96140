import { axeBuilder } from './helpers/axe';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const statementsCount = (page: Page) => page.getByTestId('count-statements');
const timelinePanel = (page: Page) => page.getByRole('region', { name: 'Themes over time' });

// Generating, checking and indexing 20 000 statements takes a few seconds in a worker; more on a loaded machine.
test.setTimeout(90_000);

test('a first visit opens the synthetic demo corpus in one click, labelled synthetic, and goes back in one', async ({ page }) => {
  await page.goto('/?country=CHN');
  const offer = page.getByRole('complementary', { name: 'Synthetic demo corpus' });
  await expect(offer).toContainText('The bundled corpus is real and small: 1 press release.');
  expect((await axeBuilder(page).include('.demo-offer').analyze()).violations).toEqual([]);

  await offer.getByRole('link', { name: 'Explore a synthetic demo corpus' }).click();
  // The address says it is synthetic, so a shared link does; the real corpus's filter is gone with it.
  await expect(page).toHaveURL(/\?corpus=synthetic:20000-seed42$/);
  await expect(statementsCount(page)).toHaveText('20,000', { timeout: 60_000 });
  await expect(page.getByRole('note', { name: 'Synthetic data' })).toContainText('Synthetic corpus: nothing in it is real.');
  await expect(page.getByTestId('opened-corpus')).toContainText(
    'Showing a synthetic demo corpus (20,000 statements, seed 42), generated in this browser',
  );
  await expect(page.getByText('SYNTHETIC DATA — not real events.').first()).toBeVisible();
  await expect(offer).toHaveCount(0);

  // An export made from it says so in the figure itself.
  await timelinePanel(page).getByRole('button', { name: 'Export timeline' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^SVG/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^forum-atlas-SYNTHETIC_timeline_/);
  expect(await readFile(await download.path(), 'utf8')).toContain('SYNTHETIC DATA — not real events');

  await page.getByRole('link', { name: 'Back to the real corpus' }).click();
  await expect(statementsCount(page)).toHaveText('10');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('note', { name: 'Synthetic data' })).toHaveCount(0);

  // Back in history returns to the demo, opened again from the address alone.
  await page.goBack();
  await expect(statementsCount(page)).toHaveText('20,000', { timeout: 60_000 });
});

test('a shared demo link opens the same corpus in a new page, and a malformed one opens the real corpus', async ({ page }) => {
  await page.goto('/?corpus=synthetic:300-seed7&theme=terrorism-extremism');
  await expect(statementsCount(page)).not.toHaveText('300');
  await expect(page.getByTestId('opened-corpus')).toContainText('synthetic demo corpus (300 statements, seed 7)');
  const filtered = await statementsCount(page).textContent();
  await page.reload();
  await expect(statementsCount(page)).toHaveText(filtered!);

  await page.goto('/?corpus=synthetic:5000000-seed7');
  await expect(statementsCount(page)).toHaveText('10');
  await expect(page.getByRole('note', { name: 'Synthetic data' })).toHaveCount(0);
});
