import { SYNTHETIC_NOTICE } from '../domain/synthetic/synthetic-label.ts';
import { serializeSvgDocument, svg, type SvgChild, type SvgNode } from './svg.ts';
import { estimateTextWidth, truncateText, wrapText } from './text-measure.ts';

/**
 * A publication figure as one self-contained SVG file: title, the filters
 * in words, the chart body, its legend, the source line and a footer, at a
 * fixed size so every export of a view looks the same whatever the window.
 * Styles are attributes and nothing is fetched. The font is a stack of
 * Arial-metric fonts, so a program without Arial draws Liberation Sans or
 * Arimo at the same widths; the layout (text-measure.ts) leaves room for a
 * wider substitute still.
 */
export const FIGURE_WIDTH = 1200;
export const FIGURE_HEIGHT = 800;

export const FIGURE_COLOURS = {
  background: '#ffffff',
  text: '#1b1b1f',
  muted: '#52525b',
  rule: '#d4d4d8',
  warning: '#9f1239',
} as const;

export const FIGURE_FONT = 'Arial, "Liberation Sans", Arimo, Helvetica, sans-serif';

export type LegendStroke = { colour: string; width: number; dasharray?: string };

export type LegendEntry = {
  label: string;
  /** The key's fill: a colour, or url(#id) of a pattern defined in the figure. */
  colour: string;
  /** How the legend draws the key: a filled square (bars, areas) or a circle (points). */
  shape?: 'square' | 'circle';
  /** Outlines of the key, bottom first, as the marks it stands for have them; a thin dark line by default. */
  strokes?: readonly LegendStroke[];
  /** Drawn faded, as its marks are (e.g. themes outside the selection). */
  faded?: boolean;
};

export type FigureFrameInput = {
  title: string;
  /** The active filters in words. */
  subtitle: string;
  /** A longer text alternative for screen readers (the <desc>). */
  description?: string;
  legendTitle?: string;
  legend: readonly LegendEntry[];
  /** How to read the figure, when it needs saying ("stacks add up to more than…"); above the source line. */
  note?: string;
  /** Publisher, URLs, corpus version and the date the figure was made (see describeSourceLine). */
  sourceLine: string;
  synthetic: boolean;
  width?: number;
  height?: number;
};

export type BodyBox = { width: number; height: number };
export type DrawBody = (box: BodyBox) => SvgNode;

const MARGIN = 40;

/** The width the body gets in a figure `width` wide (its height depends on the title and legend). */
export function figureBodyWidth(width: number = FIGURE_WIDTH): number {
  return width - 2 * MARGIN;
}
const TITLE_SIZE = 30;
const SUBTITLE_SIZE = 19;
const BANNER_SIZE = 15;
const LEGEND_SIZE = 15;
const SOURCE_SIZE = 13;
const FOOTER_SIZE = 12;
const LINE_GAP = 1.3;
const SWATCH = 14;
const LEGEND_ITEM_GAP = 22;
const MAX_LEGEND_ROWS = 6;

const HIDDEN_RESERVE = estimateTextWidth('and 99 more', LEGEND_SIZE) + LEGEND_ITEM_GAP;

type LegendLayout = { rows: { entry: LegendEntry; x: number; label: string }[][]; hidden: number };

function layoutLegend(entries: readonly LegendEntry[], width: number, title: string | undefined): LegendLayout {
  const rows: LegendLayout['rows'] = [[]];
  let x = title ? estimateTextWidth(title, LEGEND_SIZE, 'bold') + 16 : 0;
  let placed = 0;
  for (const entry of entries) {
    // A label may take a whole row (a phone-width figure has room for little else).
    const label = truncateText(entry.label, width - SWATCH - 6, LEGEND_SIZE);
    const itemWidth = SWATCH + 6 + estimateTextWidth(label, LEGEND_SIZE);
    // The last row keeps room for "and N more" at its end.
    const rowEnd = rows.length === MAX_LEGEND_ROWS ? width - HIDDEN_RESERVE : width;
    if (x > 0 && x + itemWidth > rowEnd) {
      if (rows.length === MAX_LEGEND_ROWS) break;
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]!.push({ entry, x, label });
    x += itemWidth + LEGEND_ITEM_GAP;
    placed += 1;
  }
  return { rows: rows.filter((row) => row.length > 0), hidden: entries.length - placed };
}

function textLines(lines: readonly string[], x: number, y: number, size: number, attributes: Record<string, string | number>): SvgNode {
  return svg(
    'text',
    { x, y, 'font-size': size, ...attributes },
    ...lines.map((line, i) => svg('tspan', { x, dy: i === 0 ? 0 : size * LINE_GAP }, line)),
  );
}

const DEFAULT_STROKES: readonly LegendStroke[] = [{ colour: FIGURE_COLOURS.text, width: 0.5 }];

function drawSwatch(entry: LegendEntry, x: number, y: number): SvgNode {
  const [first, ...over] = entry.strokes ?? DEFAULT_STROKES;
  const outline = (stroke: LegendStroke | undefined) =>
    stroke ? { stroke: stroke.colour, 'stroke-width': stroke.width, 'stroke-dasharray': stroke.dasharray } : {};
  const key = (fill: string, stroke: LegendStroke | undefined) =>
    entry.shape === 'circle'
      ? svg('circle', { cx: x + SWATCH / 2, cy: y - SWATCH / 2 + 2, r: SWATCH / 2, fill, ...outline(stroke) })
      : svg('rect', { x, y: y - SWATCH + 2, width: SWATCH, height: SWATCH, fill, ...outline(stroke) });
  return svg('g', { opacity: entry.faded ? 0.35 : undefined }, key(entry.colour, first), ...over.map((stroke) => key('none', stroke)));
}

