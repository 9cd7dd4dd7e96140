import type { TimelineModel } from '../domain/timeline/timeline-model.ts';
import type { TimelineFigureData } from './timeline-figure.ts';
import { timelineTone } from './timeline-palette.ts';

/**
 * The timeline model the live chart draws, as data for the static figure:
 * the same bars, series, styles, selection and coverage, so an export shows
 * exactly what the panel shows.
 */
export function timelineFigureDataFromModel(model: TimelineModel): TimelineFigureData {
  // The model lists series top of the stack first; the figure stacks bottom-up.
  const stacked = [...model.series].reverse();
  return {
    measure: model.measure === 'events' ? 'Events' : 'Statements',
    buckets: model.bars.map((bar) => ({
      label: bar.label,
      axisLabel: bar.shortLabel,
      start: bar.bucket.start,
      end: bar.bucket.end,
      covered: bar.covered,
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
      };
    }),
  };
}
