import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ForumEvent } from '../../domain/corpus/corpus-schema.ts';
import { createEventCellReader, EVENT_COLUMN_NAMES, type EventCell } from '../../domain/events/event-cells.ts';
import { moveGridFocus, type GridPosition } from '../../domain/events/grid-keys.ts';
import type { EventFactKey } from '../../domain/view-state/event-fact.ts';
import { EVENT_SORT_COLUMNS, type EventSort, type EventSortColumn } from '../../domain/view-state/event-sort.ts';

const ROW_HEIGHT = 56;
/** The choose column, then one per sortable column. */
const COLUMN_COUNT = EVENT_SORT_COLUMNS.length + 1;

type EventGridProps = {
  events: readonly ForumEvent[];
  /** Indices into `events`, in table order. */
  rows: Uint32Array;
  sort: EventSort;
  /** A new order is being worked out; the rows keep the one `sort` names meanwhile. */
  busy?: boolean;
  chosen: ReadonlySet<string>;
  countryName: (code: string) => string;
  onSort: (column: EventSortColumn) => void;
  onChoose: (eventId: string) => void;
  onOpenFact: (eventId: string, fact: EventFactKey) => void;
};

const positionOf = (element: Element | null): GridPosition | null => {
  const pos = element?.closest<HTMLElement>('[data-pos]')?.dataset.pos;
  if (!pos) return null;
  const [row, col] = pos.split(':').map(Number) as [number, number];
  return { row, col };
};

function ValueCell({ cell, pos, tabIndex, onOpen }: { cell: EventCell; pos: string; tabIndex: number; onOpen: () => void }) {
  if (cell.fact === null || cell.text === '') {
    return (
      <div role="gridcell" className="event-grid__cell event-grid__cell--none" tabIndex={tabIndex} data-pos={pos}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not stated</span>
      </div>
    );
  }
  const reason = cell.inferred ? ` (inferred: ${cell.reasons.join(' ')})` : '';
  return (
    <div role="gridcell" className="event-grid__cell">
      <button type="button" className="event-grid__value" tabIndex={tabIndex} data-pos={pos} title={`${cell.text}${reason}`} onClick={onOpen}>
        <span className="event-grid__text">{cell.text}</span>
        {cell.inferred ? <span className="event-grid__inferred"> inferred</span> : null}
      </button>
    </div>
  );
}

/**
 * The events as a data grid (WAI-ARIA grid pattern), virtualised: one Tab
 * stop, arrows, Home/End, Ctrl+Home/End and Page keys move between cells.
 * The row holding focus is always rendered, so focus survives scrolling.
 * A header sorts by its column; "Choose" toggles the event filter; a value
 * opens the source reader on the words it was read from.
 */
export function EventGrid({ events, rows, sort, busy = false, chosen, countryName, onSort, onChoose, onOpenFact }: EventGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<GridPosition>({ row: -1, col: 1 });
  const [headerHeight, setHeaderHeight] = useState(0);
  const pendingFocus = useRef(false);
  const activeRow = Math.min(active.row, rows.length - 1);
  const activeCol = active.col;

  useLayoutEffect(() => {
    setHeaderHeight(headerRef.current?.offsetHeight ?? 0);
  }, []);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const visible = defaultRangeExtractor(range);
      if (activeRow < 0 || activeRow >= range.count || visible.includes(activeRow)) return visible;
      return [...visible, activeRow].sort((a, b) => a - b);
    },
    [activeRow],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin: headerHeight,
    getItemKey: (i) => rows[i]!,
    rangeExtractor,
  });

  // After a key moved the active cell, focus it once it is rendered.
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const target = gridRef.current?.querySelector<HTMLElement>(`[data-pos="${activeRow}:${activeCol}"]`);
    if (!target) {
      if (activeRow >= 0) virtualizer.scrollToIndex(activeRow, { align: 'auto' });
      return;
    }
    pendingFocus.current = false;
    target.focus();
  });

  const cellsOf = useMemo(() => createEventCellReader(events, countryName), [events, countryName]);

  const tabIndexOf = (row: number, col: number) => (row === activeRow && col === activeCol ? 0 : -1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = positionOf(event.target as Element) ?? { row: activeRow, col: activeCol };
    const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 5) - headerHeight) / ROW_HEIGHT) - 1);
    const next = moveGridFocus(from, event.key, event.ctrlKey || event.metaKey, { rows: rows.length, cols: COLUMN_COUNT, pageRows });
    if (next === null) return;
    event.preventDefault();
    pendingFocus.current = true;
    setActive(next);
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const at = positionOf(event.target);
    if (at && (at.row !== activeRow || at.col !== activeCol)) setActive(at);
  };

  const ariaSort = (column: EventSortColumn) => (sort.column !== column ? undefined : sort.direction === 'asc' ? 'ascending' : 'descending');

  return (
    <div ref={scrollRef} className="event-grid__scroll">
      <div
        ref={gridRef}
        role="grid"
        aria-label="Events"
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMN_COUNT}
        aria-multiselectable="true"
        aria-busy={busy}
        className="event-grid"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div role="rowgroup" ref={headerRef} className="event-grid__head">
          <div role="row" aria-rowindex={1} className="event-grid__row">
            <div role="columnheader" className="event-grid__cell event-grid__header" tabIndex={tabIndexOf(-1, 0)} data-pos="-1:0">
              Choose
            </div>
            {EVENT_SORT_COLUMNS.map((column, c) => (
              <div key={column} role="columnheader" aria-sort={ariaSort(column)} className="event-grid__cell event-grid__header">
                <button type="button" className="event-grid__sort" tabIndex={tabIndexOf(-1, c + 1)} data-pos={`-1:${c + 1}`} onClick={() => onSort(column)}>
                  {EVENT_COLUMN_NAMES[column]}
                  <span aria-hidden="true" className="event-grid__arrow">
                    {sort.column === column ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="event-grid__body" style={{ height: virtualizer.getTotalSize() - headerHeight }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = item.index;
            const event = events[rows[r]!]!;
            const cells = cellsOf(rows[r]!);
            const isChosen = chosen.has(event.id);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={r + 2}
                aria-selected={isChosen}
                className={`event-grid__row event-grid__row--body${isChosen ? ' event-grid__row--chosen' : ''}`}
                style={{ transform: `translateY(${item.start - headerHeight}px)`, height: ROW_HEIGHT }}
              >
                <div role="gridcell" className="event-grid__cell event-grid__cell--choose">
                  <button
                    type="button"
                    className="event-grid__choose"
                    aria-pressed={isChosen}
                    tabIndex={tabIndexOf(r, 0)}
                    data-pos={`${r}:0`}
                    onClick={() => onChoose(event.id)}
                  >
                    <span aria-hidden="true" className="event-grid__check">{isChosen ? '✓' : ''}</span>
                    Choose<span className="visually-hidden"> {event.title.value}</span>
                  </button>
                </div>
                {EVENT_SORT_COLUMNS.map((column, c) => (
                  <ValueCell
                    key={column}
                    cell={cells[column]}
                    pos={`${r}:${c + 1}`}
                    tabIndex={tabIndexOf(r, c + 1)}
                    onOpen={() => onOpenFact(event.id, cells[column].fact!)}
                  />
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
