import { axeBuilder } from './helpers/axe';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The participant map against the seed corpus: one SCO forum on 17 August
 * 2020 with participants from seven countries, Afghanistan only mentioned.
 */
const PARTICIPANTS = ['CHN', 'COD', 'ISR', 'JPN', 'MYS', 'RUS', 'SGP'];
const MAP_NAME = 'World map of the countries in the matching events';

const mapPanel = (page: Page) => page.getByRole('region', { name: 'Participant map' });
const worldMap = (page: Page) => mapPanel(page).getByRole('group', { name: MAP_NAME });
const mapCountry = (page: Page, name: string) => worldMap(page).getByRole('button', { name: new RegExp(`^${name}:`) });
const listCountry = (page: Page, name: string) =>
  mapPanel(page).getByRole('listbox', { name: 'Countries, most events first' }).getByRole('option', { name: new RegExp(`^${name},`) });
const statementCount = (page: Page) => page.getByTestId('count-statements');
const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** A viewport point that lies inside the shape itself (a bounding box centre may be sea). */
async function pointInside(shape: Locator): Promise<{ x: number; y: number }> {
  const point = await shape.evaluate((element) => {
    const geometry = element as SVGGeometryElement;
    const box = geometry.getBBox();
    const toScreen = geometry.getScreenCTM();
    if (!toScreen) return null;
    for (let i = 1; i < 24; i += 1) {
      for (let j = 1; j < 24; j += 1) {
        const local = new DOMPoint(box.x + (box.width * i) / 24, box.y + (box.height * j) / 24);
        if (!geometry.isPointInFill(local)) continue;
        const screen = local.matrixTransform(toScreen);
        if (document.elementFromPoint(screen.x, screen.y) === element) return { x: screen.x, y: screen.y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no visible point inside the shape');
  return point;
}

/** The counts a map mark's accessible name states. */
async function countsOf(mark: Locator) {
  const name = (await mark.getAttribute('aria-label')) ?? '';
  const read = (pattern: RegExp) => Number(pattern.exec(name)?.[1] ?? 0);
  return {
    events: read(/took part in (\d+) events?/),
    statements: read(/(\d+) statements? at its events/),
    mentions: read(/mentioned in (\d+) statements?/),
  };
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/');
  await expect(worldMap(page)).toBeVisible();
});

test('shades exactly the seven participating countries and marks Afghanistan as only mentioned', async ({ page }) => {
  await expect(mapPanel(page).getByText('7 countries took part in 1 event; 1 more is only mentioned.')).toBeVisible();
  const participants = worldMap(page).locator('[data-kind="participant"]');
  await expect(participants).toHaveCount(7);
  expect((await participants.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-country')))).sort()).toEqual(
    PARTICIPANTS,
  );
  // Shaded: a ramp colour, not the plain land grey; the same solid outline for all.
  const fills = await participants.evaluateAll((marks) =>
    marks.map((mark) => (mark.tagName === 'path' ? mark : mark.querySelector('circle:last-child'))!.getAttribute('fill')),
  );
  const landFill = await worldMap(page).locator('g[aria-hidden="true"] path').first().getAttribute('fill');
  for (const fill of fills) expect(fill).toMatch(/^#[0-9a-f]{6}$/);
  expect(fills).not.toContain(landFill);

  const afghanistan = mapCountry(page, 'Afghanistan');
  await expect(afghanistan).toHaveAttribute('data-kind', 'mentioned');
  await expect(afghanistan).toHaveAccessibleName(/^Afghanistan: only mentioned, took part in no event, mentioned in \d+ statements?\.$/);
  // Its own encoding: a hatch pattern and a dashed outline, not a colour of the ramp.
  await expect(afghanistan).toHaveAttribute('fill', /^url\(#map-hatch-/);
  await expect(afghanistan).toHaveAttribute('stroke-dasharray', /\d/);
  // Nothing else on the map is a control: France, say, is plain land.
  await expect(worldMap(page).getByRole('button')).toHaveCount(8);
  await expect(worldMap(page).getByRole('button', { name: /^France/ })).toHaveCount(0);
  // The legend explains both encodings.
  const legend = mapPanel(page).getByRole('group', { name: 'Map legend' });
  await expect(legend).toContainText('Events taken part in');
  await expect(legend).toContainText('Only mentioned');
  await expect(legend).toContainText('Small state, drawn as a point');
});

test('draws Singapore as a point symbol that can be selected', async ({ page }) => {
  const singapore = mapCountry(page, 'Singapore');
  await expect(singapore).toHaveAttribute('data-symbol', 'point');
  const box = (await singapore.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(20);
  expect(box.width).toBeLessThan(30);
  await singapore.click();
  expect(urlParam(page, 'country')).toBe('SGP');
  await expect(singapore).toHaveAttribute('aria-pressed', 'true');
  await expect(listCountry(page, 'Singapore')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText('Singapore');
});

test('clicking Japan on the map filters by it, the headline follows, and the map keeps every country', async ({ page }) => {
  const japan = mapCountry(page, 'Japan');
  await expect(japan).toHaveAttribute('data-symbol', 'area');
  const { statements } = await countsOf(japan);
  const point = await pointInside(japan);
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/[?&]country=JPN(&|$)/);
  await expect(japan).toHaveAttribute('aria-pressed', 'true');
  await expect(statementCount(page)).toHaveText(String(statements));
  await expect(worldMap(page).getByRole('button')).toHaveCount(8);
  await expect(worldMap(page).locator('.world-map__overlay path')).toHaveCount(2);

  // Afghanistan took part in nothing: without mentions the filter matches no statement, with them it does.
  const { mentions } = await countsOf(mapCountry(page, 'Afghanistan'));
  // The filter chips above moved the map: find Japan again.
  const again = await pointInside(japan);
  await page.mouse.click(again.x, again.y);
  await expect(page).not.toHaveURL(/country=/);
  await listCountry(page, 'Afghanistan').click();
  await expect(statementCount(page)).toHaveText('0');
  await expect(mapPanel(page).getByText(/Afghanistan took part in no matching event/)).toBeVisible();
  // One click from the hint where the emptiness is explained.
  await mapPanel(page).locator('.map-hint').getByRole('button', { name: 'Include mentions' }).click();
  await expect(page).toHaveURL(/[?&]mentions=1(&|$)/);
  await expect(mapPanel(page).getByRole('switch', { name: 'Include mentions' })).toBeChecked();
  await expect(statementCount(page)).toHaveText(String(mentions));

  await page.goBack();
  await expect(statementCount(page)).toHaveText('0');
});

test('keyboard alone reaches the map, moves between countries and toggles a filter', async ({ page }) => {
  let focused: string | null = null;
  for (let presses = 0; presses < 40 && focused === null; presses += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.closest('svg') && element.getAttribute('role') === 'button' ? element.getAttribute('data-country') : null;
    });
  }
  expect(focused, 'Tab reaches a country on the map').not.toBeNull();
  const tooltip = mapPanel(page).getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/Took part in \d+ events?/);
  await expect(worldMap(page).locator('.world-map__overlay path, .world-map__overlay circle')).toHaveCount(2);

  await page.keyboard.press('End');
  await expect(mapCountry(page, 'Afghanistan')).toBeFocused();
  await expect(tooltip).toContainText('Afghanistan');
  await page.keyboard.press('ArrowRight');
  const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-country') ?? null);
  expect(PARTICIPANTS).toContain(moved);
  await page.keyboard.press('Enter');
  expect(urlParam(page, 'country')).toBe(moved);
  await page.keyboard.press('Space');
  await expect(page).not.toHaveURL(/country=/);

  // The map is one tab stop: the next Tab leaves it for the country list.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('svg') ?? null)).toBeNull();
  await expect(mapPanel(page).locator(`.country-list [data-country="${moved}"]`)).toHaveAttribute('aria-selected', 'true');
  // The country list is one tab stop too, on the selected country; letters jump to a name.
  let listFocused = false;
  for (let presses = 0; presses < 12 && !listFocused; presses += 1) {
    listFocused = await page.evaluate(() => document.activeElement?.closest('[role="listbox"]') !== null);
    if (!listFocused) await page.keyboard.press('Tab');
  }
  expect(listFocused, 'Tab reaches the country list').toBe(true);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-country'))).toBe(moved);
  await page.keyboard.type('sing');
  await expect(listCountry(page, 'Singapore')).toBeFocused();
  await page.keyboard.press('Space');
  expect(urlParam(page, 'country')).toBe(`${moved},SGP`);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-country'));
  expect(second).not.toBe(null);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[role="listbox"]') ?? null), 'one Tab leaves the list').toBeNull();
});

test('shows a tooltip with name and counts on hover', async ({ page }) => {
  const tooltip = mapPanel(page).getByRole('tooltip');
  await expect(tooltip).toHaveCount(0);
  const japan = mapCountry(page, 'Japan');
  const point = await pointInside(japan);
  await page.mouse.move(point.x, point.y);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Japan');
  await expect(tooltip).toContainText(/Took part in 1 event/);
  // The tooltip stays inside the page.
  const box = (await tooltip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1440);

  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);

  // Land with nothing to show names itself too, without being a control.
  const france = worldMap(page).locator('path[data-key="250"]');
  const inFrance = await pointInside(france);
  await page.mouse.move(inFrance.x, inFrance.y);
  await expect(tooltip).toContainText('France');
  await expect(tooltip).toContainText('Not in any matching event or statement');
});

test('the data table lists the same counts as the map', async ({ page }) => {
  const expected = new Map<string, { events: number; statements: number; mentions: number }>();
  for (const mark of await worldMap(page).getByRole('button').all()) {
    expected.set((await mark.getAttribute('data-country'))!, await countsOf(mark));
  }
  expect(expected.size).toBe(8);
  await mapPanel(page).getByRole('button', { name: 'Data table' }).click();
  await expect(page).toHaveURL(/[?&]table=map(&|$)/);
  await expect(worldMap(page)).toHaveCount(0);
  const rows = mapPanel(page).getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(8);
  for (const row of await rows.all()) {
    const code = (await row.getAttribute('data-country'))!;
    const cells = await row.getByRole('cell').allTextContents();
    expect([Number(cells[0]), Number(cells[1]), Number(cells[2])], code).toEqual([
      expected.get(code)!.events,
      expected.get(code)!.statements,
      expected.get(code)!.mentions,
    ]);
  }
  // A copied link keeps the table.
  await page.reload();
  await expect(mapPanel(page).getByRole('table')).toBeVisible();
});

// The whole page is checked in accessibility.spec.ts; here the map panel, in both schemes.
test('has no axe violations with the map shown, in light and dark', async ({ page }) => {
  const light = await axeBuilder(page).include('#participant-map').analyze();
  expect(light.violations).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await listCountry(page, 'Japan').click();
  const dark = await axeBuilder(page).include('#participant-map').analyze();
  expect(dark.violations).toEqual([]);
});

test('sits beside the timeline on a wide screen and stacks, without overflow, at 360 px', async ({ page }) => {
  const map = await mapPanel(page).boundingBox();
  const timeline = await page.locator('.panel--timeline').boundingBox();
  expect(Math.abs(map!.y - timeline!.y)).toBeLessThan(2);
  expect(map!.width).toBeGreaterThan(1440 * 0.4);
  expect(map!.width).toBeLessThan(1440 * 0.55);

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(async () => {
    const svg = (await worldMap(page).boundingBox())!;
    expect(svg.width).toBeLessThanOrEqual(340);
    expect(svg.width).toBeGreaterThan(250);
  }).toPass();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await mapCountry(page, 'Singapore').click();
  expect(urlParam(page, 'country')).toBe('SGP');
});

test('the map has its own error state while the country list keeps working', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(/Failed to load resource.*404/);
  await page.route('**/countries-110m*.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto('/');
  const alert = mapPanel(page).getByRole('alert');
  await expect(alert).toContainText('The world map could not be loaded.');
  await listCountry(page, 'Japan').click();
  expect(urlParam(page, 'country')).toBe('JPN');
  await page.unroute('**/countries-110m*.json');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(worldMap(page)).toBeVisible();
  await expect(mapCountry(page, 'Japan')).toHaveAttribute('aria-pressed', 'true');
});
