import { useDashboard } from './dashboard-context.tsx';
import { downloadFile } from '../components/download.ts';
import type { ExportMenuItem } from '../components/export-menu.tsx';

const LABELS = { csv: 'CSV (the table’s events)', json: 'JSON (the table’s events)', parquet: 'Parquet (the table’s events)' } as const;

/** The events table's Export menu: its rows as CSV, JSON or Parquet, with provenance. */
export function useEventExportItems(): ExportMenuItem[] {
  const dashboard = useDashboard();
  return (['csv', 'json', 'parquet'] as const).map((format) => ({
    label: LABELS[format],
    onSelect: async () => {
      const jobs = await import('./event-export-jobs.ts');
      downloadFile(jobs.eventsFile(dashboard, format, new Date()));
    },
  }));
}
