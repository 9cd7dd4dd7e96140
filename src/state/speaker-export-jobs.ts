/** The speaker comparison's exports (SVG, PNG, CSV), loaded on demand like export-jobs.ts. */
import type { ExportFile } from '../components/download.ts';
import { speakerComparisonToCsv } from '../domain/export/speaker-comparison-csv.ts';
import { DEFAULT_FIGURE_OPTIONS, resolveHeadline, type FigureOptions } from '../domain/export/figure-options.ts';
import { drawSpeakerComparisonBody } from '../figures/speaker-comparison-figure.ts';
import { fileNameFor, frameFigure, pngOf, type ExportSource, type FigureFormat } from './export-jobs.ts';
import { computeSpeakerComparison, type ComparisonSource } from './speaker-comparison.ts';
import { FILTERS_IGNORED_BY_VIEW } from '../domain/engine/contract.ts';
import { withoutFacets } from '../domain/view-state/filters.ts';

export const SPEAKER_FIGURE_TITLE = 'Statements per theme, speakers side by side';

export async function speakerComparisonFile(
  source: ExportSource & ComparisonSource,
  format: FigureFormat,
  now: Date,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): Promise<ExportFile> {
  const model = computeSpeakerComparison(source);
  // The figure draws every theme of every compared speaker: its subtitle names only the filters it applies.
  const applied = { ...source, state: { ...source.state, filters: withoutFacets(source.state.filters, FILTERS_IGNORED_BY_VIEW.speakerComparison) } };
  const outlined = model.columns.some((column) => column.bars.some((bar) => bar.selected));
  const name = fileNameFor(source, options.size === 'landscape' || format === 'csv' ? 'speakers' : `speakers-${options.size}`, format, now);
  if (format === 'csv') return { name, blob: new Blob([speakerComparisonToCsv(model, source)], { type: 'text/csv;charset=utf-8' }) };
  const title = resolveHeadline(options.headline, SPEAKER_FIGURE_TITLE);
  const svgText = frameFigure(
    applied,
    now,
    options,
    {
      title,
      legend: [],
      description: model.summary,
      note: `Each bar: the theme’s statements and their share of that speaker’s (or role’s) statements; a statement with several themes counts under each.${outlined ? ' Outlined: the bar the speaker and theme filters select.' : ''}`,
    },
    (box) => drawSpeakerComparisonBody(model, box),
  );
  if (format === 'png') return { name, blob: await pngOf(svgText, options.size) };
  return { name, blob: new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }) };
}
