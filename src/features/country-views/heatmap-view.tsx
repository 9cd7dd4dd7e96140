import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
  // The cells get one object whose methods never change, so a cell whose own
  // values did not change skips its render: the panel re-renders on every
  // filter (its callbacks are new each time) while its numbers follow later.
  const latest = useRef({ onCell, rows, columns });
  useLayoutEffect(() => {
    latest.current = { onCell, rows, columns };
  }, [onCell, rows, columns]);
  const handlers = useMemo<CellHandlers>(() => {
    const position = (index: number) => {
      const { columns } = latest.current;
      return [Math.floor(index / columns), index % columns] as const;
    };
    return {
      click: (index) => latest.current.onCell(...position(index)),
      keyDown: (event, index) => {
        const { onCell, rows, columns } = latest.current;
        const [row, column] = position(index);
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
        const target = next[0] * columns + next[1];
        setActive(target);
        elements.current.get(target)?.focus();
      },
      focus: (index) => setActive(index),
      element: (index, element) => {
        if (element) elements.current.set(index, element);
        else elements.current.delete(index);
      },
    };
  }, []);
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
        {layout.cells.map((cell) => {
          const index = cell.row * columns + cell.column;
          return (
            <HeatmapCellView
              // Positional keys on purpose: keyed by country and theme, a
              // filter that reorders the rows moved ~1 800 nodes, dropped the
              // focused cell and made screen readers re-read the grid.
              key={index}
              index={index}
              x={cell.x}
              y={cell.y}
              width={layout.cellWidth}
              height={layout.cell}
              font={font}
              text={cell.text}
              tone={cell.tone}
              selected={cell.selected}
              name={cellName(cell.row, cell.column, cell.value)}
              rowKey={input.rows[cell.row]!.key}
              columnKey={input.columns[cell.column]!.key}
              tabStop={index === tabStop}
              handlers={handlers}
            />
          );
        })}
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

type CellHandlers = {
  click: (index: number) => void;
  keyDown: (event: KeyboardEvent<SVGGElement>, index: number) => void;
  focus: (index: number) => void;
  element: (index: number, element: SVGGElement | null) => void;
};

type HeatmapCellProps = {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  font: number;
  text: string | null;
  tone: number;
  selected: boolean;
  name: string;
  rowKey: string;
  columnKey: string;
  tabStop: boolean;
  handlers: CellHandlers;
};

/** One cell, placed by a translate so that its own shapes keep their attributes when the grid moves. */
const HeatmapCellView = memo(function HeatmapCellView({
  index, x, y, width, height, font, text, tone, selected, name, rowKey, columnKey, tabStop, handlers,
}: HeatmapCellProps) {
  return (
    <g
      ref={(element) => handlers.element(index, element)}
      transform={`translate(${x} ${y})`}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={name}
      aria-pressed={selected}
      className={`heatmap__cell ${TONE_CLASS(tone)}${selected ? ' heatmap__cell--selected' : ''}`}
      data-row={rowKey}
      data-column={columnKey}
      onClick={() => handlers.click(index)}
      onKeyDown={(event) => handlers.keyDown(event, index)}
      onFocus={() => handlers.focus(index)}
    >
      <title>{name}</title>
      <rect width={width} height={height} />
      {text !== null ? (
        <text x={width / 2} y={height / 2 + font * 0.35} fontSize={font} textAnchor="middle">
          {text}
        </text>
      ) : null}
      {selected ? <rect className="heatmap__outline" x={1.5} y={1.5} width={width - 3} height={height - 3} /> : null}
    </g>
  );
});
