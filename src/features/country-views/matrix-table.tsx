import type { HeatmapInput } from '../../figures/heatmap-figure.ts';
import { formatCount } from '../../domain/format/format-count.ts';

type MatrixTableProps = {
  input: HeatmapInput;
  caption: string;
  /** The row's button: toggles what the row stands for as a filter. */
  onRow: (row: number) => void;
};

/** A heatmap's data as a table: every cell's number, row and column named. */
export function MatrixTable({ input, caption, onRow }: MatrixTableProps) {
  const width = input.columns.length;
  return (
    <div className="matrix-table" tabIndex={0} role="region" aria-label={`${caption} (table, scrolls sideways)`}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {input.columns.map((column) => (
              <th key={column.key} scope="col" className="number">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {input.rows.map((row, r) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">
                <button type="button" aria-pressed={Boolean(row.selected)} onClick={() => onRow(r)}>
                  {row.label}
                </button>
              </th>
              {input.columns.map((column, c) => (
                <td key={column.key} className="number">
                  {formatCount(input.values[r * width + c] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
