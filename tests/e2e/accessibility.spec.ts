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

async function expectNoViolations(page: Page, rules: 'all' | 'colour' = 'all') {
  const builder = axeBuilder(page);
  const results = await (rules === 'all' ? builder.withTags(WCAG_TAGS) : builder.withRules(COLOUR_RULES)).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/**
 * The dark theme changes colours only (custom properties and one error
 * colour in prefers-color-scheme blocks; nothing is shown, hidden or moved),
 * so in dark the rules that read colours are the ones whose verdict can
 * change: axe's colour rules within the WCAG tags above, 40 % of a
 * whole-page run (2.8 s of 7.1 s on the seed dashboard here).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function useScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(
    (expected) =>
      new Promise<void>((resolve) => {
        const check = () =>
          matchMedia(`(prefers-color-scheme: ${expected})`).matches
            ? requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
            : requestAnimationFrame(check);
        check();
      }),
    scheme,
  );
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

// One load per state: every rule in light, then the colour rules in dark.
for (const [name, path] of STATES) {
  test(`no axe violations: ${name}, light and dark theme`, async ({ page }) => {
    await useScheme(page, 'light');
    await page.goto(path);
    await waitForDashboard(page);
    await test.step('light: every WCAG rule', () => expectNoViolations(page));
    await test.step('dark: the colour rules', async () => {
      await useScheme(page, 'dark');
      await expectNoViolations(page, 'colour');
    });
  });
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
