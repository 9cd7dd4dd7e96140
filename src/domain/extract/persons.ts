import { escapeRegExp } from './lexicon.ts';
import { readName, surnameOf, type NameContext } from './person-names.ts';
import { createRegister, genderOfHonorific, register, type Gender, type Person, type PersonMention, type PersonRegister } from './person-register.ts';
import { scanTitles } from './person-titles.ts';
import type { Tables } from './tables.ts';
import type { Sentence } from './text.ts';

/**
 * Finds the people a release names — "SCO Secretary-General Vladimir Norov",
 * "Vladimir Norov, SCO Secretary-General", "Mr Norov", "the Secretary-General",
 * "the Uzbek diplomat" — and keeps a register of them, so that later, shorter
 * mentions resolve to the fuller one. Nothing here guesses: a mention that
 * fits no one stays unresolved.
 */

export { createRegister };
export type { Gender, Person, PersonMention, PersonRegister };

/**
 * Records every person mention of one sentence in the register. Call in
 * document order: a mention can only resolve to people named before it.
 */
export function scanSentence(reg: PersonRegister, ctx: NameContext, sentence: Sentence): void {
  const { text, tables } = ctx;
  const found: PersonMention[] = scanTitles(reg, ctx, sentence);
  const slice = text.slice(sentence.start, sentence.end);
  const covered = (s: number, e: number) => found.some((m) => m.start < e && s < m.end);

  // Honorifics with a surname: "Mr Norov", "Mr Zhang".
  const honorifics = tables.speakers.honorifics.map((h) => escapeRegExp(h.word)).join('|');
  for (const m of slice.matchAll(new RegExp(`(?<![\\p{L}])(${honorifics})\\s+`, 'gu'))) {
    const start = sentence.start + m.index;
    const name = readName(ctx, start + m[0].length, sentence.end);
    if (!name || covered(start, name.end)) continue;
    const surname = surnameOf(tables, name.name);
    const gender = genderOfHonorific(tables, m[1]!);
    const candidates = reg.persons.filter((p) => p.surname === surname && (p.gender === null || gender === null || p.gender === gender));
    const mention: PersonMention = { start, end: name.end, kind: 'honorific', person: null };
    if (candidates.length === 1) {
      mention.person = candidates[0]!;
      mention.person.gender ??= gender;
    } else if (name.name.includes(' ')) {
      mention.person = register(reg, { name: name.name, surname, role: null, organisation: null, country: null, gender, fullSpan: [start, name.end] });
    } else {
      mention.unresolved = candidates.length === 0 ? 'no one with this surname is named before it' : `${candidates.length} people named before it share this surname`;
    }
    found.push(mention);
  }

  found.push(...scanDescriptors(reg, ctx, sentence, covered));

  // Bare names of people already registered.
  for (const person of reg.persons) {
    for (const form of new Set([person.name, person.surname])) {
      if (!form) continue;
      for (const m of slice.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu'))) {
        const start = sentence.start + m.index;
        if (!covered(start, start + form.length)) found.push({ start, end: start + form.length, kind: 'name', person });
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  const first = found[0];
  if (first) {
    const lead = text.slice(sentence.start, first.start);
    first.subject = /^(?:.*,\s*)?(?:(?:The|the|Its|His|Her|Their)\s+)?$/.test(lead);
  }
  reg.mentions.push(...found);
}

const SPOKEN_ABOUT = /\b(?:message|letter|greetings?|words|speech|address|talks|results)\s+(?:\p{Ll}+\s+){0,2}(?:of|from|by)\s+(?:the\s+)?$/u;

/**
 * "The Uzbek diplomat", "the guest": a noun that refers back to the
 * nearest person named before who fits (of that country, when one is
 * given).
 */
function scanDescriptors(reg: PersonRegister, ctx: NameContext, sentence: Sentence, covered: (s: number, e: number) => boolean): PersonMention[] {
  const { text, tables } = ctx;
  const nouns = tables.speakers.descriptors.map(escapeRegExp).join('|');
  const found: PersonMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(new RegExp(`(?<![\\p{L}])[Tt]he\\s+(?:(\\p{Lu}[\\p{L}-]*)\\s+)?(${nouns})(?![\\p{L}])`, 'gu'))) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    let country: string | null = null;
    if (m[1]) {
      const at = start + m[0].indexOf(m[1], 3);
      const name = ctx.names.find((n) => n.start === at);
      if (name?.value.kind !== 'country') continue;
      country = name.value.code;
    }
    // The nearest who fits, preferring one who was a sentence's subject over one only spoken about ("a message from X").
    const earlier = reg.mentions.filter((x) => x.end <= start && x.person !== null && (country === null || x.person.country === country)
      && !SPOKEN_ABOUT.test(text.slice(Math.max(0, x.start - 40), x.start)));
    const person = (earlier.findLast((x) => x.subject === true) ?? earlier.at(-1))?.person ?? null;
    const mention: PersonMention = { start, end, kind: 'descriptor', person, country };
    if (!person) mention.unresolved = `no one${country ? ` of ${country}` : ''} is named before it`;
    found.push(mention);
  }
  return found;
}

/** Gender a pronoun requires, and whether it is plural; null when the word is no pronoun. */
export function pronounOf(tables: Tables, word: string) {
  return tables.speakers.pronouns.find((p) => p.word === word) ?? null;
}

/**
 * The person a pronoun at `offset` refers to: the subject of the latest
 * sentence that opened with a compatible person ("Mr A met Mr B. He said"
 * is Mr A), else the latest compatible person mentioned at all.
 */
export function antecedent(reg: PersonRegister, offset: number, gender: Gender): Person | null {
  const compatible = (mention: PersonMention) => {
    if (mention.end > offset || !mention.person) return false;
    const known = mention.person.gender;
    return gender === null || known === null || known === gender;
  };
  const before = reg.mentions.filter(compatible);
  const subject = before.findLast((m) => m.subject === true);
  return (subject ?? before.at(-1))?.person ?? null;
}
