import { UNTHEMED } from '../../domain/corpus-index.ts';
import { formatShortMonth } from '../../domain/format-date.ts';
import { categoryColour, UNCATEGORISED_COLOUR } from '../../figures/palette.ts';
import type { TimelineFigureData } from '../../figures/timeline-figure.ts';
import type { ExportSource } from './export-jobs.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The timeline's per-day counts grouped by calendar month, every month from
 * the first to the last included, themes in taxonomy order.
 * TODO(timeline merge): read the timeline engineer's model instead, so the
 * export draws exactly the buckets the live chart draws.
 */
export function timelineFigureData(source: ExportSource): TimelineFigureData {
  const { timeline } = source.views;
  const measure = source.state.measure;
  const perTheme = measure === 'events' ? timeline.events : timeline.statements;
  const dates = timeline.dates;
  const buckets: TimelineFigureData['buckets'][number][] = [];
  const bucketOfMonth = new Map<string, number>();
  if (dates.length > 0) {
    let [year, month] = dates[0]!.split('-').map(Number) as [number, number];
    const last = dates[dates.length - 1]!.slice(0, 7);
    for (;;) {
      const key = `${year}-${pad(month)}`;
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      bucketOfMonth.set(key, buckets.length);
      buckets.push({ label: formatShortMonth(`${key}-01`), start: `${key}-01`, end: `${key}-${pad(days)}` });
      if (key >= last) break;
      month += 1;
      if (month === 13) [year, month] = [year + 1, 1];
    }
  }
  const order = source.corpus.taxonomy.map((theme) => theme.id);
  const ids = Object.keys(perTheme).sort((a, b) => {
    const rank = (id: string) => (id === UNTHEMED ? Infinity : order.indexOf(id) === -1 ? order.length : order.indexOf(id));
    return rank(a) - rank(b) || (a < b ? -1 : 1);
  });
  const series = ids.map((id) => {
    const counts = buckets.map(() => 0);
    perTheme[id]!.forEach((count, d) => {
      counts[bucketOfMonth.get(dates[d]!.slice(0, 7))!]! += count;
    });
    const position = order.indexOf(id);
    return {
      themeId: id,
      label: source.labels.theme(id),
      colour: id === UNTHEMED ? UNCATEGORISED_COLOUR : categoryColour(position === -1 ? order.length : position),
      counts,
    };
  });
  return { buckets, series, measure: measure === 'events' ? 'Events' : 'Statements' };
}
