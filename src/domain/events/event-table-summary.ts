import { formatCount, plural } from '../format/format-count.ts';
import type { EventSort } from '../view-state/event-sort.ts';

const DIRECTION_WORDS: Readonly<Record<EventSort['column'], { asc: string; desc: string }>> = {
  date: { asc: 'oldest first', desc: 'newest first' },
  title: { asc: 'A to Z', desc: 'Z to A' },
  place: { asc: 'A to Z', desc: 'Z to A' },
  format: { asc: 'A to Z', desc: 'Z to A' },
  organisers: { asc: 'A to Z', desc: 'Z to A' },
  participants: { asc: 'fewest first', desc: 'most first' },
  countries: { asc: 'fewest first', desc: 'most first' },
};

const SORT_NOUNS: Readonly<Record<EventSort['column'], string>> = {
  date: 'date',
  title: 'title',
  place: 'place',
  format: 'format',
  organisers: 'organisers',
  participants: 'participant count',
  countries: 'number of participating countries',
};

/** "date, oldest first". */
export function describeEventSort(sort: EventSort): string {
  return `${SORT_NOUNS[sort.column]}, ${DIRECTION_WORDS[sort.column][sort.direction]}`;
}

/**
 * The table's one-sentence summary: how many events it lists out of the
 * corpus's, in which order, and which are chosen, e.g. "42 of 360 events
 * match the filters, sorted by date, oldest first; 1 chosen: Youth Forum."
 */
export function describeEventTable(input: { shown: number; total: number; sort: EventSort; filtered: boolean; chosen: readonly string[] }): string {
  const { shown, total, sort, filtered, chosen } = input;
  const listed = filtered
    ? `${formatCount(shown)} of ${plural(total, 'event')} match the filters`
    : `All ${plural(total, 'event')} of the corpus`;
  const sorted = shown > 1 ? `, sorted by ${describeEventSort(sort)}` : '';
  const picked = chosen.length === 0 ? '' : `; ${formatCount(chosen.length)} chosen: ${chosen.join(', ')}`;
  return `${listed}${sorted}${picked}.`;
}
