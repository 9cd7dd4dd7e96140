import type { CountryCode } from '../corpus/corpus-schema.ts';
import { withoutFacets, type Filters } from '../view-state/filters.ts';
import type { CountryTally, LinkedViews, LinkedViewsEngine } from '../engine/contract.ts';
import { formatCount, plural } from '../format/format-count.ts';

/**
 * What the participant map says about each country: whether it took part in
 * a matching event, was only mentioned in a matching statement, or neither.
 */
export type ParticipationKind = 'participant' | 'mentioned' | 'none';

export function participationKind(tally: CountryTally | undefined): ParticipationKind {
  if (!tally) return 'none';
  if (tally.events > 0 || tally.statements > 0) return 'participant';
  if (tally.mentions > 0) return 'mentioned';
  return 'none';
}

export type ParticipationCounts = {
  /** Countries that took part in at least one event on the map. */
  participants: number;
  /** Countries that took part in none but are mentioned in a statement. */
  mentionedOnly: number;
  /** Events on the map: those matching every filter but the country one. */
  events: number;
};

export function countParticipation(tallies: readonly CountryTally[], events: number): ParticipationCounts {
  let participants = 0;
  let mentionedOnly = 0;
  for (const tally of tallies) {
    const kind = participationKind(tally);
    if (kind === 'participant') participants += 1;
    else if (kind === 'mentioned') mentionedOnly += 1;
  }
  return { participants, mentionedOnly, events };
}

/**
 * The number of events the map covers. The map ignores the country filter,
 * so with no country selected this is the headline's count; otherwise it is
 * recounted without that filter (only then is the extra pass paid).
 */
export function countEventsOnMap(engine: LinkedViewsEngine, views: LinkedViews, filters: Filters): number {
  if (filters.countries.length === 0) return views.totals.events;
  const unfiltered = engine.query({ filters: withoutFacets(filters, ['countries']), sort: 'date-asc' });
  return unfiltered.totals.events;
}


/**
 * One sentence saying what the map shows, e.g. "7 countries took part in
 * 1 event; 1 more is only mentioned."
 */
export function describeParticipation({ participants, mentionedOnly, events }: ParticipationCounts): string {
  let sentence: string;
  if (participants > 0) {
    sentence = `${plural(participants, 'country', 'countries')} took part in ${plural(events, 'event', 'events')}`;
  } else if (events > 0) {
    sentence = `No country is recorded as taking part in the ${plural(events, 'matching event', 'matching events')}`;
  } else {
    sentence = 'No event matches the filters';
  }
  if (mentionedOnly > 0) {
    const verb = mentionedOnly === 1 ? 'is' : 'are';
    sentence +=
      participants > 0
        ? `; ${formatCount(mentionedOnly)} more ${verb} only mentioned`
        : `; ${plural(mentionedOnly, 'country', 'countries')} ${verb} only mentioned`;
  }
  return `${sentence}.`;
}

/**
 * What one country's counts mean, in words: the accessible name of its map
 * mark and the body of its tooltip.
 */
export function describeCountryCounts(tally: CountryTally | undefined): string[] {
  const kind = participationKind(tally);
  if (!tally || kind === 'none') return ['Not in any matching event or statement'];
  const lines: string[] = [];
  if (kind === 'participant') {
    lines.push(`Took part in ${plural(tally.events, 'event', 'events')}`);
    lines.push(`${plural(tally.statements, 'statement', 'statements')} at its events`);
  } else {
    lines.push('Only mentioned, took part in no event');
  }
  if (tally.mentions > 0) lines.push(`Mentioned in ${plural(tally.mentions, 'statement', 'statements')}`);
  return lines;
}

/** "Japan: took part in 1 event, 10 statements at its events." */
export function describeCountry(name: string, tally: CountryTally | undefined): string {
  const [first, ...rest] = describeCountryCounts(tally);
  const text = [first!.charAt(0).toLowerCase() + first!.slice(1), ...rest.map((line) => line.toLowerCase())];
  return `${name}: ${text.join(', ')}.`;
}

/**
 * The countries the ranked list offers as filters: every tallied country in
 * rank order, then any selected country the filters left without counts, so
 * that every active country filter can be switched off where it was set.
 */
export function rankCountries(tallies: readonly CountryTally[], selected: readonly CountryCode[]): CountryTally[] {
  const listed = tallies.filter((tally) => participationKind(tally) !== 'none');
  const present = new Set(listed.map((tally) => tally.code));
  const extra = selected
    .filter((code) => !present.has(code))
    .map((code): CountryTally => ({ code, events: 0, statements: 0, mentions: 0 }));
  return [...listed, ...extra];
}

/**
 * Selected countries that took part in no matching event but are mentioned
 * in matching statements: without mentions the filter finds nothing of
 * theirs, so the map offers to include mentions. Empty when mentions are on.
 */
export function mentionedOnlySelection(
  tallies: readonly CountryTally[],
  selected: readonly CountryCode[],
  includeMentions: boolean,
): { codes: CountryCode[]; mentions: number } {
  if (includeMentions) return { codes: [], mentions: 0 };
  const chosen = new Set(selected);
  const only = tallies.filter((tally) => chosen.has(tally.code) && participationKind(tally) === 'mentioned');
  return { codes: only.map((tally) => tally.code), mentions: only.reduce((sum, tally) => sum + tally.mentions, 0) };
}

/** "Afghanistan took part in no matching event; 3 statements mention it." */
export function describeMentionedOnlySelection(names: readonly string[], mentions: number): string {
  const who = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${plural(names.length - 3, 'other')}`;
  const them = names.length === 1 ? 'it' : 'them';
  return `${who} took part in no matching event; ${plural(mentions, 'statement')} ${mentions === 1 ? 'mentions' : 'mention'} ${them}.`;
}
