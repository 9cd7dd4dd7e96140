import type { Speaker } from '../corpus/corpus-schema.ts';
import type { NameMatch } from './lexicon.ts';
import { antecedent, pronounOf, type Person, type PersonMention, type PersonRegister } from './persons.ts';
import type { Tables } from './tables.ts';
import { escapeRegExp } from './lexicon.ts';
import { slugify, trimRange } from './text.ts';

/**
 * Turns the words before a reporting verb into a speaker: a person (however
 * they are referred to), a group speaking jointly ("The sides"), or nobody
 * ("It was noted that ..."). A subject that names no one is not a speaker.
 */

export type SubjectResult =
  | { kind: 'speaker'; speaker: Speaker; note?: string }
  | { kind: 'nobody' }
  | { kind: 'unresolved'; speaker: Speaker | null; problem: string }
  | { kind: 'not-a-subject'; subject: string };

export type SpeakerContext = {
  docId: string;
  text: string;
  tables: Tables;
  names: readonly NameMatch[];
  register: PersonRegister;
};

const PASSIVE = /(?:^|,\s*)[Ii]t\s+(?:is|was|has\s+been|had\s+been|will\s+be|was\s+also|is\s+also)$/;

/** Subject span with trailing adverbs ("Mr Norov also") left out. */
function trimAdverbs(ctx: SpeakerContext, start: number, end: number): [number, number] {
  let [s, e] = trimRange(ctx.text, start, end);
  const adverbs = [...ctx.tables.speakers.adverbs].sort((a, b) => b.length - a.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const adverb of adverbs) {
      const regex = new RegExp(`(?:^|[\\s,])${escapeRegExp(adverb)},?$`, 'i');
      const match = regex.exec(ctx.text.slice(s, e));
      if (match && match.index > 0) {
        [s, e] = trimRange(ctx.text, s, s + match.index);
        changed = true;
      }
    }
  }
  return [s, e];
}

/** True when text[from, to) is empty, "The", or ends a leading clause (", "). */
function isSubjectLead(lead: string): boolean {
  return lead.trim() === '' || /,\s*$/.test(lead);
}

function personSpeaker(ctx: SpeakerContext, person: Person, mentionStart: number, mentionEnd: number): Speaker {
  const mention = ctx.text.slice(mentionStart, mentionEnd);
  const speaker: Speaker = {
    id: person.name ? slugify(person.name) : `${ctx.docId}:${slugify(mention)}`,
    name: person.name,
    role: person.role,
    organisation: person.organisation,
    country: (person.country as Speaker['country']) ?? null,
    mention,
    mentionSpan: [mentionStart, mentionEnd],
  };
  // Only a mention that is not itself the fullest one points back to it.
  if (person.fullSpan[0] < mentionStart || person.fullSpan[1] > mentionEnd) speaker.resolvedFrom = [...person.fullSpan];
  return speaker;
}

function unresolvedSpeaker(ctx: SpeakerContext, mention: PersonMention, start: number): Speaker {
  const words = ctx.text.slice(start, mention.end);
  return {
    id: `${ctx.docId}:${slugify(words.replace(/^the\s+/i, ''))}`,
    name: null,
    role: mention.role ?? null,
    organisation: mention.organisation ?? null,
    country: (mention.country as Speaker['country']) ?? null,
    mention: words,
    mentionSpan: [start, mention.end],
  };
}

