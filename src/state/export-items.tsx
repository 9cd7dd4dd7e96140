import { useDashboard } from './dashboard-context.tsx';
import { CopyButton } from '../components/copy-button.tsx';
import { downloadFile } from '../components/download.ts';
import type { ExportMenuItem } from '../components/export-menu.tsx';
import type { FigureFormat, FigureId } from './export-jobs.ts';
import { DEFAULT_FIGURE_OPTIONS, FIGURE_SIZES, type FigureOptions } from '../domain/export/figure-options.ts';

/*
 * What each panel's Export menu offers. The items are cheap closures; the
 * export code itself is loaded by import() on the first export.
 */
const loadJobs = () => import('./export-jobs.ts');

const FIGURE_FORMATS: readonly { format: FigureFormat; label: (size: string) => string }[] = [
  { format: 'svg', label: (size) => `SVG (vector figure, ${size})` },
  { format: 'png', label: (size) => `PNG (image, ${size})` },
  { format: 'csv', label: () => 'CSV (the numbers drawn)' },
];

/** The Export menu of a figure, exported with the size and headline of `options` (see FigureOptionsDisclosure). */
export function useFigureExportItems(figure: FigureId, options: FigureOptions = DEFAULT_FIGURE_OPTIONS): ExportMenuItem[] {
  const dashboard = useDashboard();
  const { width, height } = FIGURE_SIZES[options.size];
  return FIGURE_FORMATS.map(({ format, label }) => ({
    label: label(`${width} × ${height}`),
    onSelect: async () => {
      const jobs = await loadJobs();
      downloadFile(await jobs.figureFile(dashboard, figure, format, new Date(), options));
    },
  }));
}

export function useStatementExportItems(): ExportMenuItem[] {
  const dashboard = useDashboard();
  const labels = { csv: 'CSV (filtered statements)', json: 'JSON (filtered statements)', parquet: 'Parquet (filtered statements)' } as const;
  return (['csv', 'json', 'parquet'] as const).map((format) => ({
    label: labels[format],
    onSelect: async () => {
      const jobs = await loadJobs();
      downloadFile(jobs.statementsFile(dashboard, format, new Date()));
    },
  }));
}

type CopyCitationProps = {
  statementId: string;
  /** Id of the statement's attribution ("Vladimir Norov stressed…"), which tells the buttons of a list apart. */
  describedBy?: string;
  className?: string;
};

/** "Copy citation" for one statement, for the statement list and the source reader. */
export function CopyCitationButton({ statementId, describedBy, className }: CopyCitationProps) {
  const dashboard = useDashboard();
  return (
    <CopyButton
      label="Copy citation"
      describedBy={describedBy}
      what="Citation"
      className={className}
      getText={async () => (await loadJobs()).citationText(dashboard, statementId, new Date())}
    />
  );
}
