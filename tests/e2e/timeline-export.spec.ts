import { axeBuilder } from './helpers/axe';
import { readFile, writeFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { strFromU8 } from 'fflate';
import type { Download, Locator, Page } from '@playwright/test';
import { generateSyntheticCorpus } from '../../src/domain/synthetic/generate-corpus.ts';
import { expect, test } from './fixtures.ts';
import { serveCorpus } from './helpers/serve-corpus.ts';

/**
 * An exported timeline draws what its title and subtitle say, on a seeded
 * synthetic corpus of twenty years (2005–2024): the selected dates only, the
 * selected themes only, from zero, and a CSV with the figure's numbers. The
 * panel keeps its linked-views context and marks the selection instead.
 */
const corpus = generateSyntheticCorpus({ statements: 1500, seed: 11 });
const THEME = corpus.taxonomy[1]!;

const panel = (page: Page) => page.locator('section.panel--timeline');
const exportButton = (page: Page) => panel(page).getByRole('button', { name: 'Export timeline' });

async function exportVia(page: Page, item: RegExp): Promise<{ name: string; bytes: Uint8Array }> {
  await exportButton(page).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download: Download = await downloading;
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}

/** What a reader of the SVG sees: its bars (with their tooltips and boxes), axis labels and value labels. */
async function readFigure(page: Page, bytes: Uint8Array) {
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    const body = document.getElementById('figure-body')!;
    const bars = Array.from(body.querySelectorAll('rect'))
      .filter((rect) => rect.parentElement?.localName !== 'pattern' && rect.querySelector('title') && rect.getAttribute('fill')?.startsWith('url(#timeline-not') !== true)
      .map((rect) => ({
        title: rect.querySelector('title')!.textContent,
        y: Number(rect.getAttribute('y')),
        bottom: Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')),
        opacity: rect.getAttribute('fill-opacity'),
      }));
    const baseline = Math.max(...Array.from(body.querySelectorAll('line')).map((line) => Number(line.getAttribute('y1'))));
    const texts = Array.from(body.querySelectorAll('text'));
    return {
      root: { width: document.documentElement.getAttribute('width'), height: document.documentElement.getAttribute('height') },
      // A wrapped line is one tspan per line.
      title: Array.from(document.querySelectorAll('#figure-title tspan'), (line) => line.textContent).join(' '),
      subtitle: Array.from(document.querySelectorAll('#figure-subtitle tspan'), (line) => line.textContent).join(' '),
      legend: Array.from(document.querySelectorAll('#figure-legend text')).map((t) => t.textContent),
      bars,
      baseline,
      axis: texts.filter((t) => t.getAttribute('text-anchor') === 'middle' && t.getAttribute('class') !== 'figure-value' && !t.getAttribute('transform')).map((t) => t.textContent),
      ticks: texts.filter((t) => t.getAttribute('text-anchor') === 'end').map((t) => t.textContent),
      values: texts.filter((t) => t.getAttribute('class') === 'figure-value').map((t) => t.textContent),
    };
  }, strFromU8(bytes));
}

function readCsv(bytes: Uint8Array): Record<string, string>[] {
  const [header, ...rows] = csvParseRows(strFromU8(bytes));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

/** The PNG's pixel size, from its IHDR chunk. */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function tickBoxes(page: Page, labels: readonly string[]) {
  await expect(panel(page).locator('.recharts-bar-rectangle path').first()).toBeVisible();
  const ticks = panel(page).locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  const result = new Map<string, { x: number; width: number }>();
  for (const tick of await ticks.all()) {
    const text = (await tick.textContent()) ?? '';
    const box = await tick.boundingBox();
    if (labels.includes(text) && box) result.set(text, box);
  }
  return result;
}

async function boxOf(locator: Locator) {
  await expect(locator).toBeVisible();
  return (await locator.boundingBox())!;
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await serveCorpus(page, corpus);
});

