import { axeBuilder } from './helpers/axe';
import type { Locator, Page } from '@playwright/test';
import { smallTestCorpus } from '../fixtures/test-corpus.ts';
import { expect, test } from './fixtures.ts';

/**
 * The theme timeline against the bundled seed corpus: one SCO Secretariat
 * release about one event on 17 August 2020, with 10 statements.
 */
const SEED = {
  day: '17 August 2020',
  statements: 10,
  /** Every statement has a theme, so "No theme assigned" is not among them. */
  themes: 10,
  topTheme: 'Regional and global security',
  topCount: 4,
  /** Statements counted once per theme: the height of the stack. */
  themeAssignments: 17,
};

const panel = (page: Page) => page.locator('section.panel--timeline');
const legend = (page: Page) => panel(page).getByRole('group', { name: /Themes, top of the stack first/ });
const legendButtons = (page: Page) => legend(page).getByRole('button');
const segments = (page: Page) => panel(page).locator('.recharts-bar-rectangle path');
const summary = (page: Page) => panel(page).locator('.tl-summary');
const headlineStatements = (page: Page) => page.getByTestId('count-statements');
const xTicks = (page: Page) => panel(page).locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
const query = (page: Page) => new URL(page.url()).searchParams;

async function openTimeline(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(panel(page)).toBeVisible();
  // Tests hover and drag over the bars by their viewport coordinates: the chart must be on screen.
  await panel(page).locator('.recharts-wrapper').first().scrollIntoViewIfNeeded();
}

async function boxes(locator: Locator) {
  const count = await locator.count();
  const result = [];
  for (let i = 0; i < count; i++) {
    const box = await locator.nth(i).boundingBox();
    if (box) result.push(box);
  }
  return result;
}

test('draws the single day as a wide, labelled bar, not a hairline', async ({ page }) => {
  await openTimeline(page);
  await expect(segments(page).first()).toBeVisible();
  await expect(legendButtons(page)).toHaveCount(SEED.themes);
  const drawn = await boxes(segments(page));
  expect(drawn).toHaveLength(SEED.themes);
  for (const box of drawn) expect(box.width).toBeGreaterThan(20);
  // One stack: every segment sits in the same column.
  expect(new Set(drawn.map((box) => Math.round(box.x))).size).toBe(1);
  const plot = await panel(page).locator('.recharts-cartesian-grid').boundingBox();
  const bar = drawn[0]!;
  // Centred in the plot, with room either side.
  expect(Math.abs(bar.x + bar.width / 2 - (plot!.x + plot!.width / 2))).toBeLessThan(4);
  await expect(xTicks(page)).toHaveText([SEED.day]);
  await expect(panel(page).getByRole('img', { name: 'Stacked bar chart: statements per theme by day' })).toBeVisible();
  await expect(summary(page)).toHaveText(
    `${SEED.statements} statements on ${SEED.day}; most often: ${SEED.topTheme} (${SEED.topCount}).`,
  );
});

test('a legend item filters by its theme; the other themes stay drawn, muted', async ({ page }) => {
  await openTimeline(page);
  await expect(segments(page).first()).toBeVisible();
  const before = await segments(page).count();
  await expect(headlineStatements(page)).toHaveText(String(SEED.statements));

  const top = legend(page).getByRole('button', { name: new RegExp(`^${SEED.topTheme}`) });
  await top.click();
  expect(query(page).get('theme')).toMatch(/^[a-z0-9-]+$/);
  await expect(top).toHaveAttribute('aria-pressed', 'true');
  await expect(headlineStatements(page)).toHaveText(String(SEED.topCount));
  // The bars keep every theme, and the summary says so.
  await expect(summary(page)).toHaveText(
    `${SEED.topCount} statements about ${SEED.topTheme} on ${SEED.day}. Ignores the theme filter, so you can pick more themes; the headline counts apply every filter.`,
  );
  await expect(segments(page)).toHaveCount(before);
  await expect(panel(page).locator('path.tl-bar--muted')).toHaveCount(before - 1);

  await page.goBack();
  expect(query(page).get('theme')).toBeNull();
  await expect(headlineStatements(page)).toHaveText(String(SEED.statements));
});