export function resolveSubject(ctx: SpeakerContext, start: number, end: number, lastGroup: Speaker | null): SubjectResult {
  const { text, tables } = ctx;
  let [s, e] = trimAdverbs(ctx, start, end);
  // An apposition closes with a comma: "Vladimir Norov, SCO Secretary-General, stressed".
  if (text[e - 1] === ',') [s, e] = trimRange(text, s, e - 1);
  // A relative clause is no part of the subject: "Professor Ilya Sorin, who joined by video link, noted".
  const relative = /,\s+(?:who|which|whose)\b[^,]*$/.exec(text.slice(s, e));
  if (relative) [s, e] = trimRange(text, s, s + relative.index);
  const subject = text.slice(s, e);
  if (subject === '') return { kind: 'not-a-subject', subject };

  // A person mention that ends the subject.
  const mention = ctx.register.mentions
    .filter((m) => m.end === e && m.start >= s)
    .sort((a, b) => a.start - b.start)[0];
  if (mention) {
    let mentionStart = mention.start;
    const lead = text.slice(s, mentionStart);
    const article = /(?:^|,\s*)((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)$/.exec(lead);
    if (article) mentionStart -= article[1]!.length;
    if (isSubjectLead(text.slice(s, mentionStart))) {
      if (mention.person) {
        const speaker = personSpeaker(ctx, mention.person, mentionStart, e);
        return mention.note ? { kind: 'speaker', speaker, note: `"${text.slice(mentionStart, e)}": ${mention.note}` } : { kind: 'speaker', speaker };
      }
      return {
        kind: 'unresolved',
        speaker: unresolvedSpeaker(ctx, mention, mentionStart),
        problem: `could not resolve "${text.slice(mentionStart, e)}" to a named person: ${mention.unresolved ?? 'unknown'}`,
      };
    }
  }

  const tailStart = subject.lastIndexOf(',') === -1 ? s : s + subject.lastIndexOf(',') + 1;
  const [ts] = trimRange(text, tailStart, e);
  const tail = text.slice(ts, e);

  const pronoun = pronounOf(tables, tail);
  if (pronoun) {
    if (pronoun.plural) {
      if (lastGroup) return { kind: 'speaker', speaker: { ...lastGroup, mention: tail, mentionSpan: [ts, e] } };
      return { kind: 'unresolved', speaker: null, problem: `"${tail}" has no group named before it to refer to` };
    }
    const person = antecedent(ctx.register, ts, pronoun.gender);
    if (person) return { kind: 'speaker', speaker: personSpeaker(ctx, person, ts, e) };
    return { kind: 'unresolved', speaker: null, problem: `"${tail}" has no person named before it to refer to` };
  }

  if (PASSIVE.test(subject)) return { kind: 'nobody' };

  // "The message notes that": the one who sent the message, when the text says who did.
  const document = DOCUMENT_SUBJECT.exec(tail);
  if (document) {
    const author = authorOf(ctx, document[1]!.toLowerCase(), ts);
    if (author) return { kind: 'speaker', speaker: personSpeaker(ctx, author, ts, e) };
  }

  const group = groupOf(ctx, tail);
  if (group !== null) {
    return {
      kind: 'speaker',
      speaker: {
        id: `${ctx.docId}:group:${slugify(group)}`,
        name: null,
        role: group,
        organisation: null,
        country: null,
        mention: tail,
        mentionSpan: [ts, e],
      },
    };
  }
  return { kind: 'not-a-subject', subject };
}

const DOCUMENT_SUBJECT = /^(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er)\s+(?:\p{L}+\s+)?(message|letter|address|telegram|greeting)$/u;
const SENT = /\b(?:sent|delivered|addressed|conveyed|wrote|forwarded)\b/;

/** The subject of the latest sentence before `offset` that says someone sent a `noun`. */
function authorOf(ctx: SpeakerContext, noun: string, offset: number): Person | null {
  const { text } = ctx;
  let at = text.toLowerCase().lastIndexOf(noun, offset - 1);
  while (at !== -1) {
    const sentenceStart = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
    const subject = ctx.register.mentions.find((m) => m.subject === true && m.start >= sentenceStart && m.end <= at && m.person);
    if (subject && SENT.test(text.slice(subject.end, at))) return subject.person;
    at = text.toLowerCase().lastIndexOf(noun, sentenceStart - 1);
  }
  return null;
}

/** "The two sides" → "sides"; "The SCO member states" → "SCO member states"; null when no group. */
function groupOf(ctx: SpeakerContext, tail: string): string | null {
  const determiners = [...ctx.tables.speakers.groupDeterminers].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const stripped = tail.replace(new RegExp(`^(?:${determiners.join('|')})\\s+`), '');
  if (stripped === tail && /^\p{Ll}/u.test(tail)) return null;
  if (stripped.split(/\s+/).length > 5) return null;
  const groups = [...ctx.tables.speakers.groups].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const head = new RegExp(`(?:^|\\s)(?:${groups.join('|')})(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3})?$`, 'iu');
  if (!head.test(stripped)) return null;
  // A group is described by common nouns; proper names other than known bodies make it something else.
  return stripped;
}