test('under 2015–2019 the panel shades the range among all twenty years; the export draws those five years only, with the same numbers in its CSV', async ({ page }) => {
  await page.goto('/?from=2015-01-01&to=2019-12-31&bucket=year');
  // On screen: every year, the range shaded across 2015 to 2019. Ticks label every n-th year, so the
  // years are placed by the bars: twenty evenly spaced columns from 2005 to 2024.
  await expect(panel(page).locator('.recharts-bar-rectangle path').first()).toBeVisible();
  const columns = await panel(page)
    .locator('.recharts-bar-rectangle path')
    .evaluateAll((paths) => [...new Set(paths.map((path) => { const r = path.getBoundingClientRect(); return Math.round(r.left + r.width / 2); }))]);
  expect(columns).toHaveLength(20);
  const first = Math.min(...columns);
  const step = (Math.max(...columns) - first) / 19;
  const centreOf = (year: number) => first + (year - 2005) * step;
  expect((await tickBoxes(page, ['2005'])).has('2005')).toBe(true);
  const band = await boxOf(panel(page).locator('.tl-selection'));
  expect(band.x).toBeLessThan(centreOf(2015));
  expect(band.x).toBeGreaterThan(centreOf(2014));
  expect(band.x + band.width).toBeGreaterThan(centreOf(2019));
  expect(band.x + band.width).toBeLessThan(centreOf(2020));

  const figure = await readFigure(page, (await exportVia(page, /^SVG/)).bytes);
  expect(figure.subtitle).toContain('2015–2019');
  expect(figure.axis).toEqual(['2015', '2016', '2017', '2018', '2019']);
  const years = new Set(figure.bars.map((bar) => /, (\d{4}): /.exec(bar.title)![1]));
  expect([...years].sort()).toEqual(['2015', '2016', '2017', '2018', '2019']);

  const rows = readCsv((await exportVia(page, /^CSV/)).bytes);
  expect(new Set(rows.map((row) => row.period))).toEqual(new Set(['2015', '2016', '2017', '2018', '2019']));
  // Every drawn segment is a CSV row with the same count, and every non-zero row is drawn.
  const drawn = new Map(figure.bars.map((bar) => [bar.title.replace(/: \d+$/, ''), Number(/: (\d+)$/.exec(bar.title)![1])]));
  const nonZero = rows.filter((row) => Number(row.statements) > 0);
  expect(nonZero.length).toBe(drawn.size);
  for (const row of nonZero) expect(drawn.get(`${row.theme}, ${row.period}`), `${row.theme} ${row.period}`).toBe(Number(row.statements));
});

test('with one theme selected the panel stands it on the baseline; the export draws it alone from zero, every bar labelled, on an axis scaled to it', async ({ page }) => {
  await page.goto(`/?theme=${THEME.id}&bucket=year`);
  // On screen: the selected theme's segments sit on the baseline, the others faded above them.
  const selected = panel(page).locator('path.tl-bar--selected');
  await expect(selected.first()).toBeVisible();
  const labels = panel(page).locator('.tl-value');
  await expect(labels).toHaveCount(20);
  // Every box in one read, so a relayout between reads cannot mix two layouts.
  const segments = await panel(page)
    .locator('.recharts-bar-rectangle path')
    .evaluateAll((paths) =>
      paths.map((path) => {
        const box = path.getBoundingClientRect();
        return { selected: path.classList.contains('tl-bar--selected'), muted: path.classList.contains('tl-bar--muted'), centre: box.x + box.width / 2, width: box.width, top: box.y, bottom: box.y + box.height };
      }),
    );
  const chosen = segments.filter((segment) => segment.selected);
  const others = segments.filter((segment) => !segment.selected);
  expect(chosen).toHaveLength(20);
  expect(others.length).toBeGreaterThan(20);
  expect(others.every((segment) => segment.muted)).toBe(true);
  // All on one line, and in each column no other theme below it.
  const bottoms = chosen.map((segment) => segment.bottom);
  expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThan(0.5);
  for (const other of others) {
    const column = chosen.find((segment) => Math.abs(segment.centre - other.centre) < segment.width / 2);
    expect(column, 'a faded segment stands in a column of the selected theme').toBeDefined();
    expect(other.bottom).toBeLessThanOrEqual(column!.top + 0.5);
  }

  const figure = await readFigure(page, (await exportVia(page, /^SVG/)).bytes);
  expect(figure.bars.length).toBeGreaterThan(5);
  for (const bar of figure.bars) {
    expect(bar.title.startsWith(`${THEME.label}, `), bar.title).toBe(true);
    expect(bar.bottom).toBeCloseTo(figure.baseline, 1);
    expect(bar.opacity).toBeNull();
  }
  expect(figure.legend).toContain(THEME.label);
  expect(figure.legend).toHaveLength(2); // "Themes" and the one theme
  // One label per year, read from the same numbers as the CSV.
  const rows = readCsv((await exportVia(page, /^CSV/)).bytes);
  expect(rows.every((row) => row.theme_id === THEME.id)).toBe(true);
  expect(figure.values).toEqual(rows.map((row) => row.statements));
  // The axis reaches the tallest bar of this theme, not the total of all themes.
  const max = Math.max(...rows.map((row) => Number(row.statements)));
  const top = Number(figure.ticks[figure.ticks.length - 1]);
  expect(top).toBeGreaterThanOrEqual(max);
  expect(top).toBeLessThan(max * 2);
});

