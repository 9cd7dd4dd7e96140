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
import { runSteps, type ExportStep, type StepProgress } from '../domain/export/steps.ts';
import { composeFigure, figureBodyWidth, FIGURE_HEIGHT, FIGURE_WIDTH, type DrawBody, type LegendEntry } from '../figures/figure-frame.ts';
import { rankCountries } from '../domain/map/participation.ts';
import { coveredPeriods, eventStartExtent } from '../domain/timeline/timeline-coverage.ts';
import { buildTimelineModel } from '../domain/timeline/timeline-model.ts';
import { drawMapBody, mapFigureLegend, type MapFigureInput } from '../figures/map-figure.ts';
import { rasteriseSvg } from '../figures/rasterise.ts';
import { drawTimelineBody, timelineLegend } from '../figures/timeline-figure.ts';
import { timelineFigureDataFromModel } from '../figures/timeline-figure-data.ts';
import type { WorldGeography } from '../figures/world-geography.ts';
import { loadWorldGeography } from './geography-query.ts';
import type { ExportFile } from '../components/download.ts';

export type ExportSource = Pick<Dashboard, 'corpus' | 'corpusVersion' | 'corpusSource' | 'outline' | 'views' | 'state' | 'labels'>;

export type FigureFormat = 'svg' | 'png' | 'csv';

const CSV_TYPE = 'text/csv;charset=utf-8';
const SVG_TYPE = 'image/svg+xml;charset=utf-8';

function contextOf(source: ExportSource, now: Date): ExportContext {
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

function fileNameFor(source: ExportSource, what: string, extension: string, now: Date): string {
  return buildExportFileName({
    what,
    filterSlug: describeFilterSlug(source.state.filters, source.labels),
    date: calendarDateOf(now),
    extension,
    synthetic: isSynthetic(source.corpus),
  });
}

export function statementsFile(source: ExportSource, format: 'csv' | 'json', now: Date): ExportFile {
  const context = contextOf(source, now);
  const rows = buildStatementRows(source.corpus, source.views.matchingStatements, source.labels);
  const name = fileNameFor(source, 'statements', format, now);
  if (format === 'csv') return { name, blob: new Blob([statementRowsToCsv(rows, context)], { type: CSV_TYPE }) };
  return { name, blob: new Blob([statementRowsToJson(rows, context)], { type: 'application/json;charset=utf-8' }) };
}

export function citationText(source: ExportSource, statementId: string, now: Date): string {
  return formatCitation({ corpus: source.corpus, statementId, corpusVersion: source.corpusVersion, accessedOn: calendarDateOf(now) });
}

/** A figure ready to export: its SVG file and the numbers it draws. */
export type ComposedFigure = { id: string; title: string; svg: string; csv: string };

type FrameParts = { title: string; legend: LegendEntry[]; legendTitle?: string; description?: string; note?: string };

function frameFigure(source: ExportSource, now: Date, { title, legend, legendTitle, description, note }: FrameParts, draw: DrawBody): string {
  return composeFigure(
    {
      title,
      description,
      note,
      subtitle: describeFiltersInWords(source.state.filters, source.labels),
      legend,
      legendTitle,
      sourceLine: describeSourceLine({
        documents: documentsBehind(source.corpus, source.views.matchingStatements),
        corpusVersion: source.corpusVersion,
        generatedOn: calendarDateOf(now),
        synthetic: isSynthetic(source.corpus),
      }),
      synthetic: isSynthetic(source.corpus),
    },
    draw,
  );
}

const UNIT_WORDS = { day: 'day', week: 'week', month: 'month', year: 'year' } as const;

/** The timeline exactly as the panel builds it (same model, same inputs). */
export function timelineFigure(source: ExportSource, now: Date): ComposedFigure {
  const { corpus, outline, views, state, labels } = source;
  const model = buildTimelineModel({
    timeline: views.timeline,
    measure: state.measure,
    bucket: state.bucket,
    filters: state.filters,
    themeOrder: corpus.taxonomy.map((theme) => theme.id),
    themeLabel: labels.theme,
    matchCount: views.totals[state.measure],
    extent: eventStartExtent(corpus),
    covered: coveredPeriods(corpus),
  });
  const data = timelineFigureDataFromModel(model);
  const title = `Themes over time: ${data.measure.toLowerCase()} per theme by ${UNIT_WORDS[model.unit]}`;
  const noun = data.measure.toLowerCase();
  const severalThemesNote = outline.severalThemes[state.measure]
    ? `${state.measure === 'statements' ? 'A statement' : 'An event'} with several themes counts once under each, so the stacks add up to more than the number of ${noun}.`
    : undefined;
  return {
    id: 'timeline',
    title,
    svg: frameFigure(source, now, { title, legend: timelineLegend(data), legendTitle: 'Themes', description: model.summary, note: severalThemesNote }, (box) =>
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
export async function mapFigure(source: ExportSource, now: Date): Promise<ComposedFigure> {
  const { views, state, labels } = source;
  const input: MapFigureInput = {
    geography: await loadGeography(),
    tallies: views.countries,
    selected: state.filters.countries,
    countryName: labels.country,
  };
  const title = 'Participant map: events each country took part in';
  const ranked = rankCountries(views.countries, state.filters.countries);
  return {
    id: 'map',
    title,
    svg: frameFigure(source, now, { title, legend: mapFigureLegend(input, figureBodyWidth()), legendTitle: 'Events taken part in' }, (box) =>
      drawMapBody(input, box),
    ),
    csv: countryTalliesToCsv(ranked, labels, source),
  };
}

const FIGURES = { map: mapFigure, timeline: timelineFigure } as const;
export type FigureId = keyof typeof FIGURES;

async function pngOf(svg: string): Promise<Blob> {
  return rasteriseSvg(svg, { width: FIGURE_WIDTH, height: FIGURE_HEIGHT, scale: 2 });
}

export async function figureFile(source: ExportSource, id: FigureId, format: FigureFormat, now: Date): Promise<ExportFile> {
  const figure = await FIGURES[id](source, now);
  const name = fileNameFor(source, id, format, now);
  if (format === 'csv') return { name, blob: new Blob([figure.csv], { type: CSV_TYPE }) };
  if (format === 'svg') return { name, blob: new Blob([figure.svg], { type: SVG_TYPE }) };
  return { name, blob: await pngOf(figure.svg) };
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
  for (const id of Object.keys(FIGURES) as FigureId[]) {
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
