import type { SpeakerComparisonModel } from '../domain/speakers/speaker-comparison-model.ts';
import { formatCount } from '../domain/format/format-count.ts';
import { FIGURE_COLOURS, type BodyBox } from './figure-frame.ts';
import { svg, type SvgNode } from './svg.ts';
import { truncateText, wrapText } from './text-measure.ts';

/**
 * Speakers side by side as small multiples: one panel per speaker or role,
 * the same theme rows in each and one scale for all, so a bar can be
 * compared with the bar beside it. Wide: panels side by side, theme names
 * once on the left. Narrow: panels one under another, each with its names.
 * The geometry is shared by the live view (which draws it with React and
 * makes each bar a button) and the exported SVG.
 */
export type ComparisonBarBox = {
  column: number;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** "602 · 31 %", drawn after the bar. */
  value: string;
  valueX: number;
};
export type ComparisonPanelBox = { column: number; x: number; y: number; width: number; titleLines: string[]; subtitle: string };
export type ComparisonLabelBox = { row: number; column: number; x: number; y: number; text: string; width: number };
export type ComparisonLayout = {
  width: number;
  height: number;
  stacked: boolean;
  panels: ComparisonPanelBox[];
  labels: ComparisonLabelBox[];
  bars: ComparisonBarBox[];
  barHeight: number;
  rowHeight: number;
  fontSize: number;
};

const TITLE_SIZE = 14;
const VALUE_WIDTH = 76;
const GAP = 16;
const MIN_PANEL = 150;

export function layoutSpeakerComparison(model: SpeakerComparisonModel, width: number, maxHeight = Infinity): ComparisonLayout {
  const rows = model.themes.length;
  const columns = model.columns.length;
  const fontSize = 13;
  const wideLabel = Math.min(270, Math.round(width * 0.26));
  const stacked = columns > 0 && (width - wideLabel - GAP * columns) / columns < MIN_PANEL;
  const labelWidth = stacked ? Math.min(170, Math.round(width * 0.42)) : wideLabel;
  const panelWidth = stacked ? width - labelWidth - GAP : (width - labelWidth - GAP * columns) / Math.max(1, columns);
  const headerHeight = TITLE_SIZE * 2 + 26;
  const blocks = stacked ? columns : 1;
  const fitted = Number.isFinite(maxHeight) ? (maxHeight - blocks * (headerHeight + GAP)) / Math.max(1, rows * blocks) : 26;
  const rowHeight = Math.max(12, Math.min(26, fitted));
  const barHeight = Math.max(6, rowHeight - 8);
  const barArea = Math.max(10, panelWidth - VALUE_WIDTH);
  const scale = model.maxShare > 0 ? barArea / model.maxShare : 0;
  const panels: ComparisonPanelBox[] = [];
  const labels: ComparisonLabelBox[] = [];
  const bars: ComparisonBarBox[] = [];
  const blockHeight = headerHeight + rows * rowHeight + GAP;
  model.columns.forEach((column, c) => {
    const x = stacked ? labelWidth + GAP : labelWidth + GAP + c * (panelWidth + GAP);
    const top = stacked ? c * blockHeight : 0;
    const subtitle = `${formatCount(column.statements)} statement${column.statements === 1 ? '' : 's'}`;
    panels.push({ column: c, x: stacked ? 0 : x, y: top, width: stacked ? width : panelWidth, titleLines: wrapText(column.target.label, stacked ? width : panelWidth, TITLE_SIZE, 2, 'bold'), subtitle });
    column.bars.forEach((bar, r) => {
      const y = top + headerHeight + r * rowHeight;
      const length = bar.count === 0 ? 0 : Math.max(2, bar.share * scale);
      bars.push({ column: c, row: r, x, y: y + (rowHeight - barHeight) / 2, width: length, height: barHeight, value: `${formatCount(bar.count)} · ${Math.round(bar.share)} %`, valueX: x + length + 6 });
      if (stacked || c === 0) {
        labels.push({ row: r, column: c, x: 0, y: y + rowHeight / 2, width: labelWidth, text: truncateText(model.themes[r]!.label, labelWidth - 6, fontSize) });
      }
    });
  });
  const height = stacked ? blocks * blockHeight : headerHeight + rows * rowHeight + GAP;
  return { width, height: Math.max(height, 1), stacked, panels, labels, bars, barHeight, rowHeight, fontSize };
}

/** The figure's body for the exporter: the layout as SVG, selected bars outlined, nothing interactive. */
export function drawSpeakerComparisonBody(model: SpeakerComparisonModel, box: BodyBox): SvgNode {
  const layout = layoutSpeakerComparison(model, box.width, box.height);
  return svg(
    'g',
    { 'font-size': layout.fontSize, fill: FIGURE_COLOURS.text },
    ...layout.panels.map((panel) =>
      svg(
        'g',
        {},
        ...panel.titleLines.map((line, i) => svg('text', { x: panel.x, y: panel.y + TITLE_SIZE + i * (TITLE_SIZE + 2), 'font-weight': 'bold', 'font-size': TITLE_SIZE }, line)),
        svg('text', { x: panel.x, y: panel.y + TITLE_SIZE * 2 + 18, fill: FIGURE_COLOURS.muted }, panel.subtitle),
      ),
    ),
    ...layout.labels.map((label) => svg('text', { x: label.x, y: label.y, 'dominant-baseline': 'middle' }, label.text)),
    ...layout.bars.map((bar) => {
      const selected = model.columns[bar.column]!.bars[bar.row]!.selected;
      return svg(
        'g',
        {},
        svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: '#1f5fa8', stroke: selected ? FIGURE_COLOURS.text : null, 'stroke-width': selected ? 2 : null }),
        svg('text', { x: bar.valueX, y: bar.y + bar.height / 2, 'dominant-baseline': 'middle', fill: FIGURE_COLOURS.muted }, bar.value),
      );
    }),
  );
}
