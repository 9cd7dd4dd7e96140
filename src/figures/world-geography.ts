import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryCode } from '../domain/corpus/corpus-schema.ts';
import { countryCodeFromNumeric } from '../domain/corpus/countries.ts';

/** One land shape of the world topology. */
export type GeoCountry = {
  /** Stable React key (the numeric id, or the name where the atlas has no id). */
  key: string;
  /** Null for territories without an ISO code (N. Cyprus, Somaliland, Kosovo). */
  code: CountryCode | null;
  /** The atlas's own name; the app shows its own country names where it has a code. */
  atlasName: string;
  feature: Feature<Polygon | MultiPolygon>;
};

/** [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

export type WorldGeography = {
  countries: readonly GeoCountry[];
  byCode: ReadonlyMap<CountryCode, GeoCountry>;
  /** Where to draw states the topology has no shape for (Singapore in 110m). */
  points: ReadonlyMap<CountryCode, LonLat>;
};

/** Antarctica is no forum's participant and would take a fifth of the height. */
const LEFT_OUT = new Set(['010']);

export class GeographyError extends Error {
  override name = 'GeographyError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPoints(raw: unknown): Map<CountryCode, LonLat> {
  const points = isRecord(raw) ? raw.points : undefined;
  if (!isRecord(points)) throw new GeographyError('The country point file has no "points" object.');
  const result = new Map<CountryCode, LonLat>();
  for (const [code, value] of Object.entries(points)) {
    if (
      !/^[A-Z]{3}$/.test(code) ||
      !Array.isArray(value) ||
      value.length !== 2 ||
      !value.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      throw new GeographyError(`The country point file has a malformed entry for "${code}".`);
    }
    const [lon, lat] = value as [number, number];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new GeographyError(`The country point for "${code}" lies outside the globe.`);
    }
    result.set(code as CountryCode, [lon, lat]);
  }
  return result;
}

/**
 * Turns the world-atlas topology and the point file into drawable shapes,
 * keyed by ISO alpha-3 code. Both inputs are untrusted JSON: anything that
 * is not the expected shape is reported, not drawn half-way.
 */
export function buildWorldGeography(topology: unknown, points: unknown): WorldGeography {
  if (!isRecord(topology) || topology.type !== 'Topology' || !isRecord(topology.objects)) {
    throw new GeographyError('The world map file is not a TopoJSON topology.');
  }
  const object = topology.objects.countries;
  if (!isRecord(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    throw new GeographyError('The world map file has no "countries" collection.');
  }
  const collection = feature(
    topology as unknown as Topology,
    object as unknown as GeometryCollection<{ name?: string }>,
  );
  const countries: GeoCountry[] = [];
  const byCode = new Map<CountryCode, GeoCountry>();
  for (const shape of collection.features) {
    const geometry = shape.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const numeric = shape.id === undefined ? null : String(shape.id);
    if (numeric !== null && LEFT_OUT.has(numeric)) continue;
    const atlasName = typeof shape.properties?.name === 'string' ? shape.properties.name : 'Unnamed territory';
    const code = numeric === null ? null : countryCodeFromNumeric(numeric);
    const country: GeoCountry = {
      key: numeric ?? `name:${atlasName}`,
      code,
      atlasName,
      feature: shape as Feature<Polygon | MultiPolygon>,
    };
    countries.push(country);
    if (code !== null && !byCode.has(code)) byCode.set(code, country);
  }
  return { countries, byCode, points: readPoints(points) };
}
