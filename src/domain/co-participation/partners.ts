import type { CountryCode } from '../corpus/corpus-schema.ts';
import type { CoParticipation } from '../engine/contract.ts';
import { formatCount, plural } from '../format/format-count.ts';

/**
 * What the "Who took part together" view says: the partners of the picked
 * countries with the share of the picked countries' events they attended,
 * and one sentence that follows the filters.
 */
export type PartnerRow = {
  code: CountryCode;
  name: string;
  /** Events shared with the picked countries (any of them). */
  events: number;
  /** events ÷ the picked countries' events, as a percentage. */
  share: number;
  /** Per picked country: events shared with it and the share of its events. */
  byPicked: Array<{ events: number; share: number }>;
};

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

/** "42 %", "0.4 %": one decimal below 10 %, none above; never rounds a part up to 100 %. */
export function formatShare(share: number): string {
  if (share > 0 && share < 10) return `${(Math.round(share * 10) / 10).toFixed(1)} %`;
  const rounded = Math.round(share);
  return `${share < 100 && rounded === 100 ? 99 : rounded} %`;
}

export function buildPartnerRows(result: CoParticipation, countryName: (code: string) => string): PartnerRow[] {
  return result.partners.map((partner) => ({
    code: partner.code,
    name: countryName(partner.code),
    events: partner.events,
    share: percent(partner.events, result.pickedEvents),
    byPicked: partner.byPicked.map((events, i) => ({ events, share: percent(events, result.picked[i]!.events) })),
  }));
}

/** "India", "India and China", "India, China or Russia". */
export function joinNames(names: readonly string[], conjunction: 'and' | 'or'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]!}`;
}

/**
 * One sentence, e.g. "India took part in 3,210 of the matching events,
 * with 57 other countries; most often Russia, at 2,004 (62 %)."
 */
export function describeCoParticipation(result: CoParticipation, countryName: (code: string) => string, askedFor: number): string {
  if (result.picked.length === 0) {
    return askedFor > 0
      ? 'No picked country took part in an event of this corpus; pick another on the map or in the country list.'
      : 'Pick one or more countries on the map or in the country list to see who took part with them.';
  }
  const names = result.picked.map((p) => countryName(p.code));
  const who = joinNames(names, 'or');
  if (result.pickedEvents === 0) return `${who} took part in none of the matching events.`;
  let sentence = `${who} took part in ${formatCount(result.pickedEvents)} of the matching events`;
  if (result.picked.length > 1) sentence += ` (all of them together in ${formatCount(result.allPickedEvents)})`;
  const top = result.partners[0];
  if (!top) return `${sentence}, with no other country.`;
  sentence += `, with ${plural(result.partners.length, 'other country', 'other countries')}; most often ${countryName(top.code)}, at ${plural(top.events, 'event', 'events')} (${formatShare(percent(top.events, result.pickedEvents))})`;
  return `${sentence}.`;
}

/** What the view counts, said once beside its summary: its pick is the country filter, which it does not apply. */
export const CO_PARTICIPATION_RULE = 'Counts the events that match the other filters, and taking part only: mentions do not count.';

export function coParticipationFigureTitle(order: 'cluster' | 'count'): string {
  return `Who took part together: events shared by the busiest countries${order === 'cluster' ? ', clustered' : ', by events'}`;
}
