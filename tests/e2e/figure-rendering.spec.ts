import { readFile } from 'node:fs/promises';
import { strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { collisions, outside, renderMarks } from './helpers/svg-overlap.ts';

/**
 * An exported SVG looks the same outside the browser. The map and timeline
 * of the seed corpus are exported through their menus at the landscape and
 * phone sizes, then drawn by Chromium and by rsvg-convert, once as exported
 * (its font stack resolves to Liberation Sans, Arial's metrics) and once in
 * DejaVu Sans, the wider font a program without Arial-metric fonts falls
 * back to (what the generic `sans-serif` gave before). No word or legend key
 * may collide with another, or leave the figure. See helpers/svg-overlap.ts
 * for how each renderer's boxes are found.
 */
const FONT_STACK = 'Arial, "Liberation Sans", Arimo, Helvetica, sans-serif';
const FIGURES = [
  { id: 'map', panel: 'Participant map', button: 'Export map' },
  { id: 'timeline', panel: 'Themes over time', button: 'Export timeline' },
] as const;
const SIZES = [
  { label: '1200 × 800 (landscape)', width: 1200, height: 800 },
  { label: '640 × 960 (phone)', width: 640, height: 960 },
] as const;

async function exportSvg(page: Page, panelName: string, button: string, sizeLabel: string): Promise<string> {
  const panel = page.getByRole('region', { name: panelName });
  await panel.getByText('Figure options').click();
  await panel.getByRole('combobox', { name: 'Size (SVG and PNG)' }).selectOption({ label: sizeLabel });
  await panel.getByText('Figure options').click();
  await panel.getByRole('button', { name: button }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^SVG/ }).click();
  return strFromU8(new Uint8Array(await readFile(await (await downloading).path())));
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
});

for (const figure of FIGURES) {
  for (const size of SIZES) {
    test(`the ${figure.id} at ${size.width} × ${size.height}: no label collides in Chromium or rsvg-convert, in Liberation Sans or DejaVu Sans`, async ({ page, context }) => {
      test.setTimeout(60_000);
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Participant map' }).getByRole('group', { name: /World map/ })).toBeVisible();
      const svgText = await exportSvg(page, figure.panel, figure.button, size.label);
      expect(svgText).toContain(`font-family="${FONT_STACK.replace(/"/g, '&quot;')}"`);
      expect(svgText).toContain(`viewBox="0 0 ${size.width} ${size.height}"`);

      // A blank page of our own draws and measures, so the dashboard's page stays as it is.
      const canvas = await context.newPage();
      for (const font of [null, 'DejaVu Sans']) {
        const drawn = await renderMarks(canvas, svgText, font);
        const what = font ?? 'the exported font stack';
        // Enough marks were found to mean something: title, subtitle, legend, source, footer at least.
        expect(drawn.rsvg.filter((mark) => mark.box !== null).length, what).toBeGreaterThan(8);
        expect(drawn.rsvg.filter((mark) => mark.box === null).map((mark) => mark.label), `${what}: marks rsvg drew nothing for`).toEqual([]);
        expect(collisions(drawn.chromium), `${what}: Chromium`).toEqual([]);
        expect(collisions(drawn.rsvg), `${what}: rsvg-convert`).toEqual([]);
        expect(outside(drawn.chromium, drawn.size), `${what}: Chromium, outside the figure`).toEqual([]);
        expect(outside(drawn.rsvg, drawn.size), `${what}: rsvg-convert, outside the figure`).toEqual([]);
      }
      await canvas.close();
    });
  }
}

test('the check finds a collision when there is one, in both renderers', async ({ context }) => {
  // Two legend-like labels 60 px apart, the first far longer than that.
  const svgText =
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" font-family="DejaVu Sans">' +
    '<text x="10" y="50" font-size="15">Only mentioned (hatched, dashed outline)</text>' +
    '<text x="70" y="50" font-size="15">Small state</text>' +
    '<text x="10" y="90" font-size="15">apart</text></svg>';
  const page = await context.newPage();
  const drawn = await renderMarks(page, svgText);
  const expected = [{ a: 'Only mentioned (hatched, dashed outline)', b: 'Small state' }];
  expect(collisions(drawn.chromium)).toEqual(expected);
  expect(collisions(drawn.rsvg)).toEqual(expected);
  // The third label is drawn where it was put, by both.
  const apart = drawn.rsvg[2]!.box;
  expect(apart.x).toBeGreaterThanOrEqual(9);
  expect(apart.y + apart.height).toBeLessThanOrEqual(95);
  await page.close();
});
