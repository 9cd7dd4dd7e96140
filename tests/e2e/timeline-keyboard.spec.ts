import { axeBuilder } from './helpers/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Selecting dates on the timeline with the keyboard alone, on a seeded
 * synthetic corpus built in the browser: 2,000 statements from January 2005
 * to December 2024, drawn as 20 yearly bars.
 */
const CORPUS = '/?corpus=synthetic:2000-seed7';

const panel = (page: Page) => page.locator('section.panel--timeline');
const control = (page: Page) => panel(page).getByRole('slider', { name: 'Select dates on the timeline' });
const status = (page: Page) => panel(page).locator('.tl-keys-status');
const summary = (page: Page) => panel(page).locator('.tl-summary');
const query = (page: Page) => new URL(page.url()).searchParams;

/** Tab from the top of the page until the timeline's range keys have focus. */
async function tabToTimeline(page: Page) {
  await expect(control(page)).toBeAttached({ timeout: 20_000 });
  await expect(control(page)).toHaveAttribute('aria-valuemax', '20');
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await control(page).evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('Tab never reached the timeline');
}

test('arrow keys, Shift, Space and Enter select a range, written to the URL as a drag writes it', async ({ page }) => {
  await page.goto(CORPUS);
  await tabToTimeline(page);
  await expect(control(page)).toHaveAccessibleDescription(/arrow keys move an end by one bar/);
  const before = await page.evaluate(() => history.length);

  await page.keyboard.press('End');
  await expect(status(page)).toHaveText('From 2005 to 2024, 20 years. Arrows move the end, Space the start; Enter applies, Escape cancels.');
  await expect(panel(page).locator('.tl-drag')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText('From 2017 to 2024, 8 years. Arrows move the start, Space the end; Enter applies, Escape cancels.');
  await expect(control(page)).toHaveAttribute('aria-valuetext', 'Start: 2017');
  // The end, ten years back: past the start, so it becomes the start of 2014 to 2017.
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(status(page)).toHaveText('From 2014 to 2017, 4 years. Arrows move the start, Space the end; Enter applies, Escape cancels.');
  // Nothing is applied before Enter.
  expect(query(page).get('from')).toBeNull();

  const axe = await axeBuilder(page).include('section.panel--timeline').analyze();
  expect(axe.violations).toEqual([]);

  await page.keyboard.press('Enter');
  await expect.poll(() => query(page).get('from')).toBe('2014-01-01');
  expect(query(page).get('to')).toBe('2017-12-31');
  expect(query(page).get('corpus')).toBe('synthetic:2000-seed7');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await expect(summary(page)).toHaveText(/^[\d,]+ statements between \d+ \w+ 2014 and \d+ \w+ 2017; most often: /);
  await expect(panel(page).locator('.tl-selection')).toBeVisible();
  await expect(panel(page).locator('.tl-drag')).toHaveCount(0);
  await expect(panel(page).getByRole('textbox', { name: 'From' })).toHaveValue('1 January 2014');
  await expect(panel(page).getByRole('textbox', { name: 'To' })).toHaveValue('31 December 2017');

  // From the applied dates, the end one year on.
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^From 2014 to 2018, 5 years\./);
  await page.keyboard.press('Enter');
  await expect.poll(() => query(page).get('to')).toBe('2018-12-31');
  expect(query(page).get('from')).toBe('2014-01-01');

  // One history entry each: back returns to 2014–2017, then to no dates.
  await page.goBack();
  await expect.poll(() => query(page).get('to')).toBe('2017-12-31');
  await page.goBack();
  await expect.poll(() => query(page).get('from')).toBeNull();
});

test('Escape drops the pending range; a second Escape leaves the applied dates alone', async ({ page }) => {
  await page.goto(`${CORPUS}&from=2010-01-01&to=2012-12-31`);
  await tabToTimeline(page);
  await page.keyboard.press('Home');
  await expect(status(page)).toHaveText('From 2005 to 2010, 6 years. Arrows move the start, Space the end; Enter applies, Escape cancels.');
  await expect(panel(page).locator('.tl-drag')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText('Cancelled; the dates are as they were.');
  await expect(panel(page).locator('.tl-drag')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  expect(query(page).get('from')).toBe('2010-01-01');
  expect(query(page).get('to')).toBe('2012-12-31');
  await expect(panel(page).locator('.tl-selection')).toBeVisible();
  // Leaving the chart drops a pending range too.
  await page.keyboard.press('ArrowLeft');
  await expect(panel(page).locator('.tl-drag')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel(page).locator('.tl-drag')).toHaveCount(0);
  expect(query(page).get('to')).toBe('2012-12-31');
});
