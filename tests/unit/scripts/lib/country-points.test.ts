import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCountryPointsText, COUNTRY_POINTS_PATH } from '../../../../scripts/lib/country-points.ts';

describe('public/data/country-points.json', () => {
  const committed = readFileSync(COUNTRY_POINTS_PATH, 'utf8');

  it('is current with the installed world-atlas and world-countries (run scripts/write-country-points.ts)', () => {
    expect(committed).toBe(buildCountryPointsText());
  });

  it('places the small states the 110m topology lacks, and only those', () => {
    const { points } = JSON.parse(committed) as { points: Record<string, [number, number]> };
    expect(points.SGP).toEqual([103.8, 1.37]);
    expect(Object.keys(points)).toEqual(expect.arrayContaining(['MLT', 'BHR', 'HKG', 'MDV']));
    expect(points.JPN).toBeUndefined();
    expect(points.MYS).toBeUndefined();
    for (const [lon, lat] of Object.values(points)) {
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });
});
