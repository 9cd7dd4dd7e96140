import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { CountryCode } from '../domain/corpus/corpus-schema.ts';
import type { CountryTally } from '../domain/engine/contract.ts';
import {
  buildShadeScale,
  formatBucketLabel,
  paletteIndices,
  shadeBucketOf,
  type ShadeScale,
} from '../domain/map/map-shading.ts';
import { describeCountry, participationKind, rankCountries, type ParticipationKind } from '../domain/map/participation.ts';
import type { MapPalette } from './map-palette.ts';
import type { WorldGeography } from './world-geography.ts';

/**
 * The participant map as pure geometry: data and a width in, SVG path strings,
 * positions and paint out. The live view draws it and adds interaction; an
 * exporter can draw the same figure without importing the feature.
 */

/** A shape smaller than this many square pixels is hard to see or hit: it also gets a point. */
export const MIN_VISIBLE_AREA = 16;
const PADDING = 4;
/** Centre on 11°E: the antimeridian cut then runs through the Pacific clear of Chukotka, and the land fills more width. */
const ROTATION: [number, number] = [-11, 0];

export type XY = readonly [number, number];

export type LaidOutShape = {
  key: string;
  code: CountryCode | null;
  atlasName: string;
  d: string;
  /** Projected area in square pixels. */
  area: number;
  /** Where a label, tooltip or point goes: the centre of its largest part. */
  anchor: XY;
};

/** The projected world at one width, independent of any data. */
export type WorldMapLayout = {
  width: number;
  height: number;
  shapes: readonly LaidOutShape[];
  shapeByCode: ReadonlyMap<CountryCode, LaidOutShape>;
  /** Projected positions of the states drawn only as points. */
  points: ReadonlyMap<CountryCode, XY>;
};

function largestPart(feature: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  const geometry = feature.geometry;
  if (geometry.type === 'Polygon' || geometry.coordinates.length < 2) return feature;
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0]! };
  let bestArea = geoArea(best);
  for (const coordinates of geometry.coordinates.slice(1)) {
    const part: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(part);
    if (area > bestArea) {
      best = part;
      bestArea = area;
    }
  }
  return { type: 'Feature', properties: null, geometry: best };
}

/** Projects the world (Equal Earth) to fill `width`; the height follows from the shape of the land. */
export function layoutWorldMap(geography: WorldGeography, width: number): WorldMapLayout {
  const safeWidth = Math.max(120, Math.floor(width));
  const collection = {
    type: 'FeatureCollection' as const,
    features: geography.countries.map((country) => country.feature),
  };
  const projection = geoEqualEarth().rotate(ROTATION).fitWidth(safeWidth - 2 * PADDING, collection);
  const [tx, ty] = projection.translate();
  projection.translate([tx + PADDING, ty + PADDING]);
  const path = geoPath(projection);
  const bounds = path.bounds(collection);
  const height = Math.ceil(bounds[1][1] + PADDING);

  const shapes: LaidOutShape[] = [];
  const shapeByCode = new Map<CountryCode, LaidOutShape>();
  for (const country of geography.countries) {
    const d = path(country.feature);
    if (!d) continue;
    const centre = projection(geoCentroid(largestPart(country.feature))) ?? path.centroid(country.feature);
    const shape: LaidOutShape = {
      key: country.key,
      code: country.code,
      atlasName: country.atlasName,
      d,
      area: path.area(country.feature),
      anchor: [centre[0], centre[1]],
    };
    shapes.push(shape);
    if (shape.code !== null && !shapeByCode.has(shape.code)) shapeByCode.set(shape.code, shape);
  }
  const points = new Map<CountryCode, XY>();
  for (const [code, lonLat] of geography.points) {
    const xy = projection([lonLat[0], lonLat[1]]);
    if (xy) points.set(code, [xy[0], xy[1]]);
  }
  return { width: safeWidth, height, shapes, shapeByCode, points };
}

export type MapPaint = {
  fill: string;
  stroke: string;
  strokeWidth: number;
  strokeDasharray: string | null;
};

/** A land shape as drawn (every country, with or without data). */
export type MapShape = LaidOutShape & MapPaint & { kind: ParticipationKind; name: string };

/** A country the analyst can point at: it has counts, or it is selected. */
export type MapMark = MapPaint & {
  code: CountryCode;
  name: string;
  /** Accessible name: the country and what its counts mean. */
  label: string;
  kind: ParticipationKind;
  tally: CountryTally | undefined;
  bucket: number | null;
  selected: boolean;
  /** 'point' for states too small for the scale or missing from the topology. */
  symbol: 'area' | 'point';
  /** The shape's outline, for the selection and focus overlays (null for a missing state). */
  d: string | null;
  anchor: XY;
  /** Radius of the point symbol (0 for areas). */
  r: number;
};

export type MapLegend = {
  shades: readonly { label: string; fill: string }[];
  mentioned: MapPaint;
  point: boolean;
};

export type ParticipantMapFigure = {
  width: number;
  height: number;
  shapes: readonly MapShape[];
  /** In rank order (most events first), the order of the country list. */
  marks: readonly MapMark[];
  /** Countries with counts that no shape or point places (unknown codes). */
  unplaced: readonly CountryCode[];
  scale: ShadeScale;
  legend: MapLegend;
};

