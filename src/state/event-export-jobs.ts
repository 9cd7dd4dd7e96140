/**
 * The events table's exports, loaded on demand like export-jobs.ts: the
 * table's rows, in the table's order, with the span of every value.
 */
import type { Dashboard } from './dashboard-context.tsx';
import type { ExportFile } from '../components/download.ts';
import { buildEventRows, eventRowsToCsv, eventRowsToJson } from '../domain/export/event-rows.ts';
import { eventRowsToParquet } from '../domain/export/event-parquet.ts';
import { contextOf, fileNameFor, type ExportSource } from './export-jobs.ts';

export type EventExportSource = ExportSource & Pick<Dashboard, 'eventList'>;

export function eventsFile(source: EventExportSource, format: 'csv' | 'json' | 'parquet', now: Date): ExportFile {
  const context = contextOf(source, now);
  const order = source.eventList.listEvents({ filters: source.state.filters, sort: source.state.eventSort });
  const rows = buildEventRows(source.corpus, order, new Set(source.state.filters.events));
  const name = fileNameFor(source, 'events', format, now);
  if (format === 'csv') return { name, blob: new Blob([eventRowsToCsv(rows, context)], { type: 'text/csv;charset=utf-8' }) };
  if (format === 'parquet') return { name, blob: new Blob([eventRowsToParquet(rows, context).slice()], { type: 'application/vnd.apache.parquet' }) };
  return { name, blob: new Blob([eventRowsToJson(rows, context)], { type: 'application/json;charset=utf-8' }) };
}
