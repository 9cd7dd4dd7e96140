/**
 * Every export the dashboard offers, as functions of a snapshot of the
 * dashboard. Loaded on demand (import()) the first time the user exports,
 * so none of this weighs on the first load of the page.
 */
import type { Dashboard } from './dashboard-context.tsx';
import { serializeViewState } from '../domain/view-state/url-state.ts';
import { formatCitation } from '../domain/export/citation.ts';
import { countryTalliesToCsv, timelineToCsv } from '../domain/export/chart-tables.ts';
import { buildExportFileName, describeFilterSlug } from '../domain/export/filenames.ts';
import { describeFiltersInWords } from '../domain/export/filter-words.ts';
import { calendarDateOf, type ExportContext } from '../domain/export/metadata.ts';
import { isSynthetic } from '../domain/synthetic/synthetic-label.ts';
import { assemblePacketFiles, zipPacket, type PacketFigure } from '../domain/export/packet.ts';
import { describeSourceLine, documentsBehind } from '../domain/export/source-line.ts';
import { buildStatementRows, statementRowsToCsv, statementRowsToJson } from '../domain/export/statement-rows.ts';
import { statementRowsToParquet } from '../domain/export/statement-parquet.ts';
import { runSteps, type ExportStep, type StepProgress } from '../domain/export/steps.ts';
import { composeFigure, figureBodyWidth, type DrawBody, type LegendEntry } from '../figures/figure-frame.ts';
import {
  DEFAULT_FIGURE_OPTIONS,
  FIGURE_SIZES,
  MAP_FIGURE_TITLE,
  resolveHeadline,
  timelineFigureTitle,
  type FigureOptions,
  type FigureSizeId,
} from '../domain/export/figure-options.ts';
import { rankCountries } from '../domain/map/participation.ts';
import { coveredPeriods, eventStartExtent } from '../domain/timeline/timeline-coverage.ts';
import { resolveBucketUnit } from '../domain/timeline/time-buckets.ts';
import { selectTimelineFigure } from '../domain/timeline/timeline-selection.ts';
import { drawMapBody, mapFigureLegend, type MapFigureInput } from '../figures/map-figure.ts';
import { rasteriseSvg } from '../figures/rasterise.ts';
import { drawTimelineBody, timelineLegend } from '../figures/timeline-figure.ts';
import { timelineFigureDataFromModel } from '../figures/timeline-figure-data.ts';
import type { WorldGeography } from '../figures/world-geography.ts';
import { loadWorldGeography } from './geography-query.ts';
import type { ExportFile } from '../components/download.ts';
import { coParticipationHeatmap, themeCountryHeatmap } from '../figures/country-view-figures.ts';
import { drawHeatmapBody, heatmapLegend, layoutHeatmap } from '../figures/heatmap-figure.ts';
import { orderMatrix } from '../domain/co-participation/matrix-order.ts';
import { buildPartnerRows, coParticipationFigureTitle, describeCoParticipation } from '../domain/co-participation/partners.ts';
import { describeThemeCountries, selectThemeCountryGrid, themeCountryFigureTitle } from '../domain/co-participation/theme-country-grid.ts';
import { coParticipationMatrixToCsv, partnersToCsv, themeCountryGridToCsv } from '../domain/export/country-view-tables.ts';

export type ExportSource = Pick<Dashboard, 'corpus' | 'corpusVersion' | 'corpusSource' | 'outline' | 'views' | 'state' | 'labels' | 'engine'>;

export type FigureFormat = 'svg' | 'png' | 'csv';

const CSV_TYPE = 'text/csv;charset=utf-8';
const SVG_TYPE = 'image/svg+xml;charset=utf-8';

export function contextOf(source: ExportSource, now: Date): ExportContext {
  return {
    corpus: source.corpus,
    corpusVersion: source.corpusVersion,
    corpusSource: source.corpusSource,
    filters: source.state.filters,
    labels: source.labels,
    generatedAt: now,
    viewQuery: serializeViewState(source.state),
  };
}

