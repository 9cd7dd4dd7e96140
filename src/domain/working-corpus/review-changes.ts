import type { CountryCode, ForumEvent, Statement, Theme, ThemeAssignment } from '../corpus/corpus-schema.ts';
import type { Change, ReleaseRecords } from './release-corrections.ts';
import { ADDED_FIELD, REMOVED_FIELD } from '../extract/corrections.ts';

/**
 * What each review control asks for, as changes to the corrected records
 * (see release-corrections.ts for how they become corrections). Pure.
 */
type Fact<T> = { value: T; span: [number, number]; inferred: boolean; reason?: string | undefined };

const byStart = (a: { span: readonly [number, number] }, b: { span: readonly [number, number] }) => a.span[0] - b.span[0] || a.span[1] - b.span[1];

/** Moves a country between the event's participants and the countries it only mentions: two changes. */
export function moveCountry(records: ReleaseRecords, code: CountryCode, to: 'mentioned' | 'participating'): Change[] {
  const { event, document } = records;
  const mentioned = event.mentionedCountries ?? [];
  const change = (field: string, value: unknown): Change => ({ record: 'event', id: event.id, field, value });
  if (to === 'mentioned') {
    const fact = event.participatingCountries.find((f) => f.value === code);
    if (!fact) throw new Error(`${code} is not a participant`);
    const entry = { code, surface: document.text.slice(fact.span[0], fact.span[1]), span: fact.span };
    return [
      change('participatingCountries', event.participatingCountries.filter((f) => f.value !== code)),
      change('mentionedCountries', [...mentioned.filter((m) => m.code !== code), entry].sort(byStart)),
    ];
  }
  const entry = mentioned.find((m) => m.code === code);
  if (!entry) throw new Error(`${code} is not mentioned`);
  const fact = { value: code, span: entry.span, inferred: false };
  return [
    change('participatingCountries', [...event.participatingCountries.filter((f) => f.value !== code), fact].sort(byStart)),
    change('mentionedCountries', mentioned.filter((m) => m.code !== code)),
  ];
}

/** A fact the analyst has set: no longer inferred, its span kept (where the text said it, or [0, 0]). */
function confirmed<T>(fact: Fact<T> | undefined, value: T, reasonIfNew: string): Fact<T> {
  if (!fact) return { value, span: [0, 0], inferred: true, reason: reasonIfNew };
  const { reason: _reason, ...rest } = fact;
  return { ...rest, value, inferred: false };
}

export function setDate(event: ForumEvent, which: 'startDate' | 'endDate', date: string): Change {
  const fact = which === 'startDate' ? event.startDate : event.endDate;
  return { record: 'event', id: event.id, field: which, value: confirmed(fact, date, 'Given by the analyst in review; the text does not say.') };
}

export function setFormat(event: ForumEvent, format: NonNullable<ForumEvent['format']>['value']): Change {
  return { record: 'event', id: event.id, field: 'format', value: confirmed(event.format, format, 'Given by the analyst in review; the text does not say.') };
}

const GIVEN = 'Given by the analyst in review; the text does not say.';

/** Where the event took place, or that it was online (a place with its country, when the analyst names one). */
export function setLocation(event: ForumEvent, location: NonNullable<ForumEvent['location']>['value']): Change {
  return { record: 'event', id: event.id, field: 'location', value: confirmed(event.location, location, GIVEN) };
}

/** The organisers as the analyst lists them: those the text named keep their spans, the others are marked given. */
export function setOrganisers(event: ForumEvent, names: readonly string[]): Change {
  const value = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))].map(
    (name) => event.organisers.find((o) => o.value === name) ?? { value: name, span: [0, 0] as [number, number], inferred: true, reason: GIVEN },
  );
  return { record: 'event', id: event.id, field: 'organisers', value };
}

type ParticipantCount = NonNullable<ForumEvent['participantCount']>['value'];

