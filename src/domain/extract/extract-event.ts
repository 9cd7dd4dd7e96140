import type { ForumEvent, Statement } from '../corpus/corpus-schema.ts';
import { findParticipantCount } from './counts.ts';
import type { EventDates, DatedMention } from './event-date.ts';
import { findFormat, inferInPerson, type FormatCue } from './event-format.ts';
import { findLocation } from './event-place.ts';
import { findEventTitle } from './event-title.ts';
import type { CityIndex } from './gazetteer.ts';
import type { NameMatch } from './lexicon.ts';
import { collectMentions } from './mentions.ts';
import { findOrganisers } from './organisers.ts';
import { findParticipation } from './participation.ts';
import { participantsThroughRoles } from './participation-roles.ts';
import type { PersonRegister } from './person-register.ts';
import { assignThemes, type ThemeMatcher } from './themes.ts';
import type { Paragraph, Sentence } from './text.ts';
import { fact, type Provenance } from './types.ts';

/** What the event facts are read from: the text and what the other passes found in it. */
export type EventInput = {
  eventId: string;
  docId: string;
  text: string;
  provenance: Provenance;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  names: readonly NameMatch[];
  register: PersonRegister;
  statements: readonly Statement[];
  dates: EventDates;
  dated: readonly DatedMention[];
  formats: readonly FormatCue[];
  themes: ThemeMatcher;
  cities: CityIndex;
  warn: (offset: number, message: string) => void;
};

const DESCRIPTIVE = /\b(?:dedicated|devoted|focused|focus|agenda|discuss\w*|topics?|themes?|aimed|addressed|considered|reviewed|examined|exchanged views)\b/i;

/**
 * The event a release reports: its name, dates, format, place, organisers,
 * how many took part and who took part. Each fact keeps the words it was
 * read from; what the text does not state is marked inferred with the reason.
 */
export function extractEvent(input: EventInput): ForumEvent {
  const { text, provenance, paragraphs, sentences, names, statements, warn } = input;
  const statementSpans = statements.map((s) => s.span);
  const titleSpan = findEventTitle(text, paragraphs[0]);
  const title = titleSpan
    ? fact(text.slice(titleSpan[0], titleSpan[1]), titleSpan, false)
    : fact(
        provenance.title ?? `Event reported by ${provenance.publisher} on ${provenance.publishedOn}`,
        [0, 0],
        true,
        provenance.title ? 'The text names no event; the document title stands in.' : 'The text names no event; this title only says where it was reported.',
      );
  if (!titleSpan) warn(0, 'no event name found in the opening paragraph; the event title is a placeholder');

  const persons = input.register.mentions;
  const stated = findFormat(input.formats, {
    text, titleSpan, eventStart: input.dates.start.value, dated: input.dated, persons, excluded: statementSpans,
    openingSentenceEnd: sentences[0]?.end ?? 0,
  });
  const place = stated?.value === 'online' || stated?.value === 'phone' ? null : findLocation(text, names, input.cities, statementSpans);
  const format = stated ?? inferInPerson(text, place);
  const location = format?.value === 'online' ? fact({ kind: 'online' as const }, format.span, format.inferred, format.reason) : place;

  const participation = findParticipation(text, sentences, names);
  for (const unknown of participation.unresolved) {
    warn(unknown.offset, `"${unknown.name}" in a list of participants is not a known country or organisation; left out`);
  }
  const speakers = new Set(statements.flatMap((s) => (s.speaker?.name ? [s.speaker.name] : [])));
  const throughRoles = participantsThroughRoles({ text, names, register: input.register, opening: paragraphs[0], speakers, excluded: statementSpans })
    .filter((f) => !participation.countries.some((c) => c.value === f.value));
  const countries = [...participation.countries, ...throughRoles];

  const outside = (start: number, end: number) => !statementSpans.some(([s, e]) => s <= start && end <= e);
  const themeRanges = [
    ...(titleSpan ? [titleSpan] : []),
    ...sentences.filter((s) => DESCRIPTIVE.test(text.slice(s.start, s.end)) && outside(s.start, s.end)).map((s) => [s.start, s.end] as [number, number]),
  ];
  const participantCount = findParticipantCount(text);
  return {
    id: input.eventId,
    documentId: input.docId,
    title,
    startDate: input.dates.start,
    ...(input.dates.end ? { endDate: input.dates.end } : {}),
    datePrecision: input.dates.precision,
    ...(location ? { location } : {}),
    ...(format ? { format } : {}),
    organisers: findOrganisers({ text, names, cities: input.cities, persons, opening: paragraphs[0] }),
    ...(participantCount ? { participantCount } : {}),
    participatingCountries: countries as ForumEvent['participatingCountries'],
    participatingOrganisations: participation.organisations,
    themes: themeRanges.flatMap(([s, e]) => assignThemes(input.themes, text, s, e)).sort((a, b) => a.span[0] - b.span[0]),
    ...collectMentions(names, 0, text.length, [
      ...statementSpans, ...participation.itemSpans, ...throughRoles.map((f) => f.span), ...(titleSpan ? [titleSpan] : []),
    ]),
  };
}
