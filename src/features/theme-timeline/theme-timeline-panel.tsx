import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useDashboard } from '../../state/dashboard-context.tsx';
import { EmptyState, LoadingState } from '../../components/panel-states.tsx';
import { Panel } from '../../components/panel.tsx';
import type { IsoDate } from '../../domain/corpus/corpus-schema.ts';
import { toggleValue } from '../../domain/view-state/filters.ts';
import { describeIgnoredFilters } from '../../domain/engine/ignored-filters.ts';
import { BUCKET_UNITS, type BucketUnit, type TimeBucket, type TimelineMeasure, type TimelineScale } from '../../domain/timeline/time-buckets.ts';
import { DEFAULT_FIGURE_OPTIONS, timelineFigureTitle, type FigureOptions } from '../../domain/export/figure-options.ts';
import { FigureOptionsDisclosure } from '../../components/figure-options.tsx';
import { coveredPeriods, describeCoveredPeriods, eventStartExtent } from '../../domain/timeline/timeline-coverage.ts';
import { buildTimelineBars, buildTimelineModel } from '../../domain/timeline/timeline-model.ts';
import type { HistoryMode } from '../../state/use-view-state.ts';
import { DateRangeFields } from './date-range-fields.tsx';
import { SeriesPatternDefs } from './series-patterns.tsx';
import { TimelineLegend } from './timeline-legend.tsx';
import { TimelineTable } from './timeline-table.tsx';
import { ExportMenu } from '../../components/export-menu.tsx';
import { useFigureExportItems } from '../../state/export-items.tsx';
import './theme-timeline.css';

// recharts is most of the panel's weight: it loads after the page is up.
const ThemeTimelineChart = lazy(() =>
  import('./theme-timeline-chart.tsx').then((module) => ({ default: module.ThemeTimelineChart })),
);

const UNIT_NAMES: Record<BucketUnit, string> = { day: 'Day', week: 'Week (ISO)', month: 'Month', year: 'Year' };
const MEASURES: readonly TimelineMeasure[] = ['statements', 'events'];
const SCALES: readonly TimelineScale[] = ['count', 'share'];

