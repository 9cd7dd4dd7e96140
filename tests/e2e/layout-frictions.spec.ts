import { axeBuilder } from './helpers/axe';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const bottom = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.y + box.height;
};

async function open(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto('/');
  await expect(page.getByTestId('count-statements')).toHaveText('10');
}

test('at 1440 px the scroll boxes fill their panels: no blank space under the country list or the statement list', async ({ page }) => {
  await open(page, 1440);
  const mapPanel = page.locator('.panel--map');
  const timelinePanel = page.locator('.panel--timeline');
  // Side by side, the panels are as tall as each other, and the country list reaches the bottom of its panel.
  await expect(timelinePanel.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  await expect.poll(async () => Math.abs((await bottom(mapPanel)) - (await bottom(timelinePanel)))).toBeLessThan(2);
  const listBox = mapPanel.locator('.country-list-box');
  expect((await bottom(mapPanel)) - (await bottom(listBox))).toBeLessThan(32);

  // The statement list is at least as tall as the facets beside it.
  const facets = page.locator('.statement-facets');
  const statements = page.locator('.statement-list');
  expect(await bottom(statements)).toBeGreaterThanOrEqual((await bottom(facets)) - 2);
  // And every country name stays inside its option.
  const overflowing = await mapPanel.locator('[role="option"]').evaluateAll((options) =>
    options.filter((option) => option.scrollHeight > option.clientHeight + 1).map((option) => option.getAttribute('data-country')),
  );
  expect(overflowing).toEqual([]);
});

test('at 360 px every checkbox and switch is a target of at least 24 px, and names do not run into counts', async ({ page }) => {
  await open(page, 360);
  await page.locator('.statement-facets summary').click();
  const rows = page.locator('.facet__option');
  const heights = await rows.evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(10);
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(24);
  // A gap between a name and its count: "China 10", not "China10".
  const china = page.locator('.facet__option').filter({ hasText: 'China' }).first();
  const [name, count] = [china.locator('.facet__label'), china.locator('.facet__count')];
  const nameBox = (await name.boundingBox())!;
  const countBox = (await count.boundingBox())!;
  expect(countBox.x - (nameBox.x + nameBox.width)).toBeGreaterThanOrEqual(4);
  const results = await axeBuilder(page).withRules(['target-size']).analyze();
  expect(results.violations).toEqual([]);
});

test('the timeline axes: the y title clears four-digit tick labels, and year ticks are evenly spaced', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?corpus=synthetic:20000-seed42');
  await expect(page.getByTestId('count-statements')).toHaveText('20,000', { timeout: 60_000 });
  const chart = page.locator('.panel--timeline .recharts-wrapper');
  await expect(chart.locator('[class*="recharts-yAxis-tick-labels"] .recharts-cartesian-axis-tick-value').last()).toHaveText(/^\d{1,3}(,\d{3})+$/);
  const boxes = await chart.evaluate((root) => {
    const rect = (element: Element) => element.getBoundingClientRect();
    const title = rect([...root.querySelectorAll('.tl-axis-label')].find((label) => label.textContent === 'Statements')!);
    const yTicks = [...root.querySelectorAll('[class*="recharts-yAxis-tick-labels"] .recharts-cartesian-axis-tick-value')].map(rect);
    const xTicks = [...root.querySelectorAll('[class*="recharts-xAxis-tick-labels"] .recharts-cartesian-axis-tick-value')].map((tick) => ({
      centre: rect(tick).left + rect(tick).width / 2,
      text: tick.textContent,
    }));
    return { title: { left: title.left, right: title.right }, yTicks: yTicks.map((tick) => ({ left: tick.left })), xTicks };
  });
  for (const tick of boxes.yTicks) expect(tick.left).toBeGreaterThanOrEqual(boxes.title.right);
  expect(boxes.xTicks.length).toBeGreaterThan(3);
  const years = boxes.xTicks.map((tick) => Number(tick.text));
  const steps = new Set(years.slice(1).map((year, i) => year - years[i]!));
  expect([...steps], `year ticks ${years.join(', ')}`).toHaveLength(1);
  const gaps = boxes.xTicks.slice(1).map((tick, i) => tick.centre - boxes.xTicks[i]!.centre);
  for (const gap of gaps) expect(Math.abs(gap - gaps[0]!)).toBeLessThan(1.5);
});
