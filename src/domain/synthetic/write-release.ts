import type { CorpusDocument, CountryCode, ForumEvent, Span, Statement, ThemeAssignment } from '../corpus/corpus-schema.ts';
import type { EventPlan, GeneratorState, SyntheticSpeaker } from './generate-corpus.ts';
import { sampleDistinct, type Rng } from './prng.ts';
import { CLOSINGS, CONNECTORS, COUNTRIES, OPENINGS, ORGANISATION_HEADS, ORGANISATION_TOPICS, REPORTING_VERBS, SYLLABLES, THEMES } from './vocabulary.ts';

/*
 * Writing one synthetic release: its text piece by piece, with the span of
 * every fact and statement recorded as it is written, so the records always
 * slice their document exactly.
 */

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const DAY_MS = 86_400_000;
export const PUBLISHER = 'Synthetic Press Office (generated test data)';

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function spokenDate(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Appends pieces of a document and remembers where each one landed. */
export class TextBuilder {
  private readonly parts: string[] = [];
  length = 0;
  paragraph = 0;

  add(text: string): Span {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return [start, this.length];
  }

  newParagraph(): void {
    this.add('\n');
    this.paragraph += 1;
  }

  toString(): string {
    return this.parts.join('');
  }
}

export function listCountries(
  text: TextBuilder,
  codes: readonly number[],
): Array<{ code: CountryCode; name: string; span: Span }> {
  const spans: Array<{ code: CountryCode; name: string; span: Span }> = [];
  codes.forEach((countryIndex, i) => {
    if (i > 0) text.add(i === codes.length - 1 ? ' and ' : ', ');
    const [code, name] = COUNTRIES[countryIndex]!;
    spans.push({ code: code as CountryCode, name, span: text.add(name) });
  });
  return spans;
}

export function cueIn(theme: (typeof THEMES)[number], phrase: string): { cue: string; offset: number } {
  for (const cue of theme.cues) {
    const offset = phrase.indexOf(cue);
    if (offset >= 0) return { cue, offset };
  }
  throw new Error(`phrase "${phrase}" contains no cue of ${theme.id}`);
}

/** Adds a theme phrase and returns the theme assignment for its cue. */
export function addThemePhrase(text: TextBuilder, rng: Rng, themeIndex: number): ThemeAssignment {
  const theme = THEMES[themeIndex]!;
  const phrase = rng.pick(theme.phrases);
  const [start] = text.add(phrase);
  const { cue, offset } = cueIn(theme, phrase);
  return { themeId: theme.id, cue, span: [start + offset, start + offset + cue.length] };
}


export function documentOf(id: string, text: TextBuilder, publishedDay: number, title: string | null): CorpusDocument {
  return {
    id,
    ...(title === null ? {} : { title }),
    publisher: PUBLISHER,
    sourceUrl: `https://synthetic.invalid/releases/${id}`,
    publishedOn: isoDate(publishedDay),
    language: 'en',
    text: text.toString(),
  };
}

/** The opening paragraphs of the main release, with the event's facts. */
export function writeEventIntro(text: TextBuilder, rng: Rng, plan: EventPlan, documentId: string): ForumEvent {
  let startSpan: Span;
  let endSpan: Span | null = null;
  if (plan.endDay > plan.startDay) {
    text.add('From ');
    startSpan = text.add(spokenDate(plan.startDay));
    text.add(' to ');
    endSpan = text.add(spokenDate(plan.endDay));
  } else {
    text.add('On ');
    startSpan = text.add(spokenDate(plan.startDay));
  }
  text.add(', the ');
  const titleSpan = text.add(plan.title);
  text.add(' was held ');
  let locationSpan: Span;
  if (plan.online) {
    locationSpan = text.add('online');
  } else {
    text.add('in ');
    locationSpan = text.add(plan.place);
    text.add(` (${COUNTRIES[plan.placeCountry]![1]})`);
  }
  text.add(' by the ');
  const organiserSpan = text.add(plan.organiser);
  text.add('.');
  text.newParagraph();
  text.add('Taking part in the event were representatives of ');
  const participants = listCountries(text, plan.participants);
  text.add('.');
  let participantCount: ForumEvent['participantCount'];
  if (rng.chance(0.3)) {
    const count = rng.between(2, 60) * 10;
    text.add(' ');
    const span = text.add(`Over ${count}`);
    text.add(' participants attended.');
    participantCount = { value: { count, qualifier: 'over', asStated: `Over ${count}` }, span, inferred: false };
  }
  const themes: ThemeAssignment[] = [];
  if (plan.ownThemes.length > 0) {
    text.newParagraph();
    text.add('It was dedicated to ');
    plan.ownThemes.forEach((themeIndex, i) => {
      if (i > 0) text.add(' and ');
      themes.push(addThemePhrase(text, rng, themeIndex));
    });
    text.add('.');
  }
  const event: ForumEvent = {
    id: plan.id,
    documentId,
    title: { value: plan.title, span: titleSpan, inferred: false },
    startDate: { value: isoDate(plan.startDay), span: startSpan, inferred: false },
    ...(endSpan ? { endDate: { value: isoDate(plan.endDay), span: endSpan, inferred: false } } : {}),
    datePrecision: 'day',
    location: plan.online
      ? { value: { kind: 'online' }, span: locationSpan, inferred: false }
      : {
          value: { kind: 'place', place: plan.place, country: COUNTRIES[plan.placeCountry]![0] as CountryCode },
          span: locationSpan,
          inferred: false,
        },
    ...(plan.online ? { format: { value: 'online' as const, span: locationSpan, inferred: false } } : {}),
    organisers: [{ value: plan.organiser, span: organiserSpan, inferred: false }],
    ...(participantCount ? { participantCount } : {}),
    participatingCountries: participants.map(({ code, span }) => ({ value: code, span, inferred: false })),
    participatingOrganisations: [],
    themes,
  };
  return event;
}

type SpeakerMention = { text: string; resolvedFrom?: Span };

export function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/** One statement paragraph; its spans are in document coordinates. */
export function writeStatement(
  text: TextBuilder,
  state: GeneratorState,
  plan: EventPlan,
  documentId: string,
  speaker: SyntheticSpeaker | null,
  firstMentions: Map<string, Span>,
): Statement {
  const { rng } = state;
  const themeIndices = sampleDistinct(rng, state.themeSampler, drawThemeCount(rng));
  const [verbText, verbLemma] = rng.pick(REPORTING_VERBS);
  const quoted = rng.chance(0.12);

  let mention: SpeakerMention;
  if (speaker === null) mention = { text: 'The participants' };
  else {
    const first = firstMentions.get(speaker.id);
    if (first === undefined) mention = { text: speaker.name === null ? `The ${speaker.role}` : `${speaker.role} ${speaker.name}` };
    else if (rng.chance(0.5)) mention = { text: `${speaker.honorific} ${speaker.surname}`, resolvedFrom: first };
    else mention = { text: 'The ' + speaker.role, resolvedFrom: first };
  }

  const start = text.length;
  let mentionSpan: Span = [start, start];
  let verbSpan: Span = [start, start];
  const themes: ThemeAssignment[] = [];
  const mentionedCountries: Statement['mentionedCountries'] = [];
  const mentionedOrganisations: Statement['mentionedOrganisations'] = [];
  const mentionedPlaces: Statement['mentionedPlaces'] = [];

  const writeSpeakerAndVerb = (atSentenceStart: boolean) => {
    // Mid-sentence "The Director" is written "the Director", and recorded so.
    if (!atSentenceStart) mention = { ...mention, text: mention.text.replace(/^The /, 'the ') };
    mentionSpan = text.add(mention.text);
    text.add(' ');
    verbSpan = text.add(verbText);
  };
  const writeClauses = (capitalised: boolean) => {
    const opening = rng.pick(OPENINGS);
    text.add(capitalised ? capitalise(opening) : opening);
    text.add(' ');
    themeIndices.forEach((themeIndex, i) => {
      if (i > 0) {
        text.add(`, ${rng.pick(CONNECTORS)} this ${rng.pick(CLOSINGS)} `);
      }
      themes.push(addThemePhrase(text, rng, themeIndex));
    });
    if (rng.chance(0.35)) {
      text.add(', including in ');
      const codes = sampleDistinct(rng, state.countrySampler, rng.between(1, 2));
      for (const { code, name, span } of listCountries(text, codes)) {
        mentionedCountries.push({ code, surface: name, span });
      }
    }
    if (rng.chance(0.1)) {
      text.add(' together with the ');
      const name = inventOrganisation(rng);
      mentionedOrganisations.push({ name, span: text.add(name) });
    }
    if (rng.chance(0.15)) {
      text.add(' under the ');
      const name = `${inventName(rng)} Initiative`;
      mentionedPlaces.push({ name, span: text.add(name) });
    }
  };

  if (quoted) {
    text.add('"');
    writeClauses(true);
    text.add('," ');
    writeSpeakerAndVerb(false);
    text.add('.');
  } else {
    writeSpeakerAndVerb(true);
    text.add(' that ');
    writeClauses(false);
    text.add('.');
  }
  const span: Span = [start, text.length];
  if (speaker !== null && !firstMentions.has(speaker.id)) firstMentions.set(speaker.id, mentionSpan);

  return {
    id: `${documentId}-${span[0]}-${span[1]}`,
    documentId,
    eventId: plan.id,
    speaker:
      speaker === null
        ? null
        : {
            id: speaker.id,
            name: speaker.name,
            role: speaker.role,
            organisation: speaker.organisation,
            mention: mention.text,
            mentionSpan,
            ...(mention.resolvedFrom ? { resolvedFrom: mention.resolvedFrom } : {}),
          },
    verb: { text: verbText, lemma: verbLemma, span: verbSpan },
    speechType: quoted ? 'quoted' : 'reported',
    text: '',
    span,
    paragraphIndex: text.paragraph,
    themes,
    mentionedCountries,
    mentionedOrganisations,
    mentionedPlaces,
  };
}

export function inventName(rng: Rng): string {
  const syllables = rng.between(2, 3);
  let name = '';
  for (let i = 0; i < syllables; i += 1) name += rng.pick(SYLLABLES);
  return name[0]!.toUpperCase() + name.slice(1);
}

export function inventOrganisation(rng: Rng): string {
  return `${rng.pick(ORGANISATION_HEADS)} for ${rng.pick(ORGANISATION_TOPICS)}`;
}

export function drawThemeCount(rng: Rng): number {
  const u = rng.next();
  return u < 0.4 ? 1 : u < 0.75 ? 2 : u < 0.93 ? 3 : 4;
}
