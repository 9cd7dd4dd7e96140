import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGazetteer, buildGazetteerText, GAZETTEER_PATH, GAZETTEER_SOURCES_PATH } from '../../../../scripts/lib/gazetteer.ts';
import { PROJECT_ROOT } from '../../domain/extract/helpers.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function withSources(edit: (sources: { cities: Array<{ name: string; country: string; aliases: string[] }> }) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'forum-atlas-gazetteer-'));
  roots.push(root);
  mkdirSync(join(root, 'data'));
  const sources = JSON.parse(readFileSync(join(PROJECT_ROOT, GAZETTEER_SOURCES_PATH), 'utf8')) as Parameters<typeof edit>[0];
  edit(sources);
  writeFileSync(join(root, GAZETTEER_SOURCES_PATH), JSON.stringify(sources));
  return root;
}

describe('the gazetteer', () => {
  it('is committed exactly as the sources give it', () => {
    expect(readFileSync(join(PROJECT_ROOT, GAZETTEER_PATH), 'utf8')).toBe(buildGazetteerText(PROJECT_ROOT));
  });

  it('maps capitals, former names and listed cities to one country each', () => {
    const byName = new Map(buildGazetteer(PROJECT_ROOT).entries.map((e) => [e.name, e]));
    expect(byName.get('Bishkek')).toEqual({ name: 'Bishkek', country: 'KGZ', kind: 'capital' });
    expect(byName.get('Nur-Sultan')?.country).toBe('KAZ');
    expect(byName.get('St Petersburg')).toEqual({ name: 'St Petersburg', country: 'RUS', kind: 'city' });
    expect(byName.has('Kingston')).toBe(true);
  });

  it('refuses a city the package does not place in the stated country', () => {
    const root = withSources((s) => s.cities.push({ name: 'Samarkand', country: 'KAZ', aliases: [] }));
    expect(() => buildGazetteer(root)).toThrow(/Samarkand: cities\.json has no city of this name in KAZ/);
  });

  it('refuses a name that would map to two countries', () => {
    const root = withSources((s) => s.cities.push({ name: 'Kazan', country: 'TUR', aliases: ['Almaty'] }));
    expect(() => buildGazetteer(root)).toThrow(/Almaty would name KAZ and TUR/);
  });
});
