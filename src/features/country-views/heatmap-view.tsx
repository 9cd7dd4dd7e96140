import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
 * colours come from CSS (light and dark); every cell writes its number and
 * names itself (tooltip and accessible name). A click, Enter or Space on a
 * cell filters; the grid is one Tab stop and arrow keys move within it.
 */
export function HeatmapView({ input, label, describedBy, cellName, onCell }: HeatmapViewProps) {
  const layout = useMemo(() => layoutHeatmap(input, 0), [input]);
  const font = cellFontSize(layout.cell);
  const rows = input.rows.length;
  const columns = input.columns.length;
  // One tab stop for the whole grid (a roving tabindex); arrows move within it.
  const [active, setActive] = useState<number>(0);
  const elements = useRef(new Map<number, SVGGElement>());
  const tabStop = active < rows * columns ? active : 0;
  const moveTo = (index: number) => {
    setActive(index);
    elements.current.get(index)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, row: number, column: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onCell(row, column);
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, row - 1), column],
      ArrowDown: [Math.min(rows - 1, row + 1), column],
      ArrowLeft: [row, Math.max(0, column - 1)],
      ArrowRight: [row, Math.min(columns - 1, column + 1)],
      Home: [row, 0],
      End: [row, columns - 1],
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    moveTo(next[0] * columns + next[1]);
  };
  return (
    <div className="heatmap-scroll">
      <svg
        className="heatmap"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={`${label}. Arrow keys move between cells; Enter or Space toggles a cell’s filters.`}
        aria-describedby={describedBy}
      >
        {layout.cells.map((cell) => (
          <g
            key={`${cell.row}-${cell.column}`}
            ref={(element) => {
              const index = cell.row * columns + cell.column;
              if (element) elements.current.set(index, element);
              else elements.current.delete(index);
            }}
            role="button"
            tabIndex={cell.row * columns + cell.column === tabStop ? 0 : -1}
            aria-label={cellName(cell.row, cell.column, cell.value)}
            aria-pressed={cell.selected}
            className={`heatmap__cell ${TONE_CLASS(cell.tone)}${cell.selected ? ' heatmap__cell--selected' : ''}`}
            data-row={input.rows[cell.row]!.key}
            data-column={input.columns[cell.column]!.key}
            onClick={() => onCell(cell.row, cell.column)}
            onKeyDown={(event) => onKeyDown(event, cell.row, cell.column)}
            onFocus={() => setActive(cell.row * columns + cell.column)}
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
        <g aria-hidden="true">
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
        </g>
      </svg>
    </div>
  );
}
