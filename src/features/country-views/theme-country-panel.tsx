import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Panel } from '../../components/panel.tsx';
import { EmptyState, LoadingState } from '../../components/panel-states.tsx';
import { ExportMenu } from '../../components/export-menu.tsx';
import { FigureOptionsDisclosure } from '../../components/figure-options.tsx';
import { MentionsSwitch } from '../../components/mentions-switch.tsx';
import { useDashboard } from '../../state/dashboard-context.tsx';
import { useFigureExportItems } from '../../state/export-items.tsx';
import type { CountryCode } from '../../domain/corpus/corpus-schema.ts';
import { toggleValue, type Filters } from '../../domain/view-state/filters.ts';
import { describeIgnoredFilters } from '../../domain/engine/ignored-filters.ts';
import { describeThemeCountries, selectThemeCountryGrid, themeCountryFigureTitle } from '../../domain/co-participation/theme-country-grid.ts';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from '../../domain/export/figure-options.ts';
import { plural } from '../../domain/format/format-count.ts';
import { themeCountryHeatmap } from '../../figures/country-view-figures.ts';
import { HeatmapView } from './heatmap-view.tsx';
import { HeatLegend } from './heat-legend.tsx';
import { MatrixTable } from './matrix-table.tsx';
import './country-views.css';

/**
 * Theme × country: statements per theme by the countries of their events
 * (and, with the mentions switch, the countries they mention). The view owns
 * the country and theme filters, so it ignores both and marks the selection;
 * a cell toggles its country and theme as filters.
 */
export function ThemeCountryPanel() {
  const { engine, state, update, labels, corpus } = useDashboard();
  const [figureOptions, setFigureOptions] = useState<FigureOptions>(DEFAULT_FIGURE_OPTIONS);
  const exportItems = useFigureExportItems('themes', figureOptions);
  const uid = useId().replace(/[^\w-]/g, '');
  const summaryId = `themes-summary-${uid}`;
  const { filters } = state;
  const deferred = useDeferredValue<Filters | null>(filters, null);
  const counts = useMemo(() => (deferred === null ? null : engine.themeCountries({ filters: deferred })), [engine, deferred]);
  const themeOrder = useMemo(() => corpus.taxonomy.map((theme) => theme.id), [corpus]);
  const grid = useMemo(
    () => (counts === null ? null : selectThemeCountryGrid(counts, filters.countries, themeOrder)),
    [counts, filters.countries, themeOrder],
  );
  const input = useMemo(
    () => (counts === null ? null : themeCountryHeatmap(counts, filters, themeOrder, labels)),
    [counts, filters, themeOrder, labels],
  );
  const showTable = state.tables.includes('themes');

  const toggleCell = (country: CountryCode, theme: string) =>
    update((current) => {
      const both = current.filters.countries.includes(country) && current.filters.themes.includes(theme);
      const countries = both || !current.filters.countries.includes(country) ? toggleValue(current.filters.countries, country) : current.filters.countries;
      const themes = both || !current.filters.themes.includes(theme) ? toggleValue(current.filters.themes, theme) : current.filters.themes;
      return { ...current, filters: { ...current.filters, countries, themes } };
    });
  const toggleTheme = (theme: string) =>
    update((current) => ({ ...current, filters: { ...current.filters, themes: toggleValue(current.filters.themes, theme) } }));
  const setMentions = (on: boolean) => update((current) => ({ ...current, filters: { ...current.filters, includeMentions: on } }));
  const setTable = (on: boolean) =>
    update((current) => ({
      ...current,
      tables: on ? [...current.tables.filter((view) => view !== 'themes'), 'themes'] : current.tables.filter((view) => view !== 'themes'),
    }));

  const actions = (
    <>
      <MentionsSwitch checked={filters.includeMentions} onChange={setMentions} />
      <button type="button" aria-pressed={showTable} onClick={() => setTable(!showTable)}>
        Data table
      </button>
      <ExportMenu label="Export themes by country" items={exportItems} />
      <FigureOptionsDisclosure
        figure="themes by country heatmap"
        defaultHeadline={themeCountryFigureTitle(filters.includeMentions)}
        value={figureOptions}
        onChange={setFigureOptions}
      />
    </>
  );

  let body;
  if (counts === null || grid === null || input === null) {
    body = <LoadingState label="Counting statements per theme and country…" />;
  } else if (grid.countries.length === 0) {
    body = (
      <EmptyState title="No statement to place">
        No statement matching the other filters has a participating{filters.includeMentions ? ' or mentioned' : ''} country. Remove a filter
        {filters.includeMentions ? '' : ', or include mentions,'} to see themes by country.
      </EmptyState>
    );
  } else {
    const title = `Statements per theme (down) by the ${plural(grid.countries.length, 'country', 'countries')} with most statements (across)`;
    const cellName = (r: number, c: number, value: number) =>
      `${input.rows[r]!.label}, ${input.columns[c]!.label}: ${plural(value, 'statement', 'statements')}`;
    body = showTable ? (
      <MatrixTable input={input} caption={`${title}. The button in each row toggles the theme as a filter.`} onRow={(r) => toggleTheme(input.rows[r]!.key)} />
    ) : (
      <>
        <HeatmapView
          input={input}
          label={`Themes by country heatmap: ${title}`}
          describedBy={summaryId}
          cellName={cellName}
          onCell={(r, c) => toggleCell(input.columns[c]!.key as CountryCode, input.rows[r]!.key)}
        />
        <HeatLegend input={input} title="Statements" />
      </>
    );
  }

  const ignored = describeIgnoredFilters('themeCountries', filters);
  return (
    <Panel title="Themes by country" className="panel--themes country-views" id="themes-by-country" actions={actions}>
      <p id={summaryId} className="country-views__summary" aria-live="polite">
        {counts === null || grid === null ? 'Counting…' : describeThemeCountries(grid, counts, labels, filters.includeMentions)}
        {deferred !== filters && counts !== null ? <span className="country-views__updating"> Updating…</span> : null}
      </p>
      <p className="country-views__rule">
        {filters.includeMentions
          ? 'A statement counts for every country of its event and every country it mentions, once under each of its themes.'
          : 'A statement counts for every country of its event, once under each of its themes; switch on mentions to add the countries it mentions.'}
        {ignored !== null ? ` ${ignored}` : ''}
      </p>
      {body}
    </Panel>
  );
}
