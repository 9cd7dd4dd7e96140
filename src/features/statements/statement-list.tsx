import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useDashboard } from '../../state/dashboard-context.tsx';
import { parseSearchQuery } from '../../domain/view-state/search.ts';
import { StatementRow } from './statement-row.tsx';

const ESTIMATED_ROW_HEIGHT = 168;

/**
 * The matching statements, virtualised: only the rows in view (and a few
 * around them) are in the DOM, so 100 000 matches scroll as smoothly as 10.
 * The row holding keyboard focus is always kept rendered, so focus is never
 * lost by scrolling it out of view.
 */
export function StatementList({ rows }: { rows: Uint32Array }) {
  const { corpus, outline, state, update, labels } = useDashboard();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const searchWords = useMemo(() => parseSearchQuery(state.filters.search), [state.filters.search]);
  const documents = useMemo(() => new Map(corpus.documents.map((d) => [d.id, d])), [corpus]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const visible = defaultRangeExtractor(range);
      if (focusedIndex === null || focusedIndex >= range.count || visible.includes(focusedIndex)) return visible;
      return [...visible, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 3,
    // The statement's place in the corpus: as unique as its id, without a lookup per row of 100 000.
    getItemKey: (i) => rows[i]!,
    rangeExtractor,
  });

  // A new result set starts at its top, unless the open statement is in it;
  // opening a statement (also from a link or back/forward) brings it into view.
  const resultsKey = JSON.stringify([state.filters, state.sort]);
  const selectedId = state.statement;
  const scrollToSelected = useEffectEvent((): boolean => {
    if (selectedId === null) return false;
    const position = rows.findIndex((i) => corpus.statements[i]!.id === selectedId);
    if (position < 0) return false;
    virtualizer.scrollToIndex(position, { align: 'auto' });
    return true;
  });
  const showNewResults = useEffectEvent(() => {
    if (scrollToSelected()) return;
    // Scrolling measures the list (a forced layout before the new rows are
    // drawn): skip it when the list is already at its top.
    if ((virtualizer.scrollOffset ?? 0) !== 0) virtualizer.scrollToOffset(0);
  });
  useEffect(() => {
    showNewResults();
  }, [resultsKey]);
  useEffect(() => {
    scrollToSelected();
  }, [selectedId]);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    setFocusedIndex(row ? Number(row.dataset.index) : null);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedIndex(null);
  };

  return (
    <div ref={scrollRef} className="statement-list" onFocus={onFocus} onBlur={onBlur}>
      <div role="list" aria-label="Matching statements" className="statement-list__rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const statement = corpus.statements[rows[item.index]!]!;
          const eventIndex = outline.eventIndexById.get(statement.eventId);
          return (
            <StatementRow
              key={item.key}
              measureRef={virtualizer.measureElement}
              statement={statement}
              event={eventIndex === undefined ? undefined : corpus.events[eventIndex]}
              document={documents.get(statement.documentId)}
              labels={labels}
              searchWords={searchWords}
              position={item.index + 1}
              total={rows.length}
              selected={statement.id === selectedId}
              start={item.start}
              onRead={() => update((current) => ({ ...current, statement: statement.id }))}
            />
          );
        })}
      </div>
    </div>
  );
}