/** Statements or events per theme over time, stacked by theme. */
export function ThemeTimelinePanel() {
  const { corpus, outline, views, state, update, labels } = useDashboard();
  const [figureOptions, setFigureOptions] = useState<FigureOptions>(DEFAULT_FIGURE_OPTIONS);
  const exportItems = useFigureExportItems('timeline', figureOptions);
  const prefix = `tl${useId().replace(/[^\w-]/g, '')}`;
  const summaryId = useId();
  const keysHintId = useId();
  const { measure, scale, filters } = state;
  const showTable = state.tables.includes('timeline');

  const extent = useMemo(() => eventStartExtent(corpus), [corpus]);
  const covered = useMemo(() => coveredPeriods(corpus), [corpus]);
  const themeOrder = useMemo(() => corpus.taxonomy.map((theme) => theme.id), [corpus]);
  // The bars ignore the theme filter (the timeline shows every theme): a
  // theme click keeps them, and the chart redraws no bar it need not.
  const { from, to } = filters;
  const bars = useMemo(
    () => buildTimelineBars({ timeline: views.timeline, measure, scale, bucket: state.bucket, from, to, extent, covered }),
    [views.timeline, measure, scale, state.bucket, from, to, extent, covered],
  );
  const model = useMemo(
    () =>
      buildTimelineModel(
        {
          timeline: views.timeline,
          measure,
          scale,
          bucket: state.bucket,
          filters,
          themeOrder,
          themeLabel: labels.theme,
          matchCount: views.totals[measure],
          extent,
          covered,
        },
        bars,
      ),
    [views, measure, scale, state.bucket, filters, themeOrder, labels, extent, covered, bars],
  );
  const severalThemes = outline.severalThemes[measure];
  const ignored = describeIgnoredFilters('timeline', filters);

  const noun = measure === 'statements' ? 'statements' : 'events';
  const what = scale === 'share' ? `share of ${noun}` : noun;
  const title = `Stacked bar chart: ${what} per theme by ${UNIT_NAMES[model.unit].toLowerCase()}`;

  const setMeasure = (next: TimelineMeasure) => update((current) => ({ ...current, measure: next }));
  const setScale = (next: TimelineScale) => update((current) => ({ ...current, scale: next }));
  const setBucket = (next: TimeBucket) => update((current) => ({ ...current, bucket: next }));
  const toggleTheme = (id: string) =>
    update((current) => ({ ...current, filters: { ...current.filters, themes: toggleValue(current.filters.themes, id) } }));
  const setDates = (range: { from: IsoDate | null; to: IsoDate | null }, mode: HistoryMode = 'push') =>
    update((current) => ({ ...current, filters: { ...current.filters, ...range } }), mode);

  const actions = (
    <>
      <div className="tl-switch" role="group" aria-label="Count">
        {MEASURES.map((option) => (
          <button key={option} type="button" aria-pressed={measure === option} onClick={() => setMeasure(option)}>
            {option === 'statements' ? 'Statements' : 'Events'}
          </button>
        ))}
      </div>
      <div className="tl-switch" role="group" aria-label="Scale">
        {SCALES.map((option) => (
          <button key={option} type="button" aria-pressed={scale === option} onClick={() => setScale(option)}>
            {option === 'count' ? 'Count' : 'Share %'}
          </button>
        ))}
      </div>
      <label className="tl-bucket">
        <span>Bucket</span>
        <select value={state.bucket} onChange={(event) => setBucket(event.target.value as TimeBucket)}>
          <option value="auto">Auto ({UNIT_NAMES[model.autoUnit].toLowerCase()})</option>
          {BUCKET_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {UNIT_NAMES[unit]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-pressed={showTable}
        onClick={() => update((current) => ({ ...current, tables: toggleValue(current.tables, 'timeline') }))}
      >
        Table
      </button>
      <ExportMenu label="Export timeline" items={exportItems} />
      <FigureOptionsDisclosure
        figure="timeline"
        defaultHeadline={timelineFigureTitle(measure, scale, model.unit)}
        value={figureOptions}
        onChange={setFigureOptions}
      />
    </>
  );

  const empty = model.bars.length === 0;
  const nothingDrawn = !empty && model.maxTotal === 0;

  return (
    <Panel title="Themes over time" className="panel--timeline" id="theme-timeline" actions={actions}>
      <SeriesPatternDefs prefix={prefix} styles={model.series.map((series) => series.style)} />
      <p id={summaryId} className="tl-summary" aria-live="polite">
        {model.summary}
        {ignored !== null ? <span className="view-ignores"> {ignored}</span> : null}
      </p>
      {empty ? (
        <EmptyState title="This corpus has no events to place in time." />
      ) : nothingDrawn ? (
        <EmptyState title={`No ${noun} match the other filters.`}>
          The timeline shows every theme and date, so only the country, speaker, event and search filters can empty it.
        </EmptyState>
      ) : showTable ? (
        <TimelineTable model={model} prefix={prefix} />
      ) : (
        <Suspense
          fallback={
            // As tall as the chart, so the panels do not move when it comes.
            <div className="tl-chart-placeholder">
              <LoadingState label="Drawing the timeline…" />
            </div>
          }
        >
          <ThemeTimelineChart
            model={model}
            prefix={prefix}
            title={title}
            summaryId={summaryId}
            keysHintId={keysHintId}
            onSelectRange={(range) => setDates(range)}
          />
        </Suspense>
      )}
      <TimelineLegend series={model.series} prefix={prefix} noun={noun} onToggle={toggleTheme} />
      <DateRangeFields from={filters.from} to={filters.to} onCommit={setDates} />
      <ul className="tl-notes">
        {!showTable && model.bars.length > 1 ? (
          <li id={keysHintId}>
            Drag across the bars to select dates, or Tab to the chart: arrow keys move an end by one bar, Shift+arrows by
            ten, Home/End to the first or last; Space moves the other end; Enter applies, Escape cancels.
          </li>
        ) : null}
        {scale === 'share' ? (
          <li>
            Share: a theme&apos;s {noun} in a period as a percentage of all {noun} in that period that match the other filters.
          </li>
        ) : null}
        {severalThemes ? (
          <li>
            {measure === 'statements' ? 'A statement' : 'An event'} with several themes counts once under each, so the
            stacks add up to more than the number of {noun}.
          </li>
        ) : null}
        {model.coarsenedFrom ? (
          <li>
            {UNIT_NAMES[model.coarsenedFrom]} buckets would draw too many bars; showing {UNIT_NAMES[model.unit].toLowerCase()}s.
          </li>
        ) : null}
        <li>
          {describeCoveredPeriods(covered)}{' '}
          {model.notCovered.length > 0 && !showTable
            ? 'Hatched periods are not covered by any source: no data, not zero.'
            : 'Other periods are not covered: no data, not zero.'}
        </li>
      </ul>
    </Panel>
  );
}
