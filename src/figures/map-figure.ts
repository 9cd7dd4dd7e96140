import type { CountryCode } from '../domain/corpus/corpus-schema.ts';
import type { CountryTally } from '../domain/engine/contract.ts';
import { participationKind, rankCountries } from '../domain/map/participation.ts';
import { FIGURE_COLOURS, type BodyBox, type LegendEntry } from './figure-frame.ts';
import { LIGHT_MAP_PALETTE, type MapPalette } from './map-palette.ts';
import { createMapPainter, drawParticipantMap, layoutWorldMap, type MapMark, type MapPaint } from './map-geometry.ts';
import { svg, type SvgChild, type SvgNode } from './svg.ts';
import { truncateText, wrapText } from './text-measure.ts';
import type { WorldGeography } from './world-geography.ts';

/**
 * The participant map as a static figure. The geometry and paint come from
 * the map's own pure renderer (figures/map-geometry.ts), the one the live
 * panel draws, so the export cannot disagree with the screen; this module
 * only lays it out beside a ranked list of the countries and writes SVG.
 */
export type MapFigureInput = {
  geography: WorldGeography;
  tallies: readonly CountryTally[];
  selected: readonly CountryCode[];
  countryName: (code: string) => string;
  /** Exports are light: they go on paper and slides. */
  palette?: MapPalette;
};

const HATCH_ID = 'map-hatch';
const HATCH_FILL = `url(#${HATCH_ID})`;
const LIST_WIDTH = 270;
const LIST_GAP = 24;
const LIST_SIZE = 14;
const LIST_ROW = 22;
const LIST_LINE = 17;
const SWATCH = 12;

function paintAttributes(paint: MapPaint) {
  return {
    fill: paint.fill,
    stroke: paint.stroke,
    'stroke-width': paint.strokeWidth,
    'stroke-dasharray': paint.strokeDasharray ?? undefined,
    'stroke-linejoin': 'round',
  };
}

function hatchPattern(palette: MapPalette): SvgNode {
  return svg(
    'pattern',
    { id: HATCH_ID, patternUnits: 'userSpaceOnUse', width: 5, height: 5, patternTransform: 'rotate(45)' },
    svg('rect', { x: 0, y: 0, width: 5, height: 5, fill: palette.mentionedGround }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: palette.mentionedHatch, 'stroke-width': 2 }),
  );
}

function selectionRing(mark: MapMark, palette: MapPalette): SvgChild[] {
  const ring = (stroke: string, width: number) =>
    mark.symbol === 'point' || mark.d === null
      ? svg('circle', { cx: mark.anchor[0], cy: mark.anchor[1], r: mark.r + 2, fill: 'none', stroke, 'stroke-width': width })
      : svg('path', { d: mark.d, fill: 'none', stroke, 'stroke-width': width, 'stroke-linejoin': 'round' });
  return [ring(palette.selectedCasing, 4), ring(palette.selectedCore, 1.5)];
}

function countsInWords(tally: CountryTally): string {
  const parts: string[] = [];
  if (participationKind(tally) === 'participant') parts.push(`${tally.events} event${tally.events === 1 ? '' : 's'}`);
  else parts.push('only mentioned');
  if (tally.mentions > 0 && participationKind(tally) === 'participant') parts.push(`mentioned ${tally.mentions}×`);
  return parts.join(', ');
}

function legendEntries(input: Pick<MapFigureInput, 'tallies' | 'selected' | 'palette'>, hasPoints: boolean): LegendEntry[] {
  const palette = input.palette ?? LIGHT_MAP_PALETTE;
  const painter = createMapPainter({ tallies: input.tallies, palette, hatchFill: HATCH_FILL });
  const outline = { colour: palette.outline, width: 1 };
  const entries: LegendEntry[] = painter.legend.shades.map((shade) => ({
    label: `${shade.label} event${shade.label === '1' ? '' : 's'}`,
    colour: shade.fill,
    strokes: [outline],
  }));
  entries.push({
    label: 'Only mentioned (hatched, dashed outline)',
    colour: HATCH_FILL,
    strokes: [{ colour: palette.outline, width: 1, dasharray: '2.5 1.5' }],
  });
  if (hasPoints) {
    entries.push({ label: 'Small state, drawn as a point', colour: painter.legend.shades[0]?.fill ?? palette.land, shape: 'circle', strokes: [outline] });
  }
  if (input.selected.length > 0) {
    entries.push({
      label: 'Selected as a filter',
      colour: palette.land,
      strokes: [
        { colour: palette.selectedCasing, width: 3.5 },
        { colour: palette.selectedCore, width: 1.25 },
      ],
    });
  }
  return entries;
}

/** Below this body width the list goes under the map instead of beside it (a phone-width figure). */
const STACKED_BELOW = 3 * LIST_WIDTH;
/** A stacked map takes at most this share of the body's height; the list the rest. */
const STACKED_MAP_SHARE = 0.55;

type BodyLayout = { mapWidth: number; mapMaxHeight: number; stacked: boolean };

function bodyLayout(box: BodyBox): BodyLayout {
  if (box.width < STACKED_BELOW) return { mapWidth: box.width, mapMaxHeight: box.height * STACKED_MAP_SHARE, stacked: true };
  return { mapWidth: Math.max(200, box.width - LIST_WIDTH - LIST_GAP), mapMaxHeight: box.height, stacked: false };
}