/** Composes the figure and returns the SVG file as a string. */
export function composeFigure(input: FigureFrameInput, drawBody: DrawBody): string {
  return serializeSvgDocument(composeFigureTree(input, drawBody));
}

export function composeFigureTree(input: FigureFrameInput, drawBody: DrawBody): SvgNode {
  const width = input.width ?? FIGURE_WIDTH;
  const height = input.height ?? FIGURE_HEIGHT;
  const inner = figureBodyWidth(width);
  const children: SvgChild[] = [];

  let y = MARGIN + TITLE_SIZE;
  const titleLines = wrapText(input.title, inner, TITLE_SIZE, 2, 'bold');
  children.push(textLines(titleLines, MARGIN, y, TITLE_SIZE, { 'font-weight': 700, fill: FIGURE_COLOURS.text, id: 'figure-title' }));
  y += (titleLines.length - 1) * TITLE_SIZE * LINE_GAP + SUBTITLE_SIZE * 1.6;
  const subtitleLines = wrapText(input.subtitle, inner, SUBTITLE_SIZE, 2);
  children.push(textLines(subtitleLines, MARGIN, y, SUBTITLE_SIZE, { fill: FIGURE_COLOURS.muted, id: 'figure-subtitle' }));
  y += (subtitleLines.length - 1) * SUBTITLE_SIZE * LINE_GAP;
  if (input.synthetic) {
    y += BANNER_SIZE * 2;
    const bannerWidth = estimateTextWidth(SYNTHETIC_NOTICE, BANNER_SIZE, 'bold') + 20;
    children.push(
      svg('rect', { x: MARGIN, y: y - BANNER_SIZE - 5, width: bannerWidth, height: BANNER_SIZE + 12, fill: 'none', stroke: FIGURE_COLOURS.warning, 'stroke-width': 2 }),
      svg('text', { x: MARGIN + 10, y, 'font-size': BANNER_SIZE, 'font-weight': 700, fill: FIGURE_COLOURS.warning }, SYNTHETIC_NOTICE),
    );
  }
  const bodyTop = y + 24;

  // From the bottom up: footer, source line, legend; the body takes the rest.
  let bottom = height - MARGIN;
  // A credit only: the date is in the source line, once.
  const footer = 'Chart: Forum Atlas';
  children.push(svg('text', { x: MARGIN, y: bottom, 'font-size': FOOTER_SIZE, fill: FIGURE_COLOURS.muted }, footer));
  bottom -= FOOTER_SIZE * 1.8;
  const sourceLines = wrapText(input.sourceLine, inner, SOURCE_SIZE, 4);
  const sourceTop = bottom - (sourceLines.length - 1) * SOURCE_SIZE * LINE_GAP;
  children.push(textLines(sourceLines, MARGIN, sourceTop, SOURCE_SIZE, { fill: FIGURE_COLOURS.muted, id: 'figure-source' }));
  bottom = sourceTop - SOURCE_SIZE - 10;
  if (input.note) {
    const noteLines = wrapText(input.note, inner, SOURCE_SIZE + 1, 2);
    const noteTop = bottom - (noteLines.length - 1) * (SOURCE_SIZE + 1) * LINE_GAP;
    children.push(textLines(noteLines, MARGIN, noteTop, SOURCE_SIZE + 1, { fill: FIGURE_COLOURS.text, 'font-style': 'italic', id: 'figure-note' }));
    bottom = noteTop - SOURCE_SIZE - 8;
  }
  children.push(svg('line', { x1: MARGIN, x2: width - MARGIN, y1: bottom, y2: bottom, stroke: FIGURE_COLOURS.rule, 'stroke-width': 1 }));
  bottom -= 14;

  const legend = layoutLegend(input.legend, inner, input.legendTitle);
  if (legend.rows.length > 0) {
    const rowHeight = LEGEND_SIZE * 1.7;
    const legendTop = bottom - (legend.rows.length - 1) * rowHeight;
    const items: SvgChild[] = [];
    if (input.legendTitle) {
      items.push(svg('text', { x: MARGIN, y: legendTop, 'font-size': LEGEND_SIZE, 'font-weight': 700, fill: FIGURE_COLOURS.text }, input.legendTitle));
    }
    legend.rows.forEach((row, r) => {
      const rowY = legendTop + r * rowHeight;
      for (const item of row) {
        items.push(
          drawSwatch(item.entry, MARGIN + item.x, rowY),
          svg('text', { x: MARGIN + item.x + SWATCH + 6, y: rowY, 'font-size': LEGEND_SIZE, fill: FIGURE_COLOURS.text }, item.label),
        );
      }
    });
    if (legend.hidden > 0) {
      const lastY = legendTop + (legend.rows.length - 1) * rowHeight;
      items.push(svg('text', { x: width - MARGIN, y: lastY, 'font-size': LEGEND_SIZE, 'text-anchor': 'end', fill: FIGURE_COLOURS.muted }, `and ${legend.hidden} more`));
    }
    children.push(svg('g', { id: 'figure-legend' }, ...items));
    bottom = legendTop - LEGEND_SIZE - 16;
  }

  const box: BodyBox = { width: inner, height: Math.max(0, bottom - bodyTop) };
  children.push(svg('g', { id: 'figure-body', transform: `translate(${MARGIN} ${bodyTop})` }, drawBody(box)));

  const description = [input.subtitle, input.description, input.sourceLine].filter(Boolean).join(' ');
  return svg(
    'svg',
    {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'figure-title-text figure-desc',
      'font-family': FIGURE_FONT,
    },
    svg('title', { id: 'figure-title-text' }, input.title),
    svg('desc', { id: 'figure-desc' }, description),
    svg('rect', { x: 0, y: 0, width, height, fill: FIGURE_COLOURS.background }),
    ...children,
  );
}
