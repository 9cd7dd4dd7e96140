import { formatCount } from '../domain/format/format-count.ts';
import type { BodyBox, LegendEntry } from './figure-frame.ts';
import { LIGHT_HEATMAP_PALETTE, type HeatmapPalette, type HeatTone } from './heatmap-palette.ts';
import { svg, type SvgChild, type SvgNode } from './svg.ts';
import { estimateTextWidth, truncateText } from './text-measure.ts';

/**
 * A heatmap of counts (rows × columns), laid out once for the live view and
 * the exported figure: each cell has a colour class and, when it fits, its
 * number written in it, so colour is never the only encoding (the live view
 * also names every cell for screen readers). Classes split (0, max] at the
 * squares of 1/5 … 5/5, so small counts stay apart. `diagonal` cells (a
 * country with itself) are drawn grey and left out of the scale.
 */
export type HeatmapAxisItem = { key: string; label: string; selected?: boolean };

export type HeatmapInput = {
  rows: readonly HeatmapAxisItem[];
  columns: readonly HeatmapAxisItem[];
  /** Row-major rows × columns. */
  values: readonly number[];
  /** Cells where row and column are the same thing (the matrix's diagonal). */
  diagonal?: boolean;
};

export type HeatmapCell = {
  row: number;
  column: number;
  value: number;
  x: number;
  y: number;
  /** 0 for zero, 1–5 the count classes, -1 the diagonal. */
  tone: number;
  /** The number as written in the cell; null when it does not fit. */
  text: string | null;
  selected: boolean;
};

export type HeatmapLayout = {
  width: number;
  height: number;
  /** Cell height; cells are as wide as `cellWidth`, at least this, so every number fits. */
  cell: number;
  cellWidth: number;
  rowLabelWidth: number;
  columnLabelHeight: number;
  rowLabels: Array<{ label: string; y: number; selected: boolean }>;
  columnLabels: Array<{ label: string; x: number; selected: boolean }>;
  cells: HeatmapCell[];
  /** Upper bound of each class, 1–5 (a class may be empty when the counts are small). */
  classBounds: number[];
};

export const HEATMAP_FONT_SIZE = 12;
const LABEL_GAP = 6;

/** "812", "1.2k", "34k": short enough for a cell. */
export function formatCellValue(value: number): string {
  if (value < 1000) return String(value);
  if (value < 10_000) return `${(Math.floor(value / 100) / 10).toFixed(1)}k`;
  return `${Math.floor(value / 1000)}k`;
}

export function heatmapClassBounds(max: number): number[] {
  if (max <= 0) return [];
  const bounds: number[] = [];
  for (let k = 1; k <= 5; k += 1) bounds.push(Math.max(1, Math.ceil((max * k * k) / 25)));
  return bounds;
}

function toneOf(value: number, bounds: readonly number[]): number {
  if (value <= 0) return 0;
  const index = bounds.findIndex((bound) => value <= bound);
  return index < 0 ? 5 : index + 1;
}

export type HeatmapSizing = {
  /** Cell size bounds; the cell fills the width between them. */
  minCell: number;
  maxCell: number;
  /** Longest label, in pixels, before it is cut with "…". */
  maxRowLabel: number;
  maxColumnLabel: number;
};

export const LIVE_SIZING: HeatmapSizing = { minCell: 27, maxCell: 40, maxRowLabel: 240, maxColumnLabel: 140 };

export function layoutHeatmap(input: HeatmapInput, width: number, sizing: HeatmapSizing = LIVE_SIZING, height = Infinity): HeatmapLayout {
  const { rows, columns, values } = input;
  const rowLabelWidth = Math.min(
    sizing.maxRowLabel,
    Math.max(0, ...rows.map((row) => estimateTextWidth(row.label, HEATMAP_FONT_SIZE, row.selected ? 'bold' : 'normal'))),
  ) + LABEL_GAP;
  const columnLabelHeight = Math.min(
    sizing.maxColumnLabel,
    Math.max(0, ...columns.map((column) => estimateTextWidth(column.label, HEATMAP_FONT_SIZE, column.selected ? 'bold' : 'normal'))),
  ) + LABEL_GAP;
  const fitWidth = columns.length === 0 ? sizing.maxCell : (width - rowLabelWidth) / columns.length;
  const fitHeight = rows.length === 0 ? sizing.maxCell : (height - columnLabelHeight) / rows.length;
  const cell = Math.floor(Math.max(sizing.minCell, Math.min(sizing.maxCell, fitWidth, fitHeight)));
  // Wide enough for the longest number, so no cell is left without one.
  const widest = Math.max(0, ...values.map((value) => estimateTextWidth(formatCellValue(value), cellFontSize(cell))));
  const cellWidth = Math.max(cell, Math.ceil(widest + 6));
  const offDiagonal = values.filter((_, i) => !(input.diagonal && Math.floor(i / columns.length) === i % columns.length));
  const classBounds = heatmapClassBounds(Math.max(0, ...offDiagonal));
  const cells: HeatmapCell[] = [];
  rows.forEach((row, r) => {
    columns.forEach((column, c) => {
      const value = values[r * columns.length + c] ?? 0;
      const written = formatCellValue(value);
      const fits = estimateTextWidth(written, cellFontSize(cell)) <= cellWidth - 4;
      cells.push({
        row: r,
        column: c,
        value,
        x: rowLabelWidth + c * cellWidth,
        y: columnLabelHeight + r * cell,
        tone: input.diagonal && r === c ? -1 : toneOf(value, classBounds),
        text: fits ? written : null,
        selected: Boolean(row.selected) && Boolean(column.selected),
      });
    });
  });
  const cut = (label: string, max: number, selected?: boolean) => truncateText(label, max, HEATMAP_FONT_SIZE, selected ? 'bold' : 'normal');
  return {
    width: rowLabelWidth + columns.length * cellWidth,
    height: columnLabelHeight + rows.length * cell,
    cell,
    cellWidth,
    rowLabelWidth,
    columnLabelHeight,
    rowLabels: rows.map((row, r) => ({ label: cut(row.label, sizing.maxRowLabel, row.selected), y: columnLabelHeight + r * cell + cell / 2, selected: Boolean(row.selected) })),
    columnLabels: columns.map((column, c) => ({
      label: cut(column.label, sizing.maxColumnLabel, column.selected),
      x: rowLabelWidth + c * cellWidth + cellWidth / 2,
      selected: Boolean(column.selected),
    })),
    cells,
    classBounds,
  };
}

