import { csvFormatValue } from 'd3-dsv';

/**
 * CSV as RFC 4180 describes it, for spreadsheet apps and scripts alike:
 * records end in CRLF, cells that need it are quoted (d3-dsv decides), and
 * the file starts with a UTF-8 byte-order mark so Excel reads non-Latin
 * text as UTF-8 instead of guessing a legacy code page.
 */
export const UTF8_BOM = '\uFEFF';
export const CSV_RECORD_END = '\r\n';

export type CsvCell = string | number | boolean | null | undefined;

// A spreadsheet treats a cell that starts with one of these as a formula
// (tab and CR because some apps strip them and then see the next character).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes text that a spreadsheet would run as a formula with an
 * apostrophe, so it shows as text. Numbers we wrote ourselves are left
 * alone: "-3" as a number is not an attack.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return neutraliseFormula(cell);
}

function formatRecord(cells: readonly CsvCell[]): string {
  // A record of one empty cell would be a blank line, which readers skip or
  // misread; quoting it keeps the record.
  if (cells.length === 1 && cellText(cells[0]) === '') return '""';
  return cells.map((cell) => csvFormatValue(cellText(cell))).join(',');
}

/**
 * A whole CSV file as a string: BOM, the header, then one record per row,
 * each ending in CRLF. With no rows the file is the header alone.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const records = [formatRecord(header)];
  for (const row of rows) records.push(formatRecord(row));
  return UTF8_BOM + records.join(CSV_RECORD_END) + CSV_RECORD_END;
}

export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvCell };

/** toCsv for typed rows described by columns, in column order. */
export function rowsToCsv<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const cells = function* () {
    for (const row of rows) yield columns.map((column) => column.value(row));
  };
  return toCsv(
    columns.map((column) => column.header),
    cells(),
  );
}
