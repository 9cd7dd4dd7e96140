import type { CountryCode } from '../corpus/corpus-schema.ts';
import { UNTHEMED, type ThemeCountryCounts } from '../engine/contract.ts';
import { plural } from '../format/format-count.ts';

/** At most this many countries across the theme × country heatmap. */
export const THEME_COUNTRY_COLUMNS = 20;

export type ThemeCountryGrid = {
  /** Theme ids in the taxonomy's order, then any the taxonomy lacks, UNTHEMED last. */
  themes: string[];
  /** The countries with most statements (selected ones always included), most first. */
  countries: CountryCode[];
  /** Row-major themes × countries. */
  values: number[];
};

/** What the theme × country heatmap draws, from the engine's full counts. */
export function selectThemeCountryGrid(
  counts: ThemeCountryCounts,
  selected: readonly string[],
  themeOrder: readonly string[],
  maxColumns = THEME_COUNTRY_COLUMNS,
): ThemeCountryGrid {
  const chosen = new Set<string>();
  for (const { code } of counts.countries) if (selected.includes(code) && chosen.size < maxColumns) chosen.add(code);
  for (const { code } of counts.countries) {
    if (chosen.size >= maxColumns) break;
    chosen.add(code);
  }
  const columns = counts.countries.map((c, i) => ({ code: c.code, i })).filter(({ code }) => chosen.has(code));
  const rank = (id: string) => (id === UNTHEMED ? Infinity : themeOrder.includes(id) ? themeOrder.indexOf(id) : themeOrder.length);
  const rows = counts.themes.map((id, i) => ({ id, i })).sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
  const width = counts.countries.length;
  return {
    themes: rows.map((row) => row.id),
    countries: columns.map((column) => column.code),
    values: rows.flatMap((row) => columns.map((column) => counts.counts[row.i * width + column.i]!)),
  };
}

export function themeCountryFigureTitle(includeMentions: boolean): string {
  return includeMentions ? 'Themes by country: statements per theme, by participants and mentions' : 'Themes by country: statements per theme, by participating country';
}

/**
 * One sentence, e.g. "Drug trafficking was raised most with China: 1,204
 * statements at events China took part in; 11 themes across the 20 countries
 * with most statements."
 */
export function describeThemeCountries(
  grid: ThemeCountryGrid,
  counts: ThemeCountryCounts,
  labels: { country: (code: string) => string; theme: (id: string) => string },
  includeMentions: boolean,
): string {
  if (grid.countries.length === 0) return 'No statement matching the filters has a participating or mentioned country.';
  let best = { value: -1, t: 0, c: 0 };
  grid.values.forEach((value, i) => {
    if (value > best.value) best = { value, t: Math.floor(i / grid.countries.length), c: i % grid.countries.length };
  });
  const theme = labels.theme(grid.themes[best.t]!);
  const country = labels.country(grid.countries[best.c]!);
  const where = includeMentions ? `at events ${country} took part in or mentioning it` : `at events ${country} took part in`;
  const scope =
    grid.countries.length < counts.countries.length
      ? `the ${grid.countries.length} countries with most statements (of ${counts.countries.length})`
      : `${grid.countries.length === 1 ? 'the one country' : `all ${grid.countries.length} countries`}`;
  return `${grid.themes.length === 1 ? 'One theme' : `${grid.themes.length} themes`} across ${scope}; the largest cell is ${theme} with ${country}: ${plural(best.value, 'statement', 'statements')} ${where}.`;
}
