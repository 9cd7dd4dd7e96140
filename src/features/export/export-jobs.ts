/**
 * Every export the dashboard offers, as functions of a snapshot of the
 * dashboard. Loaded on demand (import()) the first time the user exports,
 * so none of this weighs on the first load of the page.
 */
import type { Dashboard } from '../../app/dashboard-context.tsx';
import { serializeViewState } from '../../domain/url-state.ts';
import { formatCitation } from '../../domain/export/citation.ts';
import { timelineToCsv } from '../../domain/export/chart-tables.ts';
import { buildExportFileName, describeFilterSlug } from '../../domain/export/filenames.ts';
import { describeFiltersInWords } from '../../domain/export/filter-words.ts';
import { calendarDateOf, isSynthetic, type ExportContext } from '../../domain/export/metadata.ts';
import { assemblePacketFiles, zipPacket, type PacketFigure } from '../../domain/export/packet.ts';
import { describeSourceLine, documentsBehind } from '../../domain/export/source-line.ts';
import { buildStatementRows, statementRowsToCsv, statementRowsToJson } from '../../domain/export/statement-rows.ts';
import { runSteps, type ExportStep, type StepProgress } from '../../domain/export/steps.ts';
import { composeFigure, FIGURE_HEIGHT, FIGURE_WIDTH, type DrawBody, type LegendEntry } from '../../figures/figure-frame.ts';
import { rasteriseSvg } from '../../figures/rasterise.ts';
import { drawTimelineBody, timelineLegend } from '../../figures/timeline-figure.ts';
import type { ExportFile } from './download.ts';
import { timelineFigureData } from './timeline-export-data.ts';

export type ExportSource = Pick<Dashboard, 'corpus' | 'corpusVersion' | 'corpusSource' | 'index' | 'views' | 'state' | 'labels'>;

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

function frameFigure(source: ExportSource, now: Date, title: string, legend: LegendEntry[], legendTitle: string | undefined, draw: DrawBody): string {
  return composeFigure(
    {
      title,
      subtitle: describeFiltersInWords(source.state.filters, source.labels),
      legend,
      legendTitle,
      sourceLine: describeSourceLine({
        documents: documentsBehind(source.corpus, source.views.matchingStatements),
        corpusVersion: source.corpusVersion,
        generatedOn: calendarDateOf(now),
        synthetic: isSynthetic(source.corpus),
      }),
      generatedOn: calendarDateOf(now),
      synthetic: isSynthetic(source.corpus),
    },
    draw,
  );
}

export function timelineFigure(source: ExportSource, now: Date): ComposedFigure {
  const data = timelineFigureData(source);
  const title = `${data.measure} per theme over time`;
  return {
    id: 'timeline',
    title,
    svg: frameFigure(source, now, title, timelineLegend(data), 'Themes', (box) => drawTimelineBody(data, box)),
    csv: timelineToCsv(data, source),
  };
}

const FIGURES = { timeline: timelineFigure } as const;
export type FigureId = keyof typeof FIGURES;

async function pngOf(svg: string): Promise<Blob> {
  return rasteriseSvg(svg, { width: FIGURE_WIDTH, height: FIGURE_HEIGHT, scale: 2 });
}

export async function figureFile(source: ExportSource, id: FigureId, format: FigureFormat, now: Date): Promise<ExportFile> {
  const figure = FIGURES[id](source, now);
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
      run: () => {
        composed = FIGURES[id](source, now);
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
