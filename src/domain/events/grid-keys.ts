/**
 * Where a key moves focus in a data grid (the WAI-ARIA grid pattern): the
 * arrows by one cell, Home/End to the row's first or last cell (with Ctrl,
 * the grid's), Page Up/Down by a page of rows. Row -1 is the header row.
 * null: the key does not move focus (let it do what it does).
 */
export type GridPosition = { row: number; col: number };
export type GridSize = { rows: number; cols: number; pageRows: number };

export function moveGridFocus(at: GridPosition, key: string, ctrl: boolean, size: GridSize): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const clampRow = (row: number) => Math.max(-1, Math.min(lastRow, row));
  switch (key) {
    case 'ArrowRight':
      return { row: at.row, col: Math.min(lastCol, at.col + 1) };
    case 'ArrowLeft':
      return { row: at.row, col: Math.max(0, at.col - 1) };
    case 'ArrowDown':
      return { row: clampRow(at.row + 1), col: at.col };
    case 'ArrowUp':
      return { row: clampRow(at.row - 1), col: at.col };
    case 'Home':
      return ctrl ? { row: size.rows > 0 ? 0 : -1, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    case 'PageDown':
      return { row: clampRow(at.row + size.pageRows), col: at.col };
    case 'PageUp':
      // From the header there is nowhere up to go; from a row, not past the first.
      return at.row < 0 ? at : { row: Math.max(0, at.row - size.pageRows), col: at.col };
    default:
      return null;
  }
}