export function fileNameFor(source: ExportSource, what: string, extension: string, now: Date): string {
  return buildExportFileName({
    what,
    filterSlug: describeFilterSlug(source.state.filters, source.labels),
    date: calendarDateOf(now),
    extension,
    synthetic: isSynthetic(source.corpus),
  });
}

export function statementsFile(source: ExportSource, format: 'csv' | 'json' | 'parquet', now: Date): ExportFile {
  const context = contextOf(source, now);
  const rows = buildStatementRows(source.corpus, source.views.matchingStatements, source.labels);
  const name = fileNameFor(source, 'statements', format, now);
  if (format === 'csv') return { name, blob: new Blob([statementRowsToCsv(rows, context)], { type: CSV_TYPE }) };
  if (format === 'parquet') return { name, blob: new Blob([statementRowsToParquet(rows, context).slice()], { type: 'application/vnd.apache.parquet' }) };
  return { name, blob: new Blob([statementRowsToJson(rows, context)], { type: 'application/json;charset=utf-8' }) };
}

export function citationText(source: ExportSource, statementId: string, now: Date): string {
  return formatCitation({ corpus: source.corpus, statementId, corpusVersion: source.corpusVersion, accessedOn: calendarDateOf(now) });
}

/** A figure ready to export: its SVG file and the numbers it draws. */
export type ComposedFigure = { id: string; title: string; svg: string; csv: string };

export type FrameParts = { title: string; legend: LegendEntry[]; legendTitle?: string; description?: string; note?: string };

export function frameFigure(source: ExportSource, now: Date, options: FigureOptions, parts: FrameParts, draw: DrawBody): string {
  const size = FIGURE_SIZES[options.size];
  return composeFigure(
    {
      ...parts,
      subtitle: describeFiltersInWords(source.state.filters, source.labels),
      sourceLine: describeSourceLine({
        documents: documentsBehind(source.corpus, source.views.matchingStatements),
        corpusVersion: source.corpusVersion,
        generatedOn: calendarDateOf(now),
        synthetic: isSynthetic(source.corpus),
        // A phone-width figure has room for fewer addresses.
        maxUrls: size.width < 800 ? 2 : 3,
      }),
      synthetic: isSynthetic(source.corpus),
      width: size.width,
      height: size.height,
    },
    draw,
  );
}

/**
 * The timeline of the selection (see timeline-selection.ts): the panel's
 * model, in the bucket the panel shows, restricted to the selected dates and
 * themes. The figure and its CSV are drawn from the same data.
 */
export function timelineFigure(source: ExportSource, now: Date, options: FigureOptions = DEFAULT_FIGURE_OPTIONS): ComposedFigure {
  const { corpus, outline, views, state, labels } = source;
  const extent = eventStartExtent(corpus);
  const model = selectTimelineFigure({
    timeline: views.timeline,
    measure: state.measure,
    scale: state.scale,
    bucket: resolveBucketUnit(state.bucket, extent).unit,
    filters: state.filters,
    themeOrder: corpus.taxonomy.map((theme) => theme.id),
    themeLabel: labels.theme,
    matchCount: views.totals[state.measure],
    extent,
    covered: coveredPeriods(corpus),
  });
  const data = timelineFigureDataFromModel(model);
  const title = resolveHeadline(options.headline, timelineFigureTitle(state.measure, state.scale, model.unit));
  const noun = data.measure.toLowerCase();
  const stacked = data.series.filter((series) => series.counts.some((count) => count > 0)).length > 1;
  const severalThemesNote =
    outline.severalThemes[state.measure] && stacked
      ? `${state.measure === 'statements' ? 'A statement' : 'An event'} with several themes counts once under each, so the stacks add up to more than the number of ${noun}.`
      : undefined;
  const shareNote =
    state.scale === 'share' ? `Share: a theme's ${noun} in a period as a percentage of all ${noun} in that period that match the other filters.` : undefined;
  const note = [shareNote, severalThemesNote].filter(Boolean).join(' ') || undefined;
  return {
    id: 'timeline',
    title,
    svg: frameFigure(source, now, options, { title, legend: timelineLegend(data), legendTitle: 'Themes', description: model.summary, note }, (box) =>
      drawTimelineBody(data, box),
    ),
    csv: timelineToCsv(data, source),
  };
}