export type ParticipantMapData = {
  tallies: readonly CountryTally[];
  selected: readonly CountryCode[];
  palette: MapPalette;
  countryName: (code: string) => string;
  /** Fill reference of the hatch pattern for mentioned-only countries, e.g. "url(#hatch)". */
  hatchFill: string;
};

export function pointRadius(width: number): number {
  return Math.min(6, Math.max(3.5, Math.round(width / 150)));
}

export type MapPainter = {
  scale: ShadeScale;
  legend: MapLegend;
  bucketOf: (tally: CountryTally | undefined) => number | null;
  paintFor: (kind: ParticipationKind, bucket: number | null) => MapPaint;
};

/**
 * Shades and outlines for one state of the data; needs no geography, so the
 * legend and the country list can be drawn while the map is still loading.
 */
export function createMapPainter(data: Pick<ParticipantMapData, 'tallies' | 'palette' | 'hatchFill'>): MapPainter {
  const { palette } = data;
  const scale = buildShadeScale(data.tallies.map((tally) => tally.events));
  const colourIndex = paletteIndices(scale.buckets.length, palette.shades.length);
  const shadeFill = (bucket: number) => palette.shades[colourIndex[bucket] ?? palette.shades.length - 1]!;
  const mentioned: MapPaint = { fill: data.hatchFill, stroke: palette.outline, strokeWidth: 1, strokeDasharray: '2.5 1.5' };
  return {
    scale,
    legend: {
      shades: scale.buckets.map((bucket, i) => ({ label: formatBucketLabel(bucket), fill: shadeFill(i) })),
      mentioned,
      point: false,
    },
    bucketOf: (tally) => (tally ? shadeBucketOf(scale, tally.events) : null),
    paintFor: (kind, bucket) => {
      if (kind === 'participant') {
        return {
          fill: bucket === null ? palette.land : shadeFill(bucket),
          stroke: palette.outline,
          strokeWidth: 0.75,
          strokeDasharray: null,
        };
      }
      if (kind === 'mentioned') return mentioned;
      return { fill: palette.land, stroke: palette.border, strokeWidth: 0.5, strokeDasharray: null };
    },
  };
}

/** Paints the laid-out world with one state of the data. */
export function drawParticipantMap(layout: WorldMapLayout, data: ParticipantMapData): ParticipantMapFigure {
  const { palette } = data;
  const tallyByCode = new Map(data.tallies.map((tally) => [tally.code, tally]));
  const selected = new Set(data.selected);
  const { scale, legend, bucketOf, paintFor } = createMapPainter(data);

  const shapes: MapShape[] = layout.shapes.map((shape) => {
    const tally = shape.code === null ? undefined : tallyByCode.get(shape.code);
    const kind = participationKind(tally);
    const name = shape.code === null ? shape.atlasName : data.countryName(shape.code);
    const paint = paintFor(kind, bucketOf(tally));
    // Spelled out: spreading the laid-out shape took V8's slow path, ~5 µs a shape on every change.
    return {
      key: shape.key,
      code: shape.code,
      atlasName: shape.atlasName,
      d: shape.d,
      area: shape.area,
      anchor: shape.anchor,
      fill: paint.fill,
      stroke: paint.stroke,
      strokeWidth: paint.strokeWidth,
      strokeDasharray: paint.strokeDasharray,
      kind,
      name,
    };
  });
  // Shaded countries go last so their outlines are not covered by neighbours' borders.
  const order: Record<ParticipationKind, number> = { none: 0, mentioned: 1, participant: 2 };
  shapes.sort((a, b) => order[a.kind] - order[b.kind]);

  const r = pointRadius(layout.width);
  const marks: MapMark[] = [];
  const unplaced: CountryCode[] = [];
  for (const tally of rankCountries(data.tallies, data.selected)) {
    const code = tally.code;
    const counted = tallyByCode.get(code);
    const kind = participationKind(counted);
    const bucket = bucketOf(counted);
    const shape = layout.shapeByCode.get(code);
    const point = layout.points.get(code);
    const name = data.countryName(code);
    if (!shape && !point) {
      unplaced.push(code);
      continue;
    }
    const paint = paintFor(kind, bucket);
    const area = shape !== undefined && shape.area >= MIN_VISIBLE_AREA;
    // Spelled out rather than spread together: this runs for every country on each change.
    marks.push({
      code,
      name,
      label: describeCountry(name, counted),
      kind,
      tally: counted,
      bucket,
      selected: selected.has(code),
      // A hatch cannot be read at point size: the dashed ring carries "mentioned".
      fill: !area && kind === 'mentioned' ? palette.mentionedGround : paint.fill,
      stroke: paint.stroke,
      strokeWidth: area ? paint.strokeWidth : 1.25,
      strokeDasharray: paint.strokeDasharray,
      symbol: area ? 'area' : 'point',
      d: shape?.d ?? null,
      anchor: shape ? shape.anchor : point!,
      r: area ? 0 : r,
    });
  }

  return {
    width: layout.width,
    height: layout.height,
    shapes,
    marks,
    unplaced,
    scale,
    legend: { ...legend, point: marks.some((mark) => mark.symbol === 'point') },
  };
}
