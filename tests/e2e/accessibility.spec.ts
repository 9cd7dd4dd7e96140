import { axeBuilder } from './helpers/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readSeedCorpus } from './helpers/seed.ts';

/**
 * axe-core over the whole page in the main states an analyst passes
 * through, in both themes and at narrow widths. WCAG 2.2 AA rules.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const seed = readSeedCorpus();
const firstStatement = seed.statements[0]!;

async function expectNoViolations(page: Page) {
  const results = await axeBuilder(page).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

async function waitForDashboard(page: Page) {
  await expect(page.locator('section.panel--statements').getByRole('status').filter({ hasText: /of \d+ statements/ })).toBeVisible();
  await expect(page.locator('section.panel--map').getByText(/took part|No country/).first()).toBeVisible();
  await expect(page.locator('section.panel--timeline .tl-summary')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

const STATES: Array<[string, string]> = [
  ['default', '/'],
  ['filtered by a country and a theme', '/?country=JPN&theme=drug-trafficking'],
  ['search active', '/?q=terror'],
  ['source reader open', `/?statement=${encodeURIComponent(firstStatement.id)}`],
  ['tables instead of charts', '/?table=map,timeline'],
  ['nothing matches', '/?q=zzzz'],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of STATES) {
    test(`no axe violations: ${name}, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await waitForDashboard(page);
      await expectNoViolations(page);
    });
  }
}

test('no axe violations with an export menu open', async ({ page }) => {
  await page.goto('/?country=JPN');
  await waitForDashboard(page);
  await page.getByRole('button', { name: /Export map/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoViolations(page);
});

for (const [label, viewport] of [
  ['360 px wide (a phone)', { width: 360, height: 780 }],
  ['200 % zoom of a 1280 px window', { width: 640, height: 400 }],
] as const) {
  test(`works without sideways scrolling at ${label}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?country=JPN');
    await waitForDashboard(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoViolations(page);
  });
}

test('every interactive element shows a visible focus indicator', async ({ page }) => {
  await page.goto('/');
  await waitForDashboard(page);
  const missing: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    // The indicator is whatever changes when focus arrives: an outline, a
    // shadow, a border or, inside the SVG map and chart, a stroke.
    const check = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | SVGElement | null;
      if (!element || element === document.body) return null;
      const snapshot = () => {
        const style = getComputedStyle(element);
        return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.borderColor, style.stroke, style.strokeWidth].join('|');
      };
      // The map draws its focus ring as an overlay above every country, so no
      // neighbour can hide it; that ring is its indicator.
      const mapRing = element.closest('.world-map')?.querySelector('.world-map__overlay [stroke="var(--focus)"]');
      if (mapRing) return { changed: true, name: 'map country' };
      const focused = snapshot();
      element.blur();
      const unfocused = snapshot();
      element.focus();
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return { changed: focused !== unfocused, name: `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${name}` };
    });
    if (check && !check.changed) missing.push(check.name);
  }
  expect(missing).toEqual([]);
});
