import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { Panel } from '../../components/panel.tsx';
import { EmptyState, LoadingState } from '../../components/panel-states.tsx';
import { TextsPendingState } from '../../components/texts-pending-state.tsx';
import { ExportMenu } from '../../components/export-menu.tsx';
import { useDashboard, WithTextsProgress } from '../../state/dashboard-context.tsx';
import { useEventExportItems } from '../../state/event-export-items.ts';
import { describeIgnoredFilters } from '../../domain/engine/ignored-filters.ts';
import { describeEventSort, describeEventTable } from '../../domain/events/event-table-summary.ts';
import { nextEventSort, type EventSort, type EventSortColumn } from '../../domain/view-state/event-sort.ts';
import { hasActiveFilters, toggleValue, withoutFacets } from '../../domain/view-state/filters.ts';
import type { EventFactKey } from '../../domain/view-state/event-fact.ts';
import { useColumnOrders } from './use-column-orders.ts';
import './event-table.css';

// The grid and its virtualiser load after the page is up.
const EventGrid = lazy(() => import('./event-grid.tsx').then((module) => ({ default: module.EventGrid })));

/** Every event matching the filters but the event filter: sortable, and choosing one filters the dashboard. */
export function EventTablePanel() {
  const { corpus, eventList, state, update, labels, textsPending = false } = useDashboard();
  const exportItems = useEventExportItems();
  const { eventSort } = state;
  // Listed after the page has answered the click (the table is below the first screen); until then the last rows stay, marked as updating.
  const filters = useDeferredValue(state.filters);
  const updating = filters !== state.filters;
  // Until the sort asked for is ready (its order is worked out in a worker),
  // the table keeps the last order it showed and says it is sorting.
  const ready = useColumnOrders(eventList, eventSort.column, !textsPending);
  const [last, setLast] = useState<{ eventList: typeof eventList; sort: EventSort } | null>(null);
  if (ready && (last?.sort !== eventSort || last.eventList !== eventList)) setLast({ eventList, sort: eventSort });
  const shownSort = ready ? eventSort : last?.eventList === eventList ? last.sort : null;
  const rows = useMemo(() => (shownSort === null ? null : eventList.listEvents({ filters, sort: shownSort })), [eventList, filters, shownSort]);
  // The event just chosen shows as chosen at once.
  const chosen = useMemo(() => new Set(state.filters.events), [state.filters.events]);
  const summary = describeEventTable({
    shown: rows?.length ?? 0,
    total: corpus.events.length,
    sort: shownSort ?? eventSort,
    filtered: hasActiveFilters(withoutFacets(filters, ['events'])),
    chosen: state.filters.events.map(labels.event),
  });
  const ignored = describeIgnoredFilters('eventTable', filters);

  const onSort = (column: EventSortColumn) => update((current) => ({ ...current, eventSort: nextEventSort(current.eventSort, column) }));
  const onChoose = (id: string) =>
    update((current) => ({ ...current, filters: { ...current.filters, events: toggleValue(current.filters.events, id) } }));
  const onOpenFact = (id: string, key: EventFactKey) => update((current) => ({ ...current, statement: null, fact: { event: id, key } }));

  return (
    <Panel
      title="Events"
      className="panel--events"
      id="events-table"
      actions={!textsPending ? <ExportMenu label="Export events" items={exportItems} /> : null}
    >
      {!textsPending ? (
        <>
          <p className="event-table__summary" aria-live="polite">
            {summary}
            {ignored !== null ? <span className="view-ignores"> {ignored}</span> : null}
            {updating ? <span className="event-table__updating"> Updating…</span> : null}
          </p>
          <p className="event-table__sorting" role="status">
            {ready ? '' : `Sorting by ${describeEventSort(eventSort)}…`}
          </p>
        </>
      ) : null}
      {textsPending ? (
        // Its records are only cheaply checked until the full read is in.
        <WithTextsProgress>{(texts) => <TextsPendingState what="events table" texts={texts} />}</WithTextsProgress>
      ) : corpus.events.length === 0 ? (
        <EmptyState title="This corpus has no events." />
      ) : rows === null || shownSort === null ? (
        <LoadingState label="Sorting the events…" />
      ) : rows.length === 0 ? (
        <EmptyState title="No event matches the other filters.">
          <p>The table ignores the event filter, so only the country, theme, date, speaker and search filters can empty it.</p>
          <button type="button" onClick={() => update((current) => ({ ...current, filters: { ...current.filters, ...withoutFacets(current.filters, ['countries', 'themes', 'dates', 'speakers', 'search']) } }))}>
            Clear those filters
          </button>
        </EmptyState>
      ) : (
        <Suspense fallback={<LoadingState label="Loading the events table…" />}>
          <p className="event-table__hint">
            Sort by a column’s header; <strong>Choose</strong> filters the dashboard to that event; a value opens the source at the words it was read from.
          </p>
          <EventGrid
            events={corpus.events}
            rows={rows}
            sort={shownSort}
            busy={!ready}
            chosen={chosen}
            countryName={labels.country}
            onSort={onSort}
            onChoose={onChoose}
            onOpenFact={onOpenFact}
          />
        </Suspense>
      )}
    </Panel>
  );
}
