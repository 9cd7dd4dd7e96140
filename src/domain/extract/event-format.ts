import { compileCue, matchCues, type CompiledCue, type CueMatch } from './cues.ts';
import type { DatedMention } from './event-date.ts';
import type { PersonMention } from './person-register.ts';
import type { Tables } from './tables.ts';
import { fact, type Fact } from './types.ts';

/**
 * How the event was held. A cue of data/event-formats.json gives it, unless
 * the cue is about something else: inside reported speech, about another
 * event ("the summit held online on 10 November", "the results of ..."),
 * or about one speaker's link ("who joined by video link"). With no cue
 * left, a place or venue makes it an in-person event, marked inferred.
 */

export type EventFormat = 'online' | 'in-person' | 'hybrid' | 'phone';
export type FormatCue = CompiledCue<{ format: EventFormat; explicit: boolean }>;

export function compileFormats(tables: Tables): FormatCue[] {
  return tables.eventFormats.cues.map((c) => compileCue(c.cue, { format: c.format, explicit: c.explicit }));
}

type Context = {
  text: string;
  titleSpan: readonly [number, number] | null;
  eventStart: string;
  dated: readonly DatedMention[];
  persons: readonly PersonMention[];
  excluded: ReadonlyArray<readonly [number, number]>;
  /** Where the first sentence ends. */
  openingSentenceEnd: number;
};

const OTHER_EVENT = /\b(?:results\s+of|following|previous|earlier|preparations?\s+for|ahead\s+of)\b[^,.;]*$/i;
const OWN_LINK = /\b(?:who|joined|spoke|addressed|delivered|took\s+part|participated|sent|made|gave)\b/i;
const EVENT_WORDS = /\b(?:held|took\s+place|meeting|conference|forum|event|session|summit|talks|conversation)\b/i;

function aboutTheEvent(ctx: Context, cue: CueMatch<unknown>): boolean {
  const { text } = ctx;
  const title = ctx.titleSpan;
  if (title && title[0] <= cue.start && cue.end <= title[1]) return true;
  if (ctx.excluded.some(([s, e]) => s <= cue.start && cue.start < e)) return false;
  const clauseStart = Math.max(text.lastIndexOf('.', cue.start), text.lastIndexOf('\n', cue.start), 0);
  const clause = text.slice(clauseStart, cue.start);
  if (OTHER_EVENT.test(clause)) return false;
  // A date right after the cue that is not the event's: another meeting.
  const date = ctx.dated.find((d) => d.mention.start >= cue.end && d.mention.start - cue.end <= 6);
  if (date && date.resolved.start !== ctx.eventStart) return false;
  // One person's link: "Professor X, who joined by video link", or a later speaker's "addressed the forum by video link".
  // A phone call is always between people, and the opening sentence's person speaks for the event.
  const person = ctx.persons.findLast((p) => p.start >= clauseStart && p.end <= cue.start);
  if (person && (cue.value as { format?: string }).format !== 'phone') {
    const between = text.slice(person.end, cue.start);
    const relative = /^,?\s+who\b/.test(between);
    if ((relative || person.start > ctx.openingSentenceEnd) && OWN_LINK.test(between) && !EVENT_WORDS.test(between)) return false;
  }
  return true;
}

export function findFormat(cues: readonly FormatCue[], ctx: Context): Fact<EventFormat> | null {
  const matches = matchCues(cues, ctx.text, 0, ctx.text.length).filter((m) => aboutTheEvent(ctx, m));
  const chosen = matches.find((m) => m.value.explicit) ?? matches[0];
  if (!chosen) return null;
  const words = ctx.text.slice(chosen.start, chosen.end);
  return chosen.value.explicit
    ? fact(chosen.value.format, [chosen.start, chosen.end], false)
    : fact(chosen.value.format, [chosen.start, chosen.end], true, `Inferred from "${words}".`);
}

const VENUE = /\b(?:at|in|visited)\s+the\s+((?:\p{Lu}[\p{L}'\u2019-]*\s+)*(?:Secretariat|Headquarters|Embassy|Ministry|Palace|Residence|Hall|Centre|Center|Hotel|House|Executive\s+Committee)\b|(?:[\p{L}-]+\s+){0,2}(?:residence|headquarters|building|hall))/u;

/** In person, inferred, when the text names a place or a venue and no cue says otherwise. */
export function inferInPerson(text: string, place: { span: [number, number]; value: { place: string } } | null): Fact<EventFormat> | null {
  if (place) {
    return fact('in-person', place.span, true, `A place is named ("${place.value.place}") and nothing says the event was held online.`);
  }
  const venue = VENUE.exec(text);
  if (!venue) return null;
  const start = venue.index + venue[0].length - venue[1]!.length;
  return fact('in-person', [start, start + venue[1]!.length], true, `A venue is named ("${venue[1]}") and nothing says the event was held online.`);
}
