import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Panel } from '../../components/panel.tsx';
import { EmptyState, LoadingState } from '../../components/panel-states.tsx';
import { ExportMenu } from '../../components/export-menu.tsx';
import { FigureOptionsDisclosure } from '../../components/figure-options.tsx';
import { downloadFile } from '../../components/download.ts';
import { useDashboard } from '../../state/dashboard-context.tsx';
import { useFigureExportItems } from '../../state/export-items.tsx';
import type { CountryCode } from '../../domain/corpus/corpus-schema.ts';
import { toggleValue, type Filters } from '../../domain/view-state/filters.ts';
import { describeIgnoredFilters } from '../../domain/engine/ignored-filters.ts';
import { CO_PARTICIPATION_MATRIX_SIZE } from '../../domain/engine/contract.ts';
import type { MatrixOrder } from '../../domain/co-participation/matrix-order.ts';
import {
  buildPartnerRows,
  coParticipationFigureTitle,
  CO_PARTICIPATION_RULE,
  describeCoParticipation,
} from '../../domain/co-participation/partners.ts';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from '../../domain/export/figure-options.ts';
import { formatCount } from '../../domain/format/format-count.ts';
import { coParticipationHeatmap } from '../../figures/country-view-figures.ts';
import { HeatmapView } from './heatmap-view.tsx';
import { HeatLegend } from './heat-legend.tsx';
import { MatrixTable } from './matrix-table.tsx';
import { PartnersTable } from './partners-table.tsx';
import './country-views.css';

const ORDERS: ReadonlyArray<{ value: MatrixOrder; label: string }> = [
  { value: 'cluster', label: 'Clustered' },
  { value: 'count', label: 'By events' },
];

/**
 * Who took part together: the partners of the picked countries (the country
 * filter) ranked by shared events, and a matrix of how often the busiest
 * countries met. The view ignores the country filter when counting (its
 * picks are the filter), so picking a country never empties it.
 */