let geography: Promise<WorldGeography> | null = null;

/** The world's shapes, from the same loader the map panel uses (the browser has the files cached). */
function loadGeography(): Promise<WorldGeography> {
  geography ??= loadWorldGeography();
  geography.catch(() => {
    geography = null;
  });
  return geography;
}

/** The participant map as the panel draws it: every filter but the country one, the selection ringed. */
export async function mapFigure(source: ExportSource, now: Date, options: FigureOptions = DEFAULT_FIGURE_OPTIONS): Promise<ComposedFigure> {
  const { views, state, labels } = source;
  const input: MapFigureInput = {
    geography: await loadGeography(),
    tallies: views.countries,
    selected: state.filters.countries,
    countryName: labels.country,
  };
  const title = resolveHeadline(options.headline, MAP_FIGURE_TITLE);
  const ranked = rankCountries(views.countries, state.filters.countries);
  const bodyWidth = figureBodyWidth(FIGURE_SIZES[options.size].width);
  return {
    id: 'map',
    title,
    svg: frameFigure(source, now, options, { title, legend: mapFigureLegend(input, bodyWidth), legendTitle: 'Events taken part in' }, (box) =>
      drawMapBody(input, box),
    ),
    csv: countryTalliesToCsv(ranked, labels, source),
  };
}

/** Who took part together: the co-participation matrix in the panel's order, the picked countries marked. */
export function togetherFigure(source: ExportSource, now: Date, options: FigureOptions = DEFAULT_FIGURE_OPTIONS): ComposedFigure {
  const { engine, state, labels } = source;
  const result = engine.coParticipation({ filters: state.filters });
  const title = resolveHeadline(options.headline, coParticipationFigureTitle(state.matrixOrder));
  const input = coParticipationHeatmap(result, state.matrixOrder, labels.country);
  const layout = layoutHeatmap(input, figureBodyWidth(FIGURES_WIDTH(options)));
  const note = 'Each cell: the matching events both countries took part in; the grey diagonal, a country\'s own events. Picked countries in bold, their cells outlined.';
  return {
    id: 'together',
    title,
    svg: frameFigure(
      source,
      now,
      options,
      { title, legend: heatmapLegend(layout, 'Own events (diagonal)'), legendTitle: 'Events together', description: describeCoParticipation(result, labels.country, state.filters.countries.length), note },
      (box) => drawHeatmapBody(input, box),
    ),
    csv: coParticipationMatrixToCsv(orderMatrix(result.matrix, state.matrixOrder), labels, source),
  };
}

/** The partners of the picked countries, ranked (CSV only: the panel's list). */
export function partnersFile(source: ExportSource, now: Date): ExportFile {
  const result = source.engine.coParticipation({ filters: source.state.filters });
  const rows = buildPartnerRows(result, source.labels.country);
  const csv = partnersToCsv(rows, result.picked.map((p) => p.code), source.labels, source);
  return { name: fileNameFor(source, 'partners', 'csv', now), blob: new Blob([csv], { type: CSV_TYPE }) };
}

