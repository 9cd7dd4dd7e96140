import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../src/domain/corpus/corpus-schema.ts';
import { countryName } from '../../../src/domain/corpus/countries.ts';
import type { CountryTally } from '../../../src/domain/engine/contract.ts';
import { DARK_MAP_PALETTE, LIGHT_MAP_PALETTE } from '../../../src/figures/map-palette.ts';
import {
  drawParticipantMap,
  layoutWorldMap,
  MIN_VISIBLE_AREA,
  type ParticipantMapData,
} from '../../../src/figures/map-geometry.ts';
import { buildWorldGeography, GeographyError } from '../../../src/figures/world-geography.ts';

const topology: unknown = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
const pointsFile: unknown = JSON.parse(readFileSync('public/data/country-points.json', 'utf8'));
const geography = buildWorldGeography(topology, pointsFile);

const c = (value: string) => value as CountryCode;
const tally = (code: string, events: number, statements = events, mentions = 0): CountryTally => ({
  code: c(code),
  events,
  statements,
  mentions,
});

/** The seed's shape: seven participants in one event, Afghanistan only mentioned. */
const SEED_TALLIES = [
  ...['CHN', 'RUS', 'ISR', 'COD', 'MYS', 'SGP', 'JPN'].map((code) => tally(code, 1, 10)),
  tally('AFG', 0, 0, 1),
];

// As the map panel draws it: lay the world out at a width, then shade it.
function render(overrides: Partial<ParticipantMapData & { width: number }> = {}) {
  const { width = 640, ...data } = overrides;
  return drawParticipantMap(layoutWorldMap(geography, width), {
    tallies: SEED_TALLIES,
    selected: [],
    palette: LIGHT_MAP_PALETTE,
    countryName,
    hatchFill: 'url(#hatch)',
    ...data,
  });
}
const markOf = (figure: ReturnType<typeof render>, code: string) => figure.marks.find((mark) => mark.code === code);

describe('buildWorldGeography', () => {
  it('keys shapes by ISO alpha-3 code and leaves Antarctica out', () => {
    expect(geography.byCode.has(c('JPN'))).toBe(true);
    expect(geography.byCode.has(c('COD'))).toBe(true);
    expect(geography.byCode.has(c('ATA'))).toBe(false);
    expect(geography.byCode.has(c('SGP'))).toBe(false);
    expect(geography.points.get(c('SGP'))).toEqual([103.8, 1.37]);
  });

  it('keeps territories without a code as shapes, without a code', () => {
    const uncoded = geography.countries.filter((country) => country.code === null).map((country) => country.atlasName);
    expect(uncoded).toEqual(expect.arrayContaining(['Kosovo', 'Somaliland']));
  });

  it.each<[string, unknown, unknown, RegExp]>([
    ['not an object', 'nope', pointsFile, /not a TopoJSON topology/],
    ['no countries object', { type: 'Topology', objects: {}, arcs: [] }, pointsFile, /no "countries" collection/],
    ['points without "points"', topology, {}, /no "points" object/],
    ['a malformed point', topology, { points: { SGP: [1] } }, /malformed entry for "SGP"/],
    ['a point off the globe', topology, { points: { SGP: [200, 1] } }, /outside the globe/],
    ['a code that is not alpha-3', topology, { points: { sg: [1, 1] } }, /malformed entry for "sg"/],
  ])('rejects %s', (_, topo, points, message) => {
    expect(() => buildWorldGeography(topo, points)).toThrow(GeographyError);
    expect(() => buildWorldGeography(topo, points)).toThrow(message);
  });
});

describe('layoutWorldMap', () => {
  it.each([360, 640, 1200])('fills %d px of width with a wide, not tall, map', (width) => {
    const layout = layoutWorldMap(geography, width);
    expect(layout.width).toBe(width);
    expect(layout.height / width).toBeGreaterThan(0.4);
    expect(layout.height / width).toBeLessThan(0.55);
    for (const shape of layout.shapes) {
      expect(shape.anchor[0]).toBeGreaterThanOrEqual(0);
      expect(shape.anchor[0]).toBeLessThanOrEqual(width);
      expect(shape.anchor[1]).toBeGreaterThanOrEqual(0);
      expect(shape.anchor[1]).toBeLessThanOrEqual(layout.height);
    }
  });

  it('places Japan east of China and north of Malaysia', () => {
    const layout = layoutWorldMap(geography, 640);
    const [jpn, chn, mys] = ['JPN', 'CHN', 'MYS'].map((code) => layout.shapeByCode.get(c(code))!.anchor);
    expect(jpn![0]).toBeGreaterThan(chn![0]);
    expect(jpn![1]).toBeLessThan(mys![1]);
  });
});

