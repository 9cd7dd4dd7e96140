import { useDashboard } from './dashboard-context.tsx';
import { downloadFile } from '../components/download.ts';
import type { ExportMenuItem } from '../components/export-menu.tsx';
import { DEFAULT_FIGURE_OPTIONS, FIGURE_SIZES } from '../domain/export/figure-options.ts';

/** The speaker comparison's Export menu: the figure as SVG or PNG, and its numbers as CSV. */
export function useSpeakerExportItems(): ExportMenuItem[] {
  const dashboard = useDashboard();
  const { width, height } = FIGURE_SIZES[DEFAULT_FIGURE_OPTIONS.size];
  const items = [
    { format: 'svg', label: `SVG (vector figure, ${width} × ${height})` },
    { format: 'png', label: `PNG (image, ${width} × ${height})` },
    { format: 'csv', label: 'CSV (the numbers drawn)' },
  ] as const;
  return items.map(({ format, label }) => ({
    label,
    onSelect: async () => {
      const jobs = await import('./speaker-export-jobs.ts');
      downloadFile(await jobs.speakerComparisonFile(dashboard, format, new Date()));
    },
  }));
}
