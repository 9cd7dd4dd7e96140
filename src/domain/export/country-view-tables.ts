import type { Labels } from '../corpus/labels.ts';
import type { CountryMatrix } from '../co-participation/matrix-order.ts';
import type { PartnerRow } from '../co-participation/partners.ts';
import type { ThemeCountryGrid } from '../co-participation/theme-country-grid.ts';
import { provenanceColumns, type Provenance } from './chart-tables.ts';
import { rowsToCsv } from './csv.ts';

/*
 * The numbers the two country views draw, as CSV (long format, one row per
 * cell or partner, in the order drawn), with the corpus version and the
 * synthetic label on every row like the other figures' tables.
 */

type MatrixCell = { row: number; column: number; count: number };

/** One row per cell of the matrix as drawn: rows and columns in the figure's order. */
export function coParticipationMatrixToCsv(matrix: CountryMatrix, labels: Pick<Labels, 'country'>, context: Provenance): string {
  const n = matrix.countries.length;
  const cells: MatrixCell[] = [];
  for (let row = 0; row < n; row += 1) for (let column = 0; column < n; column += 1) cells.push({ row, column, count: matrix.counts[row * n + column]! });
  const code = (i: number) => matrix.countries[i]!;
  return rowsToCsv<MatrixCell>(
    [
      { header: 'row_position', value: (c) => c.row + 1 },
      { header: 'country_code', value: (c) => code(c.row) },
      { header: 'country', value: (c) => labels.country(code(c.row)) },
      { header: 'column_position', value: (c) => c.column + 1 },
      { header: 'with_country_code', value: (c) => code(c.column) },
      { header: 'with_country', value: (c) => labels.country(code(c.column)) },
      { header: 'events_together', value: (c) => c.count },
      ...provenanceColumns<MatrixCell>(context),
    ],
    cells,
  );
}

/** The partners of the picked countries, ranked, with the share of the picked countries' events. */
export function partnersToCsv(rows: readonly PartnerRow[], picked: readonly string[], labels: Pick<Labels, 'country'>, context: Provenance): string {
  const perPicked = picked.length > 1
    ? picked.flatMap((code, i) => [
        { header: `events_with_${code}`, value: (r: PartnerRow) => r.byPicked[i]!.events },
        { header: `share_of_${code}_events_percent`, value: (r: PartnerRow) => r.byPicked[i]!.share.toFixed(1) },
      ])
    : [];
  return rowsToCsv<PartnerRow>(
    [
      { header: 'rank', value: (r) => rows.indexOf(r) + 1 },
      { header: 'country_code', value: (r) => r.code },
      { header: 'country', value: (r) => r.name },
      { header: 'picked', value: () => picked.map((code) => labels.country(code)).join('; ') },
      { header: 'shared_events', value: (r) => r.events },
      { header: 'share_of_picked_events_percent', value: (r) => r.share.toFixed(1) },
      ...perPicked,
      ...provenanceColumns<PartnerRow>(context),
    ],
    rows,
  );
}

type GridCell = { theme: string; country: string; count: number };

/** One row per (theme, country) cell of the heatmap as drawn. */
export function themeCountryGridToCsv(grid: ThemeCountryGrid, labels: Pick<Labels, 'country' | 'theme'>, includeMentions: boolean, context: Provenance): string {
  const cells: GridCell[] = [];
  grid.themes.forEach((theme, t) =>
    grid.countries.forEach((country, c) => cells.push({ theme, country, count: grid.values[t * grid.countries.length + c]! })),
  );
  return rowsToCsv<GridCell>(
    [
      { header: 'theme_id', value: (c) => c.theme },
      { header: 'theme', value: (c) => labels.theme(c.theme) },
      { header: 'country_code', value: (c) => c.country },
      { header: 'country', value: (c) => labels.country(c.country) },
      { header: 'statements', value: (c) => c.count },
      { header: 'counted_by', value: () => (includeMentions ? 'participants and mentions' : 'participants') },
      ...provenanceColumns<GridCell>(context),
    ],
    cells,
  );
}
