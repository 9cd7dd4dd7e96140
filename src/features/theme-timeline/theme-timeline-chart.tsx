import { useCallback, useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  DefaultZIndexes,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  type TooltipContentProps,
} from 'recharts';
import type { IsoDate } from '../../domain/corpus/corpus-schema.ts';
import { layoutStackedBars } from '../../figures/stacked-bar-layout.ts';
import {
  countAxisTicks,
  rangeOfBars,
  type TimelineBar,
  type TimelineModel,
  type TimelineSeries,
} from '../../domain/timeline/timeline-model.ts';
import { hatchId, patternId } from './series-patterns.tsx';
import { formatCount } from '../../domain/format/format-count.ts';
import { formatDrawnValue } from '../../figures/timeline-figure.ts';
import { estimateTextWidth } from '../../figures/text-measure.ts';
import { clampKeyboardRange, indicesOfKeyboardRange, type KeyboardRange } from '../../domain/timeline/timeline-keyboard-range.ts';
import { TimelineRangeKeys } from './timeline-range-keys.tsx';


const UNIT_NAMES = { day: 'day', week: 'ISO week', month: 'month', year: 'year' } as const;

/** Wide enough to read as a bar when there is only one; never a hairline. */
const MAX_BAR_WIDTH = 72;
/** The gap on each side of a bar, as a share of its band: wider around a lone bar. */
const CATEGORY_GAP = 0.12;
const CATEGORY_GAP_SINGLE = 0.3;
const CHART_HEIGHT = 300;
/** 0.75rem, as .tl-value draws it. */
const VALUE_LABEL_SIZE = 12;
/** A label may reach a little into the gap between bars. */
const BAR_GAP_FOR_LABEL = 4;
/** recharts' tick labels: 12 px. */
const AXIS_TICK_SIZE = 12;
/** The rotated axis title (0.75rem) with its offset, and the tick mark and gap beside the labels. */
const Y_TITLE_ROOM = 34;

// recharts copies its props into a store and recomputes the chart when one
// is a new object: every prop here keeps its identity until its value changes.
const CHART_STYLE = { width: '100%', height: CHART_HEIGHT };
// recharts' default list of throttled events without 'mousemove' (see the drag).
const UNTHROTTLED_MOUSE = ['touchmove', 'pointermove', 'scroll', 'wheel'] as const;
const CHART_MARGIN = { top: 12, right: 12, bottom: 8, left: 4 };
const TOOLTIP_CURSOR = { className: 'tl-cursor' };

type Props = {
  model: TimelineModel;
  prefix: string;
  /** The chart's accessible name. */
  title: string;
  summaryId: string;
  /** The notes line that lists the range keys: the keyboard control's description. */
  keysHintId: string;
  onSelectRange: (range: { from: IsoDate; to: IsoDate }) => void;
};

type Drag = { anchor: number; current: number };

function indexOf(value: unknown): number | null {
  const index = Number(value);
  return value === undefined || value === null || !Number.isInteger(index) ? null : index;
}

/**
 * The one recharts bar draws nothing: it is there for the band axis and so
 * that the tooltip has a payload. recharts is given only the buckets' keys,
 * which stay the same when a filter changes the counts, so its store and
 * axes are not recomputed on every filter; the counts reach the segments
 * and the tooltip directly.
 */
const NO_SEGMENT = () => null;
const NO_VALUE = () => 0;
const MUTED_OPACITY = 0.25;

type StackedBarsProps = {
  bars: readonly TimelineBar[];
  /** From the baseline up. */
  stack: readonly TimelineSeries[];
  prefix: string;
  top: number;
  categoryGap: number;
  labelled: string | null;
  /** Values are written only when the widest fits every bar. */
  widestLabel: number;
  model: TimelineModel;
};

/**
 * The stacked segments, drawn in recharts' plot area and bar layer but not
 * by one recharts `<Bar>` per theme (see figures/stacked-bar-layout.ts):
 * the same elements and classes those drew, without their components.
 */
function StackedBars({ bars, stack, prefix, top, categoryGap, labelled, widestLabel, model }: StackedBarsProps) {
  const plot = usePlotArea();
  const layout = useMemo(
    () =>
      plot
        ? layoutStackedBars({
            values: bars.map((bar) => bar.values),
            stack: stack.map((series) => series.id),
            plot,
            top,
            categoryGap,
            maxBarWidth: MAX_BAR_WIDTH,
            labelled,
          })
        : null,
    [bars, stack, plot, top, categoryGap, labelled],
  );
  if (layout === null) return null;
  const width = layout.columns[0]?.width ?? 0;
  const showLabels = labelled !== null && widestLabel + 2 <= width + BAR_GAP_FOR_LABEL;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.bar}>
        {stack.map((series, s) => {
          const className = `tl-bar${series.muted ? ' tl-bar--muted' : ''}${series.selected ? ' tl-bar--selected' : ''}`;
          const fill = `url(#${patternId(prefix, series.style)})`;
          return (
            <g key={series.id} className={`recharts-layer recharts-bar ${className}`}>
              <g className="recharts-layer recharts-bar-rectangles">
                {layout.segments[s]!.map((segment) => (
                  <g key={segment.bar} className="recharts-layer recharts-bar-rectangle">
                    <path
                      name={series.label}
                      fill={fill}
                      fillOpacity={series.muted ? MUTED_OPACITY : 1}
                      className={`recharts-rectangle ${className}`}
                      x={segment.x}
                      y={segment.y}
                      width={segment.width}
                      height={segment.height}
                      d={segment.d}
                    />
                  </g>
                ))}
              </g>
            </g>
          );
        })}
      </ZIndexLayer>
      {showLabels ? (
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <g className="recharts-layer recharts-label-list">
            {layout.labels.map((label, b) => (
              <text key={b} x={label.x} y={label.y - 4} textAnchor="middle" className="tl-value">
                {formatDrawnValue(model, label.value)}
              </text>
            ))}
          </g>
        </ZIndexLayer>
      ) : null}
    </>
  );
}

