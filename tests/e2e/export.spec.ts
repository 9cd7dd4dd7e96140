import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Saves a download and returns its name and bytes. */
async function save(download: Download): Promise<{ name: string; bytes: Uint8Array }> {
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect(Array.from(bytes.subarray(0, 8))).toEqual(signature);
  expect(strFromU8(bytes.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Parses an SVG file with the browser's XML parser; returns what a reader would check. */
async function inspectSvg(page: Page, text: string) {
  return page.evaluate((svgText) => {
    const document = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const error = document.querySelector('parsererror');
    const elements = Array.from(document.querySelectorAll('*'));
    return {
      wellFormed: error === null,
      root: document.documentElement.localName,
      texts: Array.from(document.querySelectorAll('text'), (t) => t.textContent ?? ''),
      title: document.querySelector('title')?.textContent ?? null,
      forbidden: elements
        .filter((e) => ['script', 'foreignObject', 'image', 'use', 'a', 'style', 'iframe'].includes(e.localName))
        .map((e) => e.localName),
      externalRefs: elements.flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => /href$|^src$/i.test(a.name) || /^on/i.test(a.name) || /url\((?!#)/i.test(a.value))
          .map((a) => `${e.localName}@${a.name}`),
      ),
    };
  }, text);
}

test.describe('export', () => {
  test('the analyst packet downloads as a zip with figures, data, metadata and README, and shows progress', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Download analyst packet' });
    await expect(button).toBeVisible();
    const downloading = page.waitForEvent('download');
    await button.click();
    const { name, bytes } = await save(await downloading);
    expect(name).toMatch(/^forum-atlas(-SYNTHETIC)?_packet_all_\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(bytes);
    const folder = name.replace(/\.zip$/, '');
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'data/timeline.csv', 'figures/timeline.png', 'figures/timeline.svg', 'metadata.json', 'statements.csv'].map((f) => `${folder}/${f}`),
    );
    const png = pngSize(files[`${folder}/figures/timeline.png`]!);
    expect(png.width).toBeGreaterThanOrEqual(1600);
    const svg = await inspectSvg(page, strFromU8(files[`${folder}/figures/timeline.svg`]!));
    expect(svg).toMatchObject({ wellFormed: true, root: 'svg', forbidden: [], externalRefs: [] });
    expect(svg.texts).toContain('All countries · All themes');
    await expect(page.getByRole('status').filter({ hasText: 'Analyst packet ready' })).toBeVisible();
    await expect(button).toBeFocused();
  });

  test('Copy link puts the current view’s URL on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?country=JPN');
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});
