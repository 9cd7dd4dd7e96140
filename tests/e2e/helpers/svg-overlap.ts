import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

/**
 * Where the words of an exported SVG land when it is drawn, by Chromium and
 * by rsvg-convert (librsvg, as Inkscape's export and most Linux tools draw
 * SVG), and whether any two of them collide.
 *
 * The marks checked are every <text> element and every legend key. Chromium
 * gives each one's box from its own layout (getBoundingClientRect). rsvg
 * gives no layout, so each mark is drawn alone: a copy of the file in which
 * the root is `visibility="hidden"` and only that mark (and the patterns its
 * paint may use) `visible`, rendered to PNG by rsvg-convert; the box is then
 * the extent of the pixels it inked (read back through a canvas). That is
 * rsvg's own rendering, glyph by glyph, not a layout we computed: two
 * marks collide when their inked boxes intersect.
 */
export type Box = { x: number; y: number; width: number; height: number };
export type Mark = { label: string; chromium: Box | null };
export type Collision = { a: string; b: string };

/** Marks of `svgText`, each with its Chromium box and a copy of the file that shows it alone. */
async function isolateMarks(page: Page, svgText: string, fontFamily: string | null) {
  return page.evaluate(
    ({ text, font }) => {
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = parsed.documentElement;
      if (font !== null) root.setAttribute('font-family', font);
      const marks = [...Array.from(parsed.querySelectorAll('text')), ...Array.from(parsed.querySelectorAll('#figure-legend > g'))];
      const labelOf = (element: Element) =>
        element.localName === 'text' ? (element.textContent ?? '').slice(0, 60) : `key before "${(element.nextElementSibling?.textContent ?? '').slice(0, 40)}"`;
      // Chromium's boxes: the same file, inline in this page at the origin.
      document.body.replaceChildren();
      document.body.style.margin = '0';
      const live = document.importNode(root, true) as unknown as SVGSVGElement;
      document.body.append(live);
      const liveMarks = [...Array.from(live.querySelectorAll('text')), ...Array.from(live.querySelectorAll('#figure-legend > g'))];
      const chromium = liveMarks.map((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
      });
      // One file per mark, everything else hidden.
      const serializer = new XMLSerializer();
      root.setAttribute('visibility', 'hidden');
      for (const pattern of Array.from(parsed.querySelectorAll('pattern'))) pattern.setAttribute('visibility', 'visible');
      const alone = marks.map((mark) => {
        mark.setAttribute('visibility', 'visible');
        const copy = serializer.serializeToString(parsed);
        mark.removeAttribute('visibility');
        return copy;
      });
      return {
        size: { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) },
        marks: marks.map((mark, i) => ({ label: labelOf(mark), chromium: chromium[i]! })),
        alone,
      };
    },
    { text: svgText, font: fontFamily },
  );
}

/** The inked extent of each PNG (any pixel not fully transparent), decoded by the page's canvas. */
async function inkBoxes(page: Page, pngs: readonly string[]): Promise<(Box | null)[]> {
  return page.evaluate(async (images) => {
    const boxes: ({ x: number; y: number; width: number; height: number } | null)[] = [];
    for (const base64 of images) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let minX = width;
      let minY = height;
      let maxX = -1;
      let maxY = -1;
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          // Faint antialiasing at the edge of a glyph is not ink.
          if (data[(y * width + x) * 4 + 3]! < 48) continue;
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
      }
      boxes.push(maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 });
    }
    return boxes;
  }, pngs);
}

function rsvgPng(svgText: string): string {
  return execFileSync('rsvg-convert', ['--format', 'png'], { input: svgText, maxBuffer: 64 * 1024 * 1024 }).toString('base64');
}

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function collisions(marks: readonly { label: string; box: Box | null }[]): Collision[] {
  const found: Collision[] = [];
  marks.forEach((a, i) => {
    for (const b of marks.slice(i + 1)) if (a.box && b.box && intersects(a.box, b.box)) found.push({ a: a.label, b: b.label });
  });
  return found;
}

/** Marks outside the figure: cut off where the file ends. */
export function outside(marks: readonly { label: string; box: Box | null }[], size: { width: number; height: number }): string[] {
  return marks
    .filter(({ box }) => box && (box.x < 0 || box.y < 0 || box.x + box.width > size.width || box.y + box.height > size.height))
    .map(({ label }) => label);
}

/**
 * Draws `svgText` with Chromium and with rsvg-convert and returns each
 * renderer's boxes. `fontFamily` replaces the file's font stack (to draw it
 * in a substitute font); null keeps the file as exported.
 */
export async function renderMarks(page: Page, svgText: string, fontFamily: string | null = null) {
  const { size, marks, alone } = await isolateMarks(page, svgText, fontFamily);
  const rsvg = await inkBoxes(page, alone.map(rsvgPng));
  return {
    size,
    chromium: marks.map((mark) => ({ label: mark.label, box: mark.chromium })),
    rsvg: marks.map((mark, i) => ({ label: mark.label, box: rsvg[i]! })),
  };
}
