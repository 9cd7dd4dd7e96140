import { useMemo } from 'react';
import { cellFontSize, HEATMAP_FONT_SIZE, layoutHeatmap, type HeatmapInput } from '../../figures/heatmap-figure.ts';

type HeatmapViewProps = {
  input: HeatmapInput;
  /** The figure's accessible name. */
  label: string;
  describedBy?: string;
  /** A cell's name for its tooltip, e.g. "India and Russia: 812 events together". */
  cellName: (row: number, column: number, value: number) => string;
  onCell: (row: number, column: number) => void;
};

const TONE_CLASS = (tone: number) => (tone < 0 ? 'heat-diagonal' : `heat-${tone}`);

/**
 * The live heatmap: the layout the exported figure uses (heatmap-figure.ts),
 * drawn at a fixed cell size that scrolls sideways on a narrow screen. Its
 * colours come from CSS (light and dark); every cell writes its number when
 * it fits and names itself in a tooltip. A click on a cell filters; from
 * the keyboard the data table beside it does the same.
 */
export function HeatmapView({ input, label, describedBy, cellName, onCell }: HeatmapViewProps) {
  const layout = useMemo(() => layoutHeatmap(input, 0), [input]);
  const font = cellFontSize(layout.cell);
  return (
    <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={`${label} (scrolls sideways)`}>
      <svg
        className="heatmap"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
      >
        {layout.cells.map((cell) => (
          <g
            key={`${cell.row}-${cell.column}`}
            className={`heatmap__cell ${TONE_CLASS(cell.tone)}${cell.selected ? ' heatmap__cell--selected' : ''}`}
            data-row={input.rows[cell.row]!.key}
            data-column={input.columns[cell.column]!.key}
            onClick={() => onCell(cell.row, cell.column)}
          >
            <title>{cellName(cell.row, cell.column, cell.value)}</title>
            <rect x={cell.x} y={cell.y} width={layout.cellWidth} height={layout.cell} />
            {cell.text !== null ? (
              <text x={cell.x + layout.cellWidth / 2} y={cell.y + layout.cell / 2 + font * 0.35} fontSize={font} textAnchor="middle">
                {cell.text}
              </text>
            ) : null}
            {cell.selected ? (
              <rect className="heatmap__outline" x={cell.x + 1.5} y={cell.y + 1.5} width={layout.cellWidth - 3} height={layout.cell - 3} />
            ) : null}
          </g>
        ))}
        {layout.rowLabels.map((row, i) => (
          <text
            key={`r${i}`}
            className={row.selected ? 'heatmap__label heatmap__label--selected' : 'heatmap__label'}
            x={layout.rowLabelWidth - 6}
            y={row.y + HEATMAP_FONT_SIZE * 0.35}
            fontSize={HEATMAP_FONT_SIZE}
            textAnchor="end"
          >
            {row.label}
          </text>
        ))}
        {layout.columnLabels.map((column, i) => (
          <text
            key={`c${i}`}
            className={column.selected ? 'heatmap__label heatmap__label--selected' : 'heatmap__label'}
            transform={`translate(${column.x + HEATMAP_FONT_SIZE * 0.35} ${layout.columnLabelHeight - 6}) rotate(-90)`}
            fontSize={HEATMAP_FONT_SIZE}
          >
            {column.label}
          </text>
        ))}
      </svg>
    </div>
  );
}