test('switching to events by month updates the URL and the chart', async ({ page }) => {
  await openTimeline(page);
  await panel(page).getByRole('button', { name: 'Events' }).click();
  await panel(page).getByRole('combobox', { name: 'Bucket' }).selectOption('month');
  expect(query(page).get('measure')).toBe('events');
  expect(query(page).get('bucket')).toBe('month');
  await expect(panel(page).getByRole('img', { name: 'Stacked bar chart: events per theme by month' })).toBeVisible();
  await expect(xTicks(page)).toHaveText(['August 2020']);
  await expect(panel(page).locator('.tl-axis-label')).toHaveText(['Event date, by month', 'Events']);
  // The one event carries all ten themes.
  await expect(summary(page)).toHaveText(`1 event on ${SEED.day}; ${SEED.themes} themes, 1 each.`);
  for (const box of await boxes(segments(page))) expect(box.width).toBeGreaterThan(20);
});

test('the date fields take day-first dates, write from/to into the URL, and a reload restores them', async ({ page }) => {
  await openTimeline(page);
  const from = panel(page).getByRole('textbox', { name: 'From' });
  const to = panel(page).getByRole('textbox', { name: 'To' });
  // Text fields, not the browser's mm/dd/yyyy: the page writes dates day first everywhere.
  await expect(from).toHaveAttribute('type', 'text');
  await from.fill('1/8/2020');
  await from.press('Enter');
  await to.fill('August 2020');
  await to.press('Tab');
  expect(query(page).get('from')).toBe('2020-08-01');
  expect(query(page).get('to')).toBe('2020-08-31');
  await expect(panel(page).locator('.tl-selection')).toBeVisible();

  await page.reload();
  await expect(from).toHaveValue('1 August 2020');
  await expect(to).toHaveValue('31 August 2020');
  await expect(headlineStatements(page)).toHaveText(String(SEED.statements));

  // A range that misses the event empties the headline, not the timeline.
  await from.fill('18 August 2020');
  await from.press('Enter');
  await expect(headlineStatements(page)).toHaveText('0');
  await expect(summary(page)).toHaveText('No statements match the current filters. Ignores the date range, so you can choose other dates; the headline counts apply every filter.');
  await expect(segments(page).first()).toBeVisible();

  await to.fill('10/08/2020');
  await to.press('Enter');
  await expect(panel(page).getByRole('alert')).toHaveText('The start date is after the end date.');
  expect(query(page).get('to')).toBe('2020-08-31');
  await to.fill('30 February 2020');
  await to.press('Enter');
  await expect(panel(page).getByRole('alert')).toContainText('“30 February 2020” is not a date.');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
});

test('keyboard alone toggles a theme', async ({ page }) => {
  await openTimeline(page);
  await expect(segments(page).first()).toBeVisible();
  const first = legendButtons(page).first();
  const name = (await first.textContent()) ?? '';
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await first.evaluate((element) => element === document.activeElement);
  }
  expect(reached, `Tab reaches the first legend item (${name})`).toBe(true);
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  expect(query(page).get('theme')).not.toBeNull();
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('aria-pressed', 'false');
  expect(query(page).get('theme')).toBeNull();
});

