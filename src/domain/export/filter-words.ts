import type { IsoDate } from '../corpus/corpus-schema.ts';
import type { Filters } from '../view-state/filters.ts';
import type { Labels } from '../corpus/labels.ts';
import { formatShortMonth } from '../format/format-date.ts';

/**
 * The active filters in words, for a figure's subtitle and an export's
 * metadata: "Japan · Counter-terrorism · Aug 2020". Countries and themes are
 * always named ("All countries · All themes" when unfiltered) because a
 * figure read out of context must say what it covers; the other facets
 * appear only when set.
 */
export const FILTER_WORD_SEPARATOR = ' · ';

const LISTED_VALUES = 3;

/** "17 Aug 2020": short enough for a subtitle, never shifted by a time zone. */
export function formatShortDate(date: IsoDate): string {
  const day = Number(date.slice(8, 10));
  return `${day} ${formatShortMonth(date)}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC, so no zone shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Words for an inclusive date range, collapsing whole months and years. */
export function describeDateRange(from: IsoDate | null, to: IsoDate | null): string | null {
  if (from === null && to === null) return null;
  if (from === null) return `Until ${formatShortDate(to!)}`;
  if (to === null) return `From ${formatShortDate(from)}`;
  if (from === to) return formatShortDate(from);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const startsMonth = fd === 1;
  const endsMonth = td === daysInMonth(ty, tm);
  if (startsMonth && endsMonth) {
    if (fm === 1 && tm === 12) return fy === ty ? String(fy) : `${fy}–${ty}`;
    if (fy === ty && fm === tm) return formatShortMonth(from);
    return `${formatShortMonth(from)} – ${formatShortMonth(to)}`;
  }
  return `${formatShortDate(from)} – ${formatShortDate(to)}`;
}

/** "Japan", "Japan or China", "Japan, China or Russia", "Japan, China and 2 more countries". */
function listAlternatives(names: readonly string[], noun: string): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= LISTED_VALUES) return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  const rest = names.length - 2;
  return `${names.slice(0, 2).join(', ')} and ${rest} more ${noun}`;
}

export function describeFiltersAsParts(filters: Filters, labels: Labels): string[] {
  const parts: string[] = [];
  if (filters.countries.length === 0) parts.push('All countries');
  else {
    const countries = listAlternatives(filters.countries.map(labels.country), 'countries');
    parts.push(filters.includeMentions ? `${countries} (taking part or mentioned)` : countries);
  }
  parts.push(filters.themes.length === 0 ? 'All themes' : listAlternatives(filters.themes.map(labels.theme), 'themes'));
  if (filters.speakers.length > 0) parts.push(listAlternatives(filters.speakers.map(labels.speaker), 'speakers'));
  if (filters.events.length > 0) parts.push(listAlternatives(filters.events.map(labels.event), 'events'));
  const dates = describeDateRange(filters.from, filters.to);
  if (dates !== null) parts.push(dates);
  const search = filters.search.trim();
  if (search !== '') parts.push(`Search “${search}”`);
  return parts;
}

export function describeFiltersInWords(filters: Filters, labels: Labels): string {
  return describeFiltersAsParts(filters, labels).join(FILTER_WORD_SEPARATOR);
}
