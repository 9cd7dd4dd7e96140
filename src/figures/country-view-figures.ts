import type { CoParticipation, ThemeCountryCounts } from '../domain/engine/contract.ts';
import { orderMatrix, type MatrixOrder } from '../domain/co-participation/matrix-order.ts';
import { selectThemeCountryGrid } from '../domain/co-participation/theme-country-grid.ts';
import type { HeatmapInput } from './heatmap-figure.ts';

/*
 * The two country views as heatmap input, for the live panels and the
 * exported figures alike, so the export cannot disagree with the screen.
 */

/** The co-participation matrix in `order`, picked countries marked. */
export function coParticipationHeatmap(result: CoParticipation, order: MatrixOrder, countryName: (code: string) => string): HeatmapInput {
  const picked = new Set<string>(result.picked.map((p) => p.code));
  const matrix = orderMatrix(result.matrix, order);
  const axis = matrix.countries.map((code) => ({ key: code, label: countryName(code), selected: picked.has(code) }));
  return { rows: axis, columns: axis, values: matrix.counts, diagonal: true };
}

/** Themes down, the busiest countries across (selected ones marked). */
export function themeCountryHeatmap(
  counts: ThemeCountryCounts,
  selection: { countries: readonly string[]; themes: readonly string[] },
  themeOrder: readonly string[],
  labels: { country: (code: string) => string; theme: (id: string) => string },
): HeatmapInput {
  const grid = selectThemeCountryGrid(counts, selection.countries, themeOrder);
  const countries = new Set(selection.countries);
  const themes = new Set(selection.themes);
  return {
    rows: grid.themes.map((id) => ({ key: id, label: labels.theme(id), selected: themes.has(id) })),
    columns: grid.countries.map((code) => ({ key: code, label: labels.country(code), selected: countries.has(code) })),
    values: grid.values,
  };
}