test('the table shows the same numbers as the chart', async ({ page }) => {
  await openTimeline(page);
  await expect(segments(page).first()).toBeVisible();
  const segmentBox = (await boxes(segments(page)))[0]!;
  await page.mouse.move(segmentBox.x + segmentBox.width / 2, segmentBox.y + segmentBox.height / 2);
  const tooltip = panel(page).locator('.tl-tooltip');
  await expect(tooltip).toContainText(SEED.day);
  const fromTooltip = await tooltip.locator('tr').evaluateAll((rows) =>
    rows.map((row) => [row.querySelector('th')!.textContent, row.querySelector('td')!.textContent]),
  );
  expect(fromTooltip.length).toBeGreaterThan(1);

  await panel(page).getByRole('button', { name: 'Table' }).click();
  expect(query(page).get('table')).toBe('timeline');
  const table = panel(page).getByRole('table', { name: /Statements per theme and day/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Theme', SEED.day]);
  for (const [theme, count] of fromTooltip) {
    await expect(table.getByRole('row', { name: new RegExp(`^${theme}`) }).getByRole('cell').first()).toHaveText(count!);
  }
  const top = table.getByRole('row', { name: new RegExp(`^${SEED.topTheme}`) });
  await expect(top.getByRole('cell')).toHaveText([String(SEED.topCount)]);
  await expect(table.getByRole('row', { name: /^Sum of the themes/ }).getByRole('cell')).toHaveText([String(SEED.themeAssignments)]);

  await page.reload();
  await expect(panel(page).getByRole('table')).toBeVisible();
});

test('over several months: a drag across the bars selects dates, and uncovered months are hatched', async ({ page }) => {
  // A fictional corpus (three forums, March 2020 – January 2021) instead of the seed's single day.
  await page.route('**/data/corpus.json', (route) => route.fulfill({ json: smallTestCorpus() }));
  await openTimeline(page);
  await expect(panel(page).getByRole('combobox', { name: 'Bucket' })).toHaveValue('auto');
  await expect(panel(page).getByRole('img', { name: 'Stacked bar chart: statements per theme by month' })).toBeVisible();
  await expect(panel(page).locator('.recharts-reference-area')).toHaveCount(2);
  await expect(panel(page).getByText('Hatched periods are not covered by any source', { exact: false })).toBeVisible();

  // The synthetic-corpus banner above the dashboard can push the plot's foot below the fold: the mouse must reach it.
  await panel(page).locator('.recharts-cartesian-grid').scrollIntoViewIfNeeded();
  const columns = [...new Set((await boxes(segments(page))).map((box) => Math.round(box.x + box.width / 2)))].sort((a, b) => a - b);
  expect(columns).toHaveLength(3); // March, September, January
  const plot = (await panel(page).locator('.recharts-cartesian-grid').boundingBox())!;
  const y = plot.y + plot.height - 10;
  await page.mouse.move(columns[0]!, y);
  await page.mouse.down();
  await page.mouse.move((columns[0]! + columns[1]!) / 2, y, { steps: 4 });
  await page.mouse.move(columns[1]!, y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => query(page).get('from')).toBe('2020-03-01');
  expect(query(page).get('to')).toBe('2020-09-30');
  await expect(headlineStatements(page)).toHaveText('4');
  await expect(panel(page).locator('.tl-selection')).toBeVisible();
  await expect(panel(page).getByRole('textbox', { name: 'To' })).toHaveValue('30 September 2020');
  await expect(summary(page)).toHaveText(
    '4 statements between 1 March 2020 and 3 September 2020; most often: Drug trafficking (2). Ignores the date range, so you can choose other dates; the headline counts apply every filter.',
  );

  // A drag on a slow machine (CPU 20x slower): released before React has drawn
  // the last move, the range still ends on the bar under the mouse.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.mouse.move(columns[1]!, y);
  await page.mouse.down();
  await page.mouse.move((columns[1]! + columns[2]!) / 2, y, { steps: 4 });
  await page.mouse.move(columns[2]!, y, { steps: 4 });
  await page.mouse.up();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect.poll(() => query(page).get('to')).toBe('2021-01-31');
  expect(query(page).get('from')).toBe('2020-09-01');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the timeline (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openTimeline(page, '?theme=terrorism-extremism&from=2020-08-01');
    await expect(segments(page).first()).toBeVisible();
    const chart = await axeBuilder(page).include('section.panel--timeline').analyze();
    expect(chart.violations).toEqual([]);
    await panel(page).getByRole('button', { name: 'Table' }).click();
    await expect(panel(page).getByRole('table')).toBeVisible();
    const table = await axeBuilder(page).include('section.panel--timeline').analyze();
    expect(table.violations).toEqual([]);
  });
}