function paintMap(input: MapFigureInput, box: BodyBox) {
  const palette = input.palette ?? LIGHT_MAP_PALETTE;
  const { mapWidth, mapMaxHeight } = bodyLayout(box);
  let layout = layoutWorldMap(input.geography, mapWidth);
  if (layout.height > mapMaxHeight) layout = layoutWorldMap(input.geography, Math.floor((mapWidth * mapMaxHeight) / layout.height));
  return drawParticipantMap(layout, {
    tallies: input.tallies,
    selected: input.selected,
    palette,
    countryName: input.countryName,
    hatchFill: HATCH_FILL,
  });
}

/**
 * The legend — shades of events taken part in, the hatch, points, the
 * selection ring, as on the panel — for a body `bodyWidth` wide. It is
 * needed before the body's height is known, so it is worked out at the
 * full width; a smaller map can only turn more states into points, which
 * the entry covers whenever any state is one at full width.
 */
export function mapFigureLegend(input: MapFigureInput, bodyWidth: number): LegendEntry[] {
  const figure = paintMap(input, { width: bodyWidth, height: Infinity });
  return legendEntries(input, figure.legend.point);
}

/** The map and its ranked country list for a box of the given size. */
export function drawMapBody(input: MapFigureInput, box: BodyBox): SvgNode {
  const palette = input.palette ?? LIGHT_MAP_PALETTE;
  const { mapWidth, stacked } = bodyLayout(box);
  const figure = paintMap(input, box);
  const mapTop = stacked ? 0 : Math.max(0, (box.height - figure.height) / 2);
  const mapLeft = (mapWidth - figure.width) / 2;

  const map = svg(
    'g',
    { transform: `translate(${mapLeft} ${mapTop})` },
    ...figure.shapes.map((shape) => svg('path', { d: shape.d, ...paintAttributes(shape) }, svg('title', {}, shape.name))),
    ...figure.marks
      .filter((mark) => mark.symbol === 'point')
      .map((mark) => svg('circle', { cx: mark.anchor[0], cy: mark.anchor[1], r: mark.r, ...paintAttributes(mark) }, svg('title', {}, mark.label))),
    ...figure.marks.filter((mark) => mark.selected).flatMap((mark) => selectionRing(mark, palette)),
  );

  // The ranked list names every mark, so the figure reads without hovering.
  const ranked = rankCountries(input.tallies, input.selected);
  const markByCode = new Map(figure.marks.map((mark) => [mark.code, mark]));
  // Beside the map, or under it in a narrow figure.
  const listLeft = stacked ? 0 : mapWidth + LIST_GAP;
  const listTop = stacked ? figure.height + LIST_GAP : 0;
  const listWidth = stacked ? box.width : LIST_WIDTH;
  // Long names wrap to a second line; the list stops, with "and N more", where the box ends.
  const textWidth = listWidth - SWATCH - 8;
  const lastLine = box.height - LIST_ROW;
  const rows: SvgChild[] = [];
  let y = listTop + LIST_ROW * 2;
  let shown = 0;
  for (const tally of ranked) {
    const mark = markByCode.get(tally.code);
    const lines = wrapText(`${input.countryName(tally.code)}: ${countsInWords(tally)}`, textWidth, LIST_SIZE, 2);
    const rowEnd = y + (lines.length - 1) * LIST_LINE;
    if (rowEnd > lastLine) break;
    rows.push(
      svg(
        'g',
        {},
        mark
          ? svg('rect', { x: listLeft, y: y - SWATCH + 1, width: SWATCH, height: SWATCH, ...paintAttributes(mark), 'stroke-width': 1 })
          : null,
        svg(
          'text',
          { x: listLeft + SWATCH + 8, y, 'font-size': LIST_SIZE, fill: FIGURE_COLOURS.text, 'font-weight': mark?.selected ? 700 : undefined },
          ...lines.map((line, i) => svg('tspan', { x: listLeft + SWATCH + 8, dy: i === 0 ? 0 : LIST_LINE }, line)),
        ),
      ),
    );
    shown += 1;
    y = rowEnd + LIST_ROW;
  }
  if (shown < ranked.length) {
    // y is at most box.height here: the previous row ended by lastLine.
    rows.push(svg('text', { x: listLeft, y, 'font-size': LIST_SIZE, fill: FIGURE_COLOURS.muted }, `and ${ranked.length - shown} more (see the CSV)`));
  }
  const listTitle = 'Countries, most events first';
  const list = svg(
    'g',
    {},
    svg('text', { x: listLeft, y: listTop + LIST_ROW, 'font-size': LIST_SIZE, 'font-weight': 700, fill: FIGURE_COLOURS.text }, truncateText(listTitle, listWidth, LIST_SIZE, 'bold')),
    ...(ranked.length === 0
      ? [svg('text', { x: listLeft, y: listTop + LIST_ROW * 2, 'font-size': LIST_SIZE, fill: FIGURE_COLOURS.muted }, 'No country matches these filters.')]
      : rows),
  );

  return svg('g', {}, svg('defs', {}, hatchPattern(palette)), map, list);
}
