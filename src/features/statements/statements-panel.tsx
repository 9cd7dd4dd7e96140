import { useId } from 'react';
import { Panel } from '../../components/panel.tsx';
import { EmptyState } from '../../components/panel-states.tsx';
import { useDashboard, WithTextsProgress } from '../../state/dashboard-context.tsx';
import { EMPTY_FILTERS, hasActiveFilters, type SortOrder } from '../../domain/view-state/filters.ts';
import { StatementFacets } from './statement-facets.tsx';
import { StatementList } from './statement-list.tsx';
import { StatementSearch } from './statement-search.tsx';
import { ExportMenu } from '../../components/export-menu.tsx';
import { TextsPendingState } from '../../components/texts-pending-state.tsx';
import { useStatementExportItems } from '../../state/export-items.tsx';
import './statements.css';
import { formatCount, plural } from '../../domain/format/format-count.ts';


function SortControl() {
  const { state, update } = useDashboard();
  const id = useId();
  return (
    <div className="statement-sort">
      <label htmlFor={id}>Sort by date</label>
      <select
        id={id}
        value={state.sort}
        onChange={(event) => {
          const sort = event.target.value as SortOrder;
          update((current) => ({ ...current, sort }));
        }}
      >
        <option value="date-asc">Oldest first</option>
        <option value="date-desc">Newest first</option>
      </select>
    </div>
  );
}

/** Every statement that matches the filters, searchable, faceted and sorted by date. */
export function StatementsPanel() {
  const { corpus, views, state, update, statementsLeftOut = 0, counts, textsPending = false } = useDashboard();
  const exportItems = useStatementExportItems();
  const rows = views.matchingStatements;
  const total = counts?.statements ?? corpus.statements.length;
  return (
    <Panel title="Statements" className="panel--statements" actions={
        <>
          <SortControl />
          {!textsPending ? (
            <ExportMenu label="Export statements" items={exportItems} />
          ) : (
            <button type="button" disabled title="The statements can be exported once their texts are in">
              Export statements (texts arriving)
            </button>
          )}
        </>
      }
    >
      <div className="statements">
        <StatementSearch />
        <p className="statements__count" role="status">
          {formatCount(rows.length)} of {formatCount(total)} statements
        </p>
        <div className="statements__layout">
          <StatementFacets />
          {/* The skip link's target, and where focus returns when the reader closes. */}
          <div className="statements__results" id="statements" tabIndex={-1}>
            {textsPending ? (
              <WithTextsProgress>{(texts) => <TextsPendingState what="statements" texts={texts} />}</WithTextsProgress>
            ) : total === 0 ? (
              statementsLeftOut > 0 ? (
                <EmptyState title="No statement could be opened.">
                  {plural(statementsLeftOut, 'statement')} in the file {statementsLeftOut === 1 ? 'was' : 'were'} left out
                  as unsound, and none was left: the notice above the dashboard says which and why.
                </EmptyState>
              ) : (
                <EmptyState title="This corpus holds no statements.">
                  Its documents were read, but no reported or quoted statement was found in them.
                </EmptyState>
              )
            ) : rows.length === 0 ? (
              <EmptyState title="No statement matches these filters.">
                <p>Remove a filter or change the search to see statements again.</p>
                {hasActiveFilters(state.filters) ? (
                  <button
                    type="button"
                    onClick={() => update((current) => ({ ...current, filters: { ...EMPTY_FILTERS } }))}
                  >
                    Clear all filters
                  </button>
                ) : null}
              </EmptyState>
            ) : (
              <StatementList rows={rows} />
            )}
          </div>
        </div>
      </div>
    </Panel>
  );
}