export function cellFontSize(cell: number): number {
  return cell >= 34 ? 12 : cell >= 26 ? 11 : 10;
}

export function heatTone(palette: HeatmapPalette, tone: number): HeatTone {
  if (tone < 0) return palette.diagonal;
  if (tone === 0) return palette.zero;
  return palette.classes[tone - 1]!;
}

/** The legend's entries: one per count class in use, then zero and the diagonal when drawn. */
export function heatmapLegend(layout: HeatmapLayout, diagonalLabel: string | null, palette: HeatmapPalette = LIGHT_HEATMAP_PALETTE): LegendEntry[] {
  const entries: LegendEntry[] = [];
  let from = 1;
  layout.classBounds.forEach((bound, i) => {
    if (bound < from) return;
    entries.push({ label: from === bound ? formatCount(bound) : `${formatCount(from)}–${formatCount(bound)}`, colour: palette.classes[i]!.fill });
    from = bound + 1;
  });
  entries.push({ label: '0', colour: palette.zero.fill });
  if (diagonalLabel !== null) entries.push({ label: diagonalLabel, colour: palette.diagonal.fill });
  return entries;
}

/** The heatmap as SVG nodes at the layout's own size (the figure body and the live view draw the same). */
export function drawHeatmap(layout: HeatmapLayout, palette: HeatmapPalette): SvgNode {
  const children: SvgChild[] = [];
  const font = cellFontSize(layout.cell);
  for (const cell of layout.cells) {
    const tone = heatTone(palette, cell.tone);
    children.push(
      svg('rect', { x: cell.x, y: cell.y, width: layout.cellWidth, height: layout.cell, fill: tone.fill, stroke: palette.grid, 'stroke-width': 1 }),
      cell.text === null
        ? null
        : svg('text', { x: cell.x + layout.cellWidth / 2, y: cell.y + layout.cell / 2 + font * 0.35, 'font-size': font, 'text-anchor': 'middle', fill: tone.ink }, cell.text),
    );
    if (cell.selected) {
      children.push(svg('rect', { x: cell.x + 1.5, y: cell.y + 1.5, width: layout.cellWidth - 3, height: layout.cell - 3, fill: 'none', stroke: palette.selected, 'stroke-width': 2 }));
    }
  }
  for (const label of layout.rowLabels) {
    children.push(
      svg(
        'text',
        { x: layout.rowLabelWidth - LABEL_GAP, y: label.y + HEATMAP_FONT_SIZE * 0.35, 'font-size': HEATMAP_FONT_SIZE, 'text-anchor': 'end', fill: palette.label, 'font-weight': label.selected ? 700 : undefined },
        label.label,
      ),
    );
  }
  for (const label of layout.columnLabels) {
    const y = layout.columnLabelHeight - LABEL_GAP;
    children.push(
      svg(
        'text',
        { x: 0, y: 0, transform: `translate(${label.x + HEATMAP_FONT_SIZE * 0.35} ${y}) rotate(-90)`, 'font-size': HEATMAP_FONT_SIZE, fill: palette.label, 'font-weight': label.selected ? 700 : undefined },
        label.label,
      ),
    );
  }
  return svg('g', {}, ...children);
}

/** The exported figure's body: the heatmap fitted into the box, centred when smaller. */
export function drawHeatmapBody(input: HeatmapInput, box: BodyBox): SvgNode {
  const layout = layoutHeatmap(input, box.width, { minCell: 8, maxCell: 44, maxRowLabel: 260, maxColumnLabel: 150 }, box.height);
  const scale = Math.min(1, box.width / layout.width, box.height / layout.height);
  const x = Math.max(0, (box.width - layout.width * scale) / 2);
  return svg('g', { transform: `translate(${x} 0) scale(${Math.round(scale * 1000) / 1000})` }, drawHeatmap(layout, LIGHT_HEATMAP_PALETTE));
}
