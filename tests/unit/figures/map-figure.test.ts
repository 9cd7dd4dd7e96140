import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../src/domain/corpus/corpus-schema.ts';
import { countryName } from '../../../src/domain/corpus/countries.ts';
import type { CountryTally } from '../../../src/domain/engine/contract.ts';
import { composeFigure, figureBodyWidth } from '../../../src/figures/figure-frame.ts';
import { drawMapBody, mapFigureLegend, type MapFigureInput } from '../../../src/figures/map-figure.ts';
import { LIGHT_MAP_PALETTE } from '../../../src/figures/map-palette.ts';
import { buildWorldGeography } from '../../../src/figures/world-geography.ts';
import { findExternalReferences, parseSvg, visibleTexts } from '../../support/parse-svg.ts';
import { serializeSvgFragment } from '../../../src/figures/svg.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const geography = buildWorldGeography(
  readJson('../../../node_modules/world-atlas/countries-110m.json'),
  readJson('../../../public/data/country-points.json'),
);

const tally = (code: string, events: number, mentions = 0): CountryTally => ({ code: code as CountryCode, events, statements: events * 2, mentions });

const input: MapFigureInput = {
  geography,
  tallies: [tally('CHN', 3), tally('JPN', 1, 2), tally('SGP', 1), tally('AFG', 0, 1)],
  selected: ['JPN' as CountryCode],
  countryName,
};

const BODY = figureBodyWidth();

function draw(figureInput: MapFigureInput) {
  return parseSvg(
    composeFigure(
      { title: 'Participant map', subtitle: 'Japan · All themes', legend: mapFigureLegend(figureInput, BODY), sourceLine: 'src', synthetic: false },
      (box) => drawMapBody(figureInput, box),
    ),
  );
}

const titled = (document: Document, tag: string, start: string) =>
  Array.from(document.getElementsByTagName(tag)).filter((element) => element.getElementsByTagName('title')[0]?.textContent?.startsWith(start));

describe('the map figure', () => {
  it('paints countries as the live map does: shades for participants, a hatch for mentioned-only ones', () => {
    const document = draw(input);
    const china = titled(document, 'path', 'China')[0]!;
    const japan = titled(document, 'path', 'Japan')[0]!;
    const afghanistan = titled(document, 'path', 'Afghanistan')[0]!;
    const shades = LIGHT_MAP_PALETTE.shades;
    expect(shades).toContain(china.getAttribute('fill'));
    expect(shades).toContain(japan.getAttribute('fill'));
    expect(china.getAttribute('fill')).not.toBe(japan.getAttribute('fill'));
    expect(afghanistan.getAttribute('fill')).toBe('url(#map-hatch)');
    expect(afghanistan.getAttribute('stroke-dasharray')).toBe('2.5 1.5');
    expect(document.getElementById('map-hatch')?.localName).toBe('pattern');
    expect(titled(document, 'path', 'France')[0]!.getAttribute('fill')).toBe(LIGHT_MAP_PALETTE.land);
  });

  it('draws a state too small for the map as a point, and rings the selected country', () => {
    const document = draw(input);
    expect(titled(document, 'circle', 'Singapore')).toHaveLength(1);
    const rings = Array.from(document.getElementsByTagName('path')).filter((p) => p.getAttribute('fill') === 'none' && p.getAttribute('stroke') === LIGHT_MAP_PALETTE.selectedCasing);
    expect(rings).toHaveLength(1);
    expect(rings[0]!.getAttribute('d')).toBe(titled(document, 'path', 'Japan')[0]!.getAttribute('d'));
  });

  it('names every country with its counts, most events first, and keeps the file self-contained', () => {
    const document = draw(input);
    const texts = visibleTexts(document);
    const list = texts.filter((t) => /: (\d+ events?|only mentioned)/.test(t));
    expect(list).toEqual(['China: 3 events', 'Japan: 1 event, mentioned 2×', 'Singapore: 1 event', 'Afghanistan: only mentioned']);
    expect(findExternalReferences(document)).toEqual([]);
  });

  it('wraps a long country name instead of cutting it', () => {
    const document = draw({ ...input, tallies: [tally('COD', 1)], selected: [] });
    const entry = Array.from(document.getElementsByTagName('text')).find((text) => text.textContent?.startsWith('Democratic'))!;
    const lines = Array.from(entry.getElementsByTagName('tspan'), (tspan) => tspan.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Democratic Republic of the Congo: 1 event');
  });

  it('explains shades, hatch, points and selection in the legend', () => {
    expect(mapFigureLegend(input, BODY).map((entry) => entry.label)).toEqual([
      '1 event',
      '2 events',
      '3 events',
      'Only mentioned (hatched, dashed outline)',
      'Small state, drawn as a point',
      'Selected as a filter',
    ]);
    const unselected = { ...input, selected: [], tallies: [tally('CHN', 1)] };
    expect(mapFigureLegend(unselected, BODY).map((entry) => entry.label)).toEqual(['1 event', 'Only mentioned (hatched, dashed outline)']);
  });

  it('says so when no country matches', () => {
    const texts = visibleTexts(draw({ ...input, tallies: [], selected: [] }));
    expect(texts).toContain('No country matches these filters.');
  });

  it('lists a long tail as "and N more"', () => {
    const codes = ['CHN', 'JPN', 'RUS', 'IND', 'FRA', 'DEU', 'ITA', 'ESP', 'BRA', 'ARG', 'CHL', 'PER', 'MEX', 'CAN', 'USA', 'AUS', 'NZL', 'ZAF', 'EGY', 'NGA', 'KEN', 'ETH', 'TUR', 'IRN', 'PAK', 'KAZ', 'MNG', 'IDN', 'THA', 'VNM'];
    const texts = visibleTexts(draw({ ...input, tallies: codes.map((code) => tally(code, 1)), selected: [] }));
    const more = texts.find((t) => /^and \d+ more \(see the CSV\)$/.test(t));
    expect(more).toBeDefined();
    const listed = texts.filter((t) => /: 1 event$/.test(t)).length;
    expect(listed + Number(more!.split(' ')[1])).toBe(codes.length);
  });
});

describe('the map figure in a narrow body', () => {
  const listTitleY = (box: { width: number; height: number }) => {
    const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawMapBody(input, box))}</svg>`);
    const title = Array.from(document.getElementsByTagName('text')).find((text) => text.textContent === 'Countries, most events first')!;
    return { x: Number(title.getAttribute('x')), y: Number(title.getAttribute('y')) };
  };

  it('puts the country list under the map at phone width, and beside it at landscape width', () => {
    const phone = listTitleY({ width: 560, height: 700 });
    expect(phone.x).toBe(0);
    // Under a map the full 560 px wide (half as tall as wide, or so).
    expect(phone.y).toBeGreaterThan(250);
    const landscape = listTitleY({ width: 1120, height: 500 });
    expect(landscape.x).toBeGreaterThan(700);
    expect(landscape.y).toBeLessThan(40);
  });
});