/** Theme × country: statements per theme by the busiest countries, as the panel draws it. */
export function themesFigure(source: ExportSource, now: Date, options: FigureOptions = DEFAULT_FIGURE_OPTIONS): ComposedFigure {
  const { engine, state, labels, corpus } = source;
  const counts = engine.themeCountries({ filters: state.filters });
  const themeOrder = corpus.taxonomy.map((theme) => theme.id);
  const grid = selectThemeCountryGrid(counts, state.filters.countries, themeOrder);
  const input = themeCountryHeatmap(counts, state.filters, themeOrder, labels);
  const layout = layoutHeatmap(input, figureBodyWidth(FIGURES_WIDTH(options)));
  const title = resolveHeadline(options.headline, themeCountryFigureTitle(state.filters.includeMentions));
  const note = 'A statement with several themes counts once under each; a statement counts for every country of its event' +
    (state.filters.includeMentions ? ' and every country it mentions.' : '.');
  return {
    id: 'themes',
    title,
    svg: frameFigure(
      source,
      now,
      options,
      { title, legend: heatmapLegend(layout, null), legendTitle: 'Statements', description: describeThemeCountries(grid, counts, labels, state.filters.includeMentions), note },
      (box) => drawHeatmapBody(input, box),
    ),
    csv: themeCountryGridToCsv(grid, labels, state.filters.includeMentions, source),
  };
}

const FIGURES_WIDTH = (options: FigureOptions) => FIGURE_SIZES[options.size].width;

const FIGURES = { map: mapFigure, timeline: timelineFigure, together: togetherFigure, themes: themesFigure } as const;
export type FigureId = keyof typeof FIGURES;
const PACKET_FIGURES: readonly FigureId[] = ['map', 'timeline'];

export async function pngOf(svg: string, size: FigureSizeId = 'landscape'): Promise<Blob> {
  const { width, height } = FIGURE_SIZES[size];
  return rasteriseSvg(svg, { width, height, scale: 2 });
}

export async function figureFile(
  source: ExportSource,
  id: FigureId,
  format: FigureFormat,
  now: Date,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): Promise<ExportFile> {
  const figure = await FIGURES[id](source, now, options);
  const what = options.size === 'landscape' || format === 'csv' ? id : `${id}-${options.size}`;
  const name = fileNameFor(source, what, format, now);
  if (format === 'png') return { name, blob: await pngOf(figure.svg, options.size) };
  if (format === 'csv') return { name, blob: new Blob([figure.csv], { type: CSV_TYPE }) };
  return { name, blob: new Blob([figure.svg], { type: SVG_TYPE }) };
}

export type PacketOptions = {
  now: Date;
  /** The link that reopens this view. */
  viewLink: string;
  signal?: AbortSignal;
  onProgress?: (progress: StepProgress) => void;
};

/**
 * The analyst packet, built step by step so that the page stays responsive
 * and the user can follow and cancel it.
 */
export async function analystPacketFile(source: ExportSource, options: PacketOptions): Promise<ExportFile> {
  const { now } = options;
  const context = contextOf(source, now);
  const rows = buildStatementRows(source.corpus, source.views.matchingStatements, source.labels);
  const figures: PacketFigure[] = [];
  const steps: ExportStep<void>[] = [];
  // The packet keeps its two figures; the country views (issue 14) export from their panels.
  for (const id of PACKET_FIGURES) {
    let composed: ComposedFigure | null = null;
    steps.push({
      label: `Drawing the ${id}`,
      run: async () => {
        composed = await FIGURES[id](source, now);
      },
    });
    steps.push({
      label: `Rendering the ${id} image`,
      run: async () => {
        const figure = composed!;
        const png = new Uint8Array(await (await pngOf(figure.svg)).arrayBuffer());
        figures.push({ ...figure, png });
      },
    });
  }
  const folder = fileNameFor(source, 'packet', 'zip', now).replace(/\.zip$/, '');
  let zipped: Uint8Array<ArrayBuffer> | null = null;
  steps.push({
    label: 'Compressing the packet',
    run: () => {
      const files = assemblePacketFiles({ context, rows, figures, folder, viewLink: options.viewLink });
      zipped = zipPacket(files, now);
    },
  });
  await runSteps(steps, { signal: options.signal, onProgress: options.onProgress });
  return { name: `${folder}.zip`, blob: new Blob([zipped!], { type: 'application/zip' }) };
}