const QUALIFIERS: ReadonlyArray<[RegExp, ParticipantCount['qualifier']]> = [
  [/^(?:over|more than|above)\b/i, 'over'],
  [/^(?:about|around|some|approximately|nearly|almost)\b/i, 'about'],
  [/^(?:under|fewer than|less than|below)\b/i, 'under'],
  [/^at least\b/i, 'at-least'],
  [/^up to\b/i, 'up-to'],
];

/** "over 40", "about 1,200", "35": the count an analyst types, read as the extractor reads one; null when it holds no number. */
export function readCountAsStated(text: string): ParticipantCount | null {
  const asStated = text.trim().replace(/\s+/g, ' ');
  const number = /^(?:[A-Za-z]+(?: [A-Za-z]+)? )?(\d{1,3}(?:,\d{3})+|\d+)(?: [A-Za-z]+)?$/.exec(asStated);
  if (!number) return null;
  const qualifier = QUALIFIERS.find(([cue]) => cue.test(asStated))?.[1] ?? 'exact';
  if (qualifier === 'exact' && !/^\d/.test(asStated)) return null;
  return { count: Number(number[1]!.replace(/,/g, '')), qualifier, asStated };
}

export function setParticipantCount(event: ForumEvent, count: ParticipantCount): Change {
  return { record: 'event', id: event.id, field: 'participantCount', value: confirmed(event.participantCount, count, GIVEN) };
}

export function dropStatement(statement: Statement): Change {
  return { record: 'statement', id: statement.id, field: REMOVED_FIELD, value: true };
}

/** A statement the extractor missed, made from words the analyst selected (markStatement). */
export function addStatement(statement: Statement): Change {
  return { record: 'statement', id: statement.id, field: ADDED_FIELD, value: statement };
}

/** The cue recorded for a theme the analyst assigned (no cue of the taxonomy fired). */
export const ANALYST_CUE = 'assigned by the analyst';

/**
 * Themes set to exactly `themeIds`: assignments the extractor made for them
 * are kept, a theme added by the analyst points at the record's own span.
 */
export function setThemes(
  record: { kind: 'event'; event: ForumEvent } | { kind: 'statement'; statement: Statement },
  themeIds: readonly string[],
  taxonomy: readonly Theme[],
): Change {
  const current: ThemeAssignment[] = record.kind === 'event' ? record.event.themes : record.statement.themes;
  const span: [number, number] = record.kind === 'event' ? record.event.title.span : record.statement.span;
  const known = new Set(taxonomy.map((t) => t.id));
  const wanted = new Set(themeIds.filter((id) => known.has(id)));
  const kept = current.filter((t) => wanted.has(t.themeId));
  const added = [...wanted].filter((id) => !kept.some((t) => t.themeId === id)).map((themeId) => ({ themeId, cue: ANALYST_CUE, span }));
  const value = [...kept, ...added].sort(byStart);
  const id = record.kind === 'event' ? record.event.id : record.statement.id;
  return { record: record.kind, id, field: 'themes', value };
}

/** The distinct speakers of a release's statements, in order of first appearance. */
export function speakersOf(statements: readonly Statement[]): NonNullable<Statement['speaker']>[] {
  const seen = new Map<string, NonNullable<Statement['speaker']>>();
  for (const s of statements) if (s.speaker && !seen.has(s.speaker.id)) seen.set(s.speaker.id, s.speaker);
  return [...seen.values()];
}

/**
 * Gives a statement to another speaker of the release: who they are comes
 * from the chosen speaker; how this sentence names them stays (its mention
 * and span), and the chosen speaker's own mention is where it was resolved from.
 */
export function reassignSpeaker(statement: Statement, speaker: NonNullable<Statement['speaker']>): Change {
  const current = statement.speaker;
  const { resolvedFrom: _from, mention: _mention, mentionSpan: _span, ...who } = speaker;
  const value = current
    ? { ...who, mention: current.mention, mentionSpan: current.mentionSpan, resolvedFrom: speaker.resolvedFrom ?? speaker.mentionSpan }
    : speaker;
  return { record: 'statement', id: statement.id, field: 'speaker', value };
}
