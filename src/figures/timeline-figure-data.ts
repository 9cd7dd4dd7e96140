import type { TimelineModel } from '../domain/timeline/timeline-model.ts';
import type { TimelineFigureData } from './timeline-figure.ts';
import { timelineTone } from './timeline-palette.ts';

/**
 * A timeline model as data for the static figure: the same bars, series,
 * styles, stack order, scale and coverage, so a figure shows exactly what
 * the model holds (for an export, the selection: see timeline-selection.ts).
 */
export function timelineFigureDataFromModel(model: TimelineModel): TimelineFigureData {
  const byId = new Map(model.series.map((series) => [series.id, series]));
  const stacked = model.stack.flatMap((id) => {
    const series = byId.get(id);
    return series ? [series] : [];
  });
  return {
    measure: model.measure === 'events' ? 'Events' : 'Statements',
    scale: model.scale,
    buckets: model.bars.map((bar) => ({
      label: bar.label,
      axisLabel: bar.shortLabel,
      start: bar.bucket.start,
      end: bar.bucket.end,
      covered: bar.covered,
      items: bar.items,
    })),
    series: stacked.map((series) => {
      const tone = timelineTone(series.style.colour);
      return {
        themeId: series.id,
        label: series.label,
        colour: tone.fill,
        ink: tone.ink,
        pattern: series.style.pattern,
        muted: series.muted,
        counts: model.bars.map((bar) => bar.counts[series.id] ?? 0),
        values: model.bars.map((bar) => bar.values[series.id] ?? 0),
      };
    }),
  };
}
