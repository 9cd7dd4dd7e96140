import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawHeatmap, formatCellValue, heatmapClassBounds, heatmapLegend, layoutHeatmap, type HeatmapInput } from '../../../src/figures/heatmap-figure.ts';
import { DARK_HEATMAP_PALETTE, LIGHT_HEATMAP_PALETTE } from '../../../src/figures/heatmap-palette.ts';
import { serializeSvgFragment } from '../../../src/figures/svg.ts';

const input: HeatmapInput = {
  rows: [{ key: 'IND', label: 'India', selected: true }, { key: 'RUS', label: 'Russia' }],
  columns: [{ key: 'IND', label: 'India', selected: true }, { key: 'RUS', label: 'Russia' }],
  values: [900, 25, 25, 12_345],
  diagonal: true,
};

describe('heatmap layout', () => {
  it('classes split the largest count at the squares of fifths', () => {
    expect(heatmapClassBounds(0)).toEqual([]);
    expect(heatmapClassBounds(100)).toEqual([4, 16, 36, 64, 100]);
    expect(heatmapClassBounds(2)).toEqual([1, 1, 1, 2, 2]);
  });

  it('leaves the diagonal out of the scale and writes every number that fits', () => {
    const layout = layoutHeatmap(input, 0);
    expect(layout.classBounds.at(-1)).toBe(25);
    expect(layout.cells.map((cell) => cell.tone)).toEqual([-1, 5, 5, -1]);
    expect(layout.cells.map((cell) => cell.text)).toEqual(['900', '25', '25', '12k']);
    expect(layout.cells.filter((cell) => cell.selected).map((cell) => [cell.row, cell.column])).toEqual([[0, 0]]);
  });

  it.each<[number, string]>([
    [0, '0'],
    [999, '999'],
    [1000, '1.0k'],
    [1999, '1.9k'],
    [12_345, '12k'],
  ])('writes %d as %s', (value, text) => expect(formatCellValue(value)).toBe(text));

  it('an empty heatmap lays out with no cells and no classes', () => {
    const layout = layoutHeatmap({ rows: [], columns: [], values: [] }, 300);
    expect(layout.cells).toEqual([]);
    expect(heatmapLegend(layout, null).map((entry) => entry.label)).toEqual(['0']);
  });

  it('draws labels as escaped text', () => {
    const hostile: HeatmapInput = { rows: [{ key: 'x', label: '<script>' }], columns: [{ key: 'y', label: 'A & B' }], values: [3] };
    const text = serializeSvgFragment(drawHeatmap(layoutHeatmap(hostile, 0), LIGHT_HEATMAP_PALETTE));
    expect(text).toContain('&lt;script&gt;');
    expect(text).toContain('A &amp; B');
    expect(text).not.toContain('<script>');
  });
});

describe('heatmap palette', () => {
  const css = readFileSync(new URL('../../../src/features/country-views/country-views.css', import.meta.url), 'utf8');
  const [light, dark] = css.split('@media (prefers-color-scheme: dark)') as [string, string];
  const variable = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];

  it.each([
    ['light', LIGHT_HEATMAP_PALETTE, light],
    ['dark', DARK_HEATMAP_PALETTE, dark],
  ] as const)('the %s CSS variables are the palette’s', (_scheme, palette, block) => {
    palette.classes.forEach((tone, i) => {
      expect(variable(block, `heat-${i + 1}`)).toBe(tone.fill);
      expect(variable(block, `heat-${i + 1}-ink`)).toBe(tone.ink);
    });
    expect(variable(block, 'heat-0')).toBe(palette.zero.fill);
    expect(variable(block, 'heat-diagonal')).toBe(palette.diagonal.fill);
  });

  /** WCAG relative luminance contrast. */
  const contrast = (a: string, b: string) => {
    const lum = (hex: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };

  it.each([LIGHT_HEATMAP_PALETTE, DARK_HEATMAP_PALETTE])('every cell’s number is readable on its colour ($scheme)', (palette) => {
    for (const tone of [...palette.classes, palette.zero, palette.diagonal]) expect(contrast(tone.fill, tone.ink)).toBeGreaterThanOrEqual(4.5);
  });
});
