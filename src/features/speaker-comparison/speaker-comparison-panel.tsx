import { lazy, Suspense, useId, useMemo } from 'react';
import { Panel } from '../../components/panel.tsx';
import { EmptyState, LoadingState } from '../../components/panel-states.tsx';
import { ExportMenu } from '../../components/export-menu.tsx';
import { useDashboard } from '../../state/dashboard-context.tsx';
import { compareDirectoryOf, computeSpeakerComparison } from '../../state/speaker-comparison.ts';
import { useSpeakerExportItems } from '../../state/speaker-export-items.ts';
import { resolveCompareTargets } from '../../domain/speakers/compare-targets.ts';
import { describeIgnoredFilters } from '../../domain/engine/ignored-filters.ts';
import { toggleValue } from '../../domain/view-state/filters.ts';
import { MAX_COMPARED } from '../../domain/view-state/compare-keys.ts';
import { SpeakerPicker } from './speaker-picker.tsx';
import type { OpenBar } from './comparison-chart.tsx';
import './speaker-comparison.css';

const ComparisonChart = lazy(() => import('./comparison-chart.tsx').then((module) => ({ default: module.ComparisonChart })));
const ComparisonTable = lazy(() => import('./comparison-table.tsx').then((module) => ({ default: module.ComparisonTable })));

/** Two to four speakers or roles, their statements per theme side by side; a bar filters the list to its statements. */
export function SpeakerComparisonPanel() {
  const dashboard = useDashboard();
  const { corpus, state, update } = dashboard;
  const exportItems = useSpeakerExportItems();
  const summaryId = useId();
  const directory = compareDirectoryOf(corpus);
  const { targets } = resolveCompareTargets(state.compare, directory);
  const { speakerComparison, labels } = dashboard;
  const model = useMemo(
    () => computeSpeakerComparison({ corpus, speakerComparison, state, labels }),
    [corpus, speakerComparison, state, labels],
  );
  const showTable = state.tables.includes('speakers');
  const ignored = describeIgnoredFilters('speakerComparison', state.filters);

  const add = (key: string) =>
    update((current) => (current.compare.includes(key) || current.compare.length >= MAX_COMPARED ? current : { ...current, compare: [...current.compare, key] }));
  const remove = (key: string) => update((current) => ({ ...current, compare: current.compare.filter((k) => k !== key) }));
  const open: OpenBar = (column, themeId) => {
    const target = model.columns[column]?.target;
    if (!target) return;
    update((current) => ({ ...current, statement: null, filters: { ...current.filters, speakers: [...target.speakerIds], themes: [themeId] } }));
    window.document.getElementById('statements')?.focus();
  };

  const actions = (
    <>
      <button
        type="button"
        aria-pressed={showTable}
        onClick={() => update((current) => ({ ...current, tables: toggleValue(current.tables, 'speakers') }))}
      >
        Table
      </button>
      <ExportMenu label="Export speakers" items={exportItems} />
    </>
  );
  const empty = model.columns.every((column) => column.statements === 0);

  return (
    <Panel title="Speakers side by side" className="panel--speakers" id="speaker-comparison" actions={actions}>
      <SpeakerPicker directory={directory} chosen={targets} onAdd={add} onRemove={remove} />
      <p id={summaryId} className="comparison__summary" aria-live="polite">
        {model.summary}
        {ignored !== null && targets.length > 0 ? <span className="view-ignores"> {ignored}</span> : null}
      </p>
      {directory.ordered.length === 0 ? (
        <EmptyState title="No statement in this corpus names its speaker." />
      ) : targets.length === 0 ? (
        <EmptyState title="No speaker chosen yet.">Add two to four speakers or roles above, or take a suggestion.</EmptyState>
      ) : empty ? (
        <EmptyState title="None of them has a statement matching the other filters.">
          The comparison ignores the speaker and theme filters, so only the country, event, date and search filters can empty it.
        </EmptyState>
      ) : (
        <Suspense fallback={<LoadingState label="Drawing the comparison…" />}>
          {showTable ? <ComparisonTable model={model} onOpen={open} /> : <ComparisonChart model={model} onOpen={open} describedBy={summaryId} />}
          <p className="comparison__note">
            Each bar: the theme’s statements and their share of that speaker’s (or role’s) statements; a statement with several themes counts under each, so shares can add up to more than 100 %. Press a bar to list its statements.
          </p>
        </Suspense>
      )}
    </Panel>
  );
}