export function TogetherPanel() {
  const dashboard = useDashboard();
  const { engine, state, update, labels } = dashboard;
  const [figureOptions, setFigureOptions] = useState<FigureOptions>(DEFAULT_FIGURE_OPTIONS);
  const figureItems = useFigureExportItems('together', figureOptions);
  const uid = useId().replace(/[^\w-]/g, '');
  const summaryId = `together-summary-${uid}`;
  const { filters } = state;
  // Counted after the page has answered the click; until then the last result stays, marked as updating.
  const deferred = useDeferredValue<Filters | null>(filters, null);
  const result = useMemo(() => (deferred === null ? null : engine.coParticipation({ filters: deferred })), [engine, deferred]);
  const input = useMemo(
    () => (result === null ? null : coParticipationHeatmap(result, state.matrixOrder, labels.country)),
    [result, state.matrixOrder, labels],
  );
  const rows = useMemo(() => (result === null ? [] : buildPartnerRows(result, labels.country)), [result, labels]);
  const selected = useMemo(() => new Set<string>(filters.countries), [filters.countries]);
  const showTable = state.tables.includes('together');

  const toggleCountries = (codes: readonly CountryCode[]) =>
    update((current) => {
      const all = codes.every((code) => current.filters.countries.includes(code));
      let countries = current.filters.countries;
      for (const code of codes) if (all || !countries.includes(code)) countries = toggleValue(countries, code);
      return { ...current, filters: { ...current.filters, countries } };
    });
  const setOrder = (matrixOrder: MatrixOrder) => update((current) => ({ ...current, matrixOrder }));
  const setTable = (on: boolean) =>
    update((current) => ({
      ...current,
      tables: on ? [...current.tables.filter((view) => view !== 'together'), 'together'] : current.tables.filter((view) => view !== 'together'),
    }));

  const exportItems = [
    ...figureItems,
    {
      label: 'CSV (partners of the picked countries)',
      onSelect: async () => {
        const jobs = await import('../../state/export-jobs.ts');
        downloadFile(jobs.partnersFile(dashboard, new Date()));
      },
    },
  ];

  const actions = (
    <>
      <div className="order-switch" role="group" aria-label="Order of the matrix">
        <span className="order-switch__label" aria-hidden="true">
          Order:
        </span>
        {ORDERS.map((order) => (
          <button key={order.value} type="button" aria-pressed={state.matrixOrder === order.value} onClick={() => setOrder(order.value)}>
            {order.label}
          </button>
        ))}
      </div>
      <button type="button" aria-pressed={showTable} onClick={() => setTable(!showTable)}>
        Data table
      </button>
      <ExportMenu label="Export co-participation" items={exportItems} />
      <FigureOptionsDisclosure
        figure="co-participation matrix"
        defaultHeadline={coParticipationFigureTitle(state.matrixOrder)}
        value={figureOptions}
        onChange={setFigureOptions}
      />
    </>
  );

  let body;
  if (result === null || input === null) {
    body = <LoadingState label="Counting who took part together…" />;
  } else if (result.matrix.countries.length === 0) {
    body = (
      <EmptyState title="No country took part in a matching event">
        The other filters leave no event with a participating country. Remove a filter to see who took part together.
      </EmptyState>
    );
  } else {
    const pickedNames = result.picked.map((p) => labels.country(p.code));
    const cellName = (r: number, c: number, value: number) => {
      const a = input.rows[r]!.label;
      const b = input.columns[c]!.label;
      return r === c ? `${a}: ${formatCount(value)} events` : `${a} and ${b}: ${formatCount(value)} events together`;
    };
    const onCell = (r: number, c: number) => {
      const a = input.rows[r]!.key as CountryCode;
      const b = input.columns[c]!.key as CountryCode;
      toggleCountries(a === b ? [a] : [a, b]);
    };
    const matrixTitle = `Events together: the ${formatCount(Math.min(CO_PARTICIPATION_MATRIX_SIZE, result.matrix.countries.length))} countries with most events${
      result.picked.length > 0 ? ', picked ones included' : ''
    }, ${state.matrixOrder === 'cluster' ? 'clustered' : 'by events'}`;
    body = (
      <div className="country-views__layout">
        <section aria-labelledby={`${uid}-partners`}>
          <h3 id={`${uid}-partners`} className="country-views__section-title">
            {pickedNames.length > 0 ? `Who took part with ${pickedNames.join(' or ')}` : 'Partners'}
          </h3>
          {pickedNames.length === 0 ? (
            <p className="country-views__rule">Pick a country on the map, in the country list, or in the matrix to rank its partners.</p>
          ) : rows.length === 0 ? (
            <EmptyState title="No partner">
              {result.pickedEvents === 0
                ? 'The picked countries took part in none of the events that match the other filters.'
                : 'No other country took part in the matching events of the picked countries.'}
            </EmptyState>
          ) : (
            <PartnersTable rows={rows} picked={pickedNames} selected={selected} onToggle={(code) => toggleCountries([code])} />
          )}
        </section>
        <section aria-labelledby={`${uid}-matrix`}>
          <h3 id={`${uid}-matrix`} className="country-views__section-title">
            {matrixTitle}
          </h3>
          {showTable ? (
            <MatrixTable input={input} caption={`${matrixTitle}. Each cell: events both countries took part in; the diagonal, a country’s own events.`} onRow={(r) => toggleCountries([input.rows[r]!.key as CountryCode])} />
          ) : (
            <>
              <HeatmapView
                input={input}
                label={`Co-participation matrix: ${matrixTitle}`}
                describedBy={summaryId}
                cellName={cellName}
                onCell={onCell}
              />
              <HeatLegend input={input} title="Events together" diagonal="Own events (diagonal)" />
            </>
          )}
        </section>
      </div>
    );
  }

  const ignored = describeIgnoredFilters('coParticipation', filters);
  return (
    <Panel title="Who took part together" className="panel--together country-views" id="who-took-part-together" actions={actions}>
      <p id={summaryId} className="country-views__summary" aria-live="polite">
        {result === null ? 'Counting…' : describeCoParticipation(result, labels.country, filters.countries.length)}
        {deferred !== filters && result !== null ? <span className="country-views__updating"> Updating…</span> : null}
      </p>
      <p className="country-views__rule">
        {CO_PARTICIPATION_RULE}
        {ignored !== null ? ` ${ignored}` : ''}
      </p>
      {body}
    </Panel>
  );
}