test('the share scale comes from the URL, reads as percentages on screen and in the export, and the CSV holds the shares drawn', async ({ page }) => {
  await page.goto(`/?theme=${THEME.id}&bucket=year&scale=share`);
  await expect(panel(page).getByRole('button', { name: 'Share %' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').last()).toHaveText(/%$/);
  await expect(panel(page).locator('.tl-axis-label').last()).toHaveText('Share of statements (%)');

  const figure = await readFigure(page, (await exportVia(page, /^SVG/)).bytes);
  expect(figure.title).toBe('Themes over time: share of statements per theme by year');
  expect(figure.ticks.every((tick) => tick.endsWith('%'))).toBe(true);
  const rows = readCsv((await exportVia(page, /^CSV/)).bytes);
  expect(figure.values).toEqual(rows.map((row) => `${row.share_percent}%`));
  for (const row of rows) {
    const share = Number(row.statements_in_period) === 0 ? 0 : (100 * Number(row.statements)) / Number(row.statements_in_period);
    expect(Number(row.share_percent)).toBeCloseTo(share, 1);
  }

  await panel(page).getByRole('button', { name: 'Count' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('scale')).toBeNull();
});

test('the headline can be edited, and figures export at 1200 × 800, 1080 × 1080 and 640 × 960', async ({ page }, testInfo) => {
  await page.goto(`/?theme=${THEME.id}&from=2010-01-01&to=2019-12-31`);
  const options = panel(page).getByText('Figure options');
  await options.click();
  const headline = panel(page).getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveValue('Themes over time: statements per theme by year');
  const axe = await axeBuilder(page).include('section.panel--timeline').analyze();
  expect(axe.violations).toEqual([]);
  await headline.fill('Counter-terrorism talk peaked in the late 2010s');

  const sizes = [
    ['1200 × 800 (landscape)', 'landscape', 1200, 800],
    ['1080 × 1080 (square)', 'square', 1080, 1080],
    ['640 × 960 (phone)', 'phone', 640, 960],
  ] as const;
  for (const [label, id, width, height] of sizes) {
    await panel(page).getByRole('combobox', { name: 'Size (SVG and PNG)' }).selectOption({ label });
    const svg = await exportVia(page, new RegExp(`^SVG \\(vector figure, ${width} × ${height}\\)`));
    const figure = await readFigure(page, svg.bytes);
    expect(figure.root).toEqual({ width: String(width), height: String(height) });
    expect(figure.title).toContain('Counter-terrorism talk peaked');
    expect(figure.axis[0]).toBe('2010');
    const png = await exportVia(page, /^PNG/);
    expect(pngSize(png.bytes)).toEqual({ width: width * 2, height: height * 2 });
    expect(png.name).toContain(id === 'landscape' ? '_timeline_' : `_timeline-${id}_`);
    await writeFile(testInfo.outputPath(`timeline-${id}.png`), png.bytes);
  }

  // Emptied, the headline is the title again.
  await headline.fill('');
  const figure = await readFigure(page, (await exportVia(page, /^SVG/)).bytes);
  expect(figure.title).toBe('Themes over time: statements per theme by year');
});