type TooltipExtra = { bars: readonly TimelineBar[]; series: readonly TimelineSeries[]; share: boolean };

function TimelineTooltip({ active, label, bars, series, share }: TooltipContentProps & TooltipExtra) {
  const bar = bars.find((candidate) => candidate.key === label);
  if (!active || !bar) return null;
  const shown = (id: string) =>
    share ? `${formatDrawnValue({ scale: 'share' }, bar.values[id] ?? 0)} (${formatCount(bar.counts[id] ?? 0)} of ${formatCount(bar.items)})` : formatCount(bar.counts[id] ?? 0);
  const rows = series.filter((series) => (bar.counts[series.id] ?? 0) > 0);
  return (
    <div className="tl-tooltip">
      <p className="tl-tooltip__title">{bar.label}</p>
      {!bar.covered ? (
        <p className="tl-tooltip__note">No source covers this period: no data, not zero.</p>
      ) : rows.length === 0 ? (
        <p className="tl-tooltip__note">None</p>
      ) : (
        <table>
          <tbody>
            {rows.map((series) => (
              <tr key={series.id} className={series.muted ? 'tl-tooltip__muted' : undefined}>
                <th scope="row">{series.label}</th>
                <td className="number">{shown(series.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/**
 * The stacked bars. Draws only what the model holds; a drag across the bars
 * (when there is more than one) selects dates through `onSelectRange`.
 */
export function ThemeTimelineChart({ model, prefix, title, summaryId, keysHintId, onSelectRange }: Props) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const [keyboardRange, setKeyboardRange] = useState<KeyboardRange | null>(null);
  const { bars, series, unit, maxTotal } = model;
  const single = bars.length === 1;
  const canDrag = bars.length > 1;
  // The tick labels follow the buckets, not the counts: keyed on the labels
  // themselves, the formatter is the same function until they change (a new
  // one makes recharts lay the axis out again).
  const axisLabels = bars.map((bar) => `${bar.key}\t${single ? bar.label : bar.shortLabel}`).join('\n');
  const tickFormatter = useMemo(() => {
    const shortLabels = new Map(axisLabels === '' ? [] : axisLabels.split('\n').map((line) => line.split('\t') as [string, string]));
    return (key: string) => shortLabels.get(key) ?? key;
  }, [axisLabels]);
  const measureName =
    model.scale === 'share'
      ? `Share of ${model.measure} (%)`
      : model.measure === 'statements'
        ? 'Statements'
        : 'Events';
  const xLabel = useMemo(
    () => ({ value: `Event date, by ${UNIT_NAMES[unit]}`, position: 'insideBottom', offset: -4, className: 'tl-axis-label' }) as const,
    [unit],
  );
  const yLabel = useMemo(
    () => ({ value: measureName, angle: -90, position: 'insideLeft', offset: 10, className: 'tl-axis-label' }) as const,
    [measureName],
  );
  const share = model.scale === 'share';
  const { ticks, domain } = useMemo(() => {
    const ticks = countAxisTicks(maxTotal);
    return { ticks, domain: [0, ticks[ticks.length - 1]!] };
  }, [maxTotal]);
  const yTickFormatter = useMemo(() => (share ? (value: number) => `${value}%` : formatCount), [share]);
  // Room for the widest tick label ("12,000") and the rotated title beside it, so they never overlap.
  const yAxisWidth = useMemo(
    () => Math.ceil(Math.max(...ticks.map((tick) => estimateTextWidth(yTickFormatter(tick), AXIS_TICK_SIZE)))) + Y_TITLE_ROOM,
    [ticks, yTickFormatter],
  );
  // One theme selected: every bar carries its value, read from zero — or, when
  // the widest value would not fit a bar, none does (never some bars only).
  const selectedSeries = series.filter((item) => item.selected);
  const labelled = selectedSeries.length === 1 ? selectedSeries[0]!.id : null;
  const widestLabel = useMemo(() => {
    if (labelled === null) return 0;
    return Math.max(0, ...bars.map((bar) => estimateTextWidth(formatDrawnValue(model, bar.values[labelled] ?? 0), VALUE_LABEL_SIZE, 'bold')));
  }, [bars, labelled, model]);
  const tooltip = useCallback(
    (props: TooltipContentProps) => <TimelineTooltip {...props} bars={bars} series={series} share={share} />,
    [bars, series, share],
  );
  // The chart's data: one row per bucket, its key only (see NO_SEGMENT).
  const axisData = useMemo(() => (axisLabels === '' ? [] : axisLabels.split('\n').map((line) => ({ key: line.split('\t')[0]! }))), [axisLabels]);
  // The selected themes stand on the baseline; the others, faded, above them.
  const stack = useMemo(() => {
    const byId = new Map(series.map((item) => [item.id, item]));
    return model.stack.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }, [series, model.stack]);
  const keyAt = (index: number) => bars[index]?.key;

  // The bar under the mouse when it is released ends the range, not the last
  // one the drag drew: a release in the same frame as the last move comes
  // before React has drawn that move.
  const finishDrag = (releasedOn: number | null) => {
    if (!drag) return;
    const range = rangeOfBars(bars, drag.anchor, releasedOn ?? drag.current);
    setDrag(null);
    if (range) onSelectRange(range);
  };
  // What is pending, from the mouse or the keys, is drawn the same way.
  const pending = drag
    ? { startIndex: Math.min(drag.anchor, drag.current), endIndex: Math.max(drag.anchor, drag.current) }
    : keyboardRange
      ? indicesOfKeyboardRange(clampKeyboardRange(keyboardRange, bars.length))
      : null;

  return (
    <div className={`tl-chart${canDrag ? ' tl-chart--draggable' : ''}`}>
      <BarChart
        responsive
        style={CHART_STYLE}
        data={axisData}
        margin={CHART_MARGIN}
        barCategoryGap={`${(single ? CATEGORY_GAP_SINGLE : CATEGORY_GAP) * 100}%`}
        role="img"
        aria-label={title}
        // With several bars the range keys take the chart's Tab stop (recharts' own would move only its tooltip).
        accessibilityLayer={!canDrag}
        // recharts reads the bar under the mouse once a frame by default, so a
        // release could still see the bar before; read on every move instead
        // (Chromium sends mouse moves once a frame in any case).
        throttledEvents={UNTHROTTLED_MOUSE}
        aria-describedby={summaryId}
        onMouseDown={(state) => {
          const index = indexOf(state.activeTooltipIndex);
          if (canDrag && index !== null) setDrag({ anchor: index, current: index });
        }}
        onMouseMove={(state) => {
          const index = indexOf(state.activeTooltipIndex);
          if (drag && index !== null && index !== drag.current) setDrag({ ...drag, current: index });
        }}
        onMouseUp={(state) => finishDrag(indexOf(state.activeTooltipIndex))}
        onMouseLeave={() => setDrag(null)}
      >
        <CartesianGrid vertical={false} className="tl-grid" />
        {model.notCovered.map((run) => (
          <ReferenceArea
            key={`not-covered-${run.startIndex}`}
            x1={keyAt(run.startIndex)}
            x2={keyAt(run.endIndex)}
            fill={`url(#${hatchId(prefix)})`}
            fillOpacity={1}
            strokeOpacity={0}
            ifOverflow="hidden"
          />
        ))}
        <XAxis
          dataKey="key"
          type="category"
          tickFormatter={tickFormatter}
          // Every n-th bucket from the first: year ticks 2005, 2008, 2011 …, never a skip at the end.
          interval="equidistantPreserveStart"
          minTickGap={16}
          tickLine={false}
          label={xLabel}
          height={48}
        />
        <YAxis
          allowDecimals={false}
          ticks={ticks}
          domain={domain}
          interval={0}
          width={yAxisWidth}
          tickFormatter={yTickFormatter}
          label={yLabel}
        />
        <Tooltip
          content={tooltip}
          cursor={TOOLTIP_CURSOR}
          isAnimationActive={false}
        />
        <Bar
          dataKey={NO_VALUE}
          stackId="themes"
          maxBarSize={MAX_BAR_WIDTH}
          shape={NO_SEGMENT}
          isAnimationActive={false}
          legendType="none"
        />
        <StackedBars
          bars={bars}
          stack={stack}
          prefix={prefix}
          top={domain[1]!}
          categoryGap={single ? CATEGORY_GAP_SINGLE : CATEGORY_GAP}
          labelled={labelled}
          widestLabel={widestLabel}
          model={model}
        />
        {model.selection ? (
          <ReferenceArea
            x1={keyAt(model.selection.startIndex)}
            x2={keyAt(model.selection.endIndex)}
            className="tl-selection"
            fillOpacity={1}
            ifOverflow="hidden"
          />
        ) : null}
        {pending ? (
          <ReferenceArea
            x1={keyAt(pending.startIndex)}
            x2={keyAt(pending.endIndex)}
            className="tl-drag"
            fillOpacity={1}
          />
        ) : null}
      </BarChart>
      {canDrag ? (
        <TimelineRangeKeys
          bars={bars}
          unit={unit}
          selection={model.selection}
          pending={keyboardRange}
          onPending={setKeyboardRange}
          describedBy={`${keysHintId} ${summaryId}`}
          onSelectRange={onSelectRange}
        />
      ) : null}
    </div>
  );
}