describe('drawParticipantMap: which countries become point symbols', () => {
  it('draws Singapore, missing from the 110m topology, as a point at its position', () => {
    const sgp = markOf(render(), 'SGP')!;
    expect(sgp.symbol).toBe('point');
    expect(sgp.d).toBeNull();
    expect(sgp.r).toBeGreaterThan(0);
  });

  it('draws large countries as areas', () => {
    const figure = render();
    for (const code of ['CHN', 'RUS', 'COD', 'JPN', 'MYS']) expect(markOf(figure, code)!.symbol).toBe('area');
  });

  it('draws a state too small for the scale as a point, and as an area when the map is large enough', () => {
    const small = markOf(render({ width: 640 }), 'ISR')!;
    expect(small.symbol).toBe('point');
    expect(small.d).not.toBeNull();
    const large = markOf(render({ width: 4000 }), 'ISR')!;
    expect(large.symbol).toBe('area');
    const layout = layoutWorldMap(geography, 640);
    expect(layout.shapeByCode.get(c('ISR'))!.area).toBeLessThan(MIN_VISIBLE_AREA);
  });

  it('lists codes that neither a shape nor a point places', () => {
    const figure = render({ tallies: [tally('JPN', 1), tally('XKX', 1)] });
    expect(figure.unplaced).toEqual(['XKX']);
    expect(figure.marks.map((mark) => mark.code)).toEqual(['JPN']);
  });
});

describe('drawParticipantMap: shading and encodings', () => {
  it('shades every participant and hatches the mentioned-only country', () => {
    const figure = render();
    expect(figure.marks.map((mark) => mark.code)).toEqual(['CHN', 'RUS', 'ISR', 'COD', 'MYS', 'SGP', 'JPN', 'AFG']);
    for (const mark of figure.marks.slice(0, 7)) {
      expect(mark.kind).toBe('participant');
      expect(LIGHT_MAP_PALETTE.shades).toContain(mark.fill);
      expect(mark.strokeDasharray).toBeNull();
    }
    const afg = markOf(figure, 'AFG')!;
    expect(afg.kind).toBe('mentioned');
    expect(afg.fill).toBe('url(#hatch)');
    expect(afg.strokeDasharray).not.toBeNull();
    expect(afg.label).toBe('Afghanistan: only mentioned, took part in no event, mentioned in 1 statement.');
  });

  it('gives more events a different shade and a legend class per range', () => {
    const figure = render({ tallies: [tally('CHN', 3), tally('JPN', 1), tally('RUS', 2)] });
    expect(figure.legend.shades.map((shade) => shade.label)).toEqual(['1', '2', '3']);
    const fills = ['JPN', 'RUS', 'CHN'].map((code) => markOf(figure, code)!.fill);
    expect(new Set(fills).size).toBe(3);
    expect(fills).toEqual(figure.legend.shades.map((shade) => shade.fill));
  });

  it('paints countries without data as plain land, below the shaded ones', () => {
    const figure = render();
    const france = figure.shapes.find((shape) => shape.code === 'FRA')!;
    expect(france.kind).toBe('none');
    expect(france.name).toBe('France');
    // The app's own names, not the atlas's abbreviations ("Dem. Rep. Congo").
    expect(figure.shapes.find((shape) => shape.code === 'CAF')!.name).toBe(countryName('CAF'));
    expect(figure.shapes.find((shape) => shape.code === null)!.name).not.toBe('');
    expect(france.fill).toBe(LIGHT_MAP_PALETTE.land);
    const kinds = figure.shapes.map((shape) => shape.kind);
    expect(kinds.lastIndexOf('none')).toBeLessThan(kinds.indexOf('participant'));
  });

  it('marks selected countries and keeps every other country on the map', () => {
    const figure = render({ selected: [c('JPN'), c('BRA')] });
    expect(markOf(figure, 'JPN')!.selected).toBe(true);
    expect(markOf(figure, 'CHN')!.selected).toBe(false);
    // A selected country without counts still gets a mark, so its ring shows and it can be unselected.
    expect(markOf(figure, 'BRA')).toMatchObject({ selected: true, kind: 'none' });
    expect(figure.marks).toHaveLength(9);
  });

  it('uses the dark palette when asked', () => {
    const figure = render({ palette: DARK_MAP_PALETTE });
    expect(DARK_MAP_PALETTE.shades).toContain(markOf(figure, 'JPN')!.fill);
    expect(figure.shapes.find((shape) => shape.code === 'FRA')!.fill).toBe(DARK_MAP_PALETTE.land);
  });

  it('has no marks and no classes when nothing matches', () => {
    const figure = render({ tallies: [] });
    expect(figure.marks).toEqual([]);
    expect(figure.legend.shades).toEqual([]);
    expect(figure.shapes.every((shape) => shape.kind === 'none')).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const tallies = [tally('JPN', 1), tally('CHN', 2)];
    const selected = [c('JPN')];
    const snapshot = JSON.stringify({ tallies, selected });
    render({ tallies, selected });
    expect(JSON.stringify({ tallies, selected })).toBe(snapshot);
  });
});
