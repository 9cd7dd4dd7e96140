import type { CityIndex } from './gazetteer.ts';
import type { NameMatch } from './lexicon.ts';
import type { PersonMention } from './person-register.ts';
import { fact, type Fact } from './types.ts';

/**
 * Who organised the event: "organised / held / hosted by X" anywhere, "X
 * hosted / organised / convened a ..." in the opening paragraph, and the
 * country that chaired it ("chaired by Kyrgyzstan", "under the
 * chairmanship of Uzbekistan"). "Held by", "hosted" and "chaired" are read
 * as naming the organiser, and marked inferred.
 */

const NAME_WORD = "\\p{Lu}[\\p{L}'\u2019-]*";
const CONNECTOR = '(?:and|of|for|on|the|against)';
const PASSIVE = /\b(organi[sz]ed|co-organi[sz]ed|arranged|convened|held|hosted)\s+(?:jointly\s+)?by\s+(?:the\s+)?/g;
const NAME_PHRASE = new RegExp(`^${NAME_WORD}(?:\\s+(?:${CONNECTOR}\\s+)*${NAME_WORD})*`, 'u');
const ACTIVE = /\s+(hosted|organi[sz]ed|co-organi[sz]ed|convened|held)\s+(?:a|an|the|its)\s/g;
const CHAIR = /\b(?:[Cc]haired\s+by|under\s+the\s+(?:chairmanship|presidency)\s+of)\s+(?:the\s+)?/g;
const CHAIR_POSSESSIVE = /(?:^|\s)under\s+(?:the\s+)?$/;

type Context = { text: string; names: readonly NameMatch[]; cities: CityIndex; persons: readonly PersonMention[]; opening: { start: number; end: number } | undefined };

function split(phrase: string, start: number, make: (part: string, span: [number, number]) => Fact<string>): Fact<string>[] {
  // "the A and the B": two organisers; "Peace and Development Foundation": one.
  const parts = phrase.split(/(\s+and\s+the\s+|,\s+(?:and\s+)?(?:the\s+)?)/);
  const found: Fact<string>[] = [];
  let offset = start;
  parts.forEach((part, i) => {
    if (i % 2 === 0 && part.trim() !== '') found.push(make(part, [offset, offset + part.length]));
    offset += part.length;
  });
  return found;
}

/** The capitalised phrase that ends at `end` (the subject of an active verb), without a trailing "in Beijing". */
function subjectBefore(ctx: Context, from: number, end: number): { start: number; end: number } | null {
  let stop = end;
  const inCity = /\s+in\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)$/u.exec(ctx.text.slice(from, stop));
  if (inCity && ctx.cities.has(inCity[1]!)) stop -= inCity[0].length;
  const words = ctx.text.slice(from, stop).split(/(\s+)/);
  let start = stop;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = words[i]!;
    if (/^\s+$/.test(word) || word === '') {
      start -= word.length;
      continue;
    }
    if (!/^\p{Lu}/u.test(word) && !/^(?:and|of|for|on|the)$/.test(word)) break;
    start -= word.length;
  }
  // Leading connectors and articles are no part of the name.
  const phrase = ctx.text.slice(start, stop);
  const lead = /^(?:\s*(?:and|of|for|on|the|The)\s+)*\s*/.exec(phrase)![0];
  start += lead.length;
  return start < stop && /^\p{Lu}/u.test(ctx.text.slice(start, stop)) ? { start, end: stop } : null;
}

export function findOrganisers(ctx: Context): Fact<string>[] {
  const { text } = ctx;
  const organisers: Fact<string>[] = [];
  const add = (found: Fact<string>[]) => {
    for (const f of found) if (!organisers.some((o) => o.value === f.value)) organisers.push(f);
  };
  for (const m of text.matchAll(PASSIVE)) {
    const phraseStart = m.index + m[0].length;
    const phrase = NAME_PHRASE.exec(text.slice(phraseStart));
    if (!phrase || ctx.cities.has(phrase[0])) continue;
    const explicit = /organi|arranged|convened/.test(m[1]!);
    add(split(phrase[0], phraseStart, (part, span) =>
      explicit ? fact(part, span, false) : fact(part, span, true, `"${m[1]} by" is read as naming the organiser.`)));
  }
  const opening = ctx.opening;
  if (opening) {
    for (const m of text.slice(opening.start, opening.end).matchAll(ACTIVE)) {
      const verbAt = opening.start + m.index;
      const sentenceStart = Math.max(opening.start, text.lastIndexOf('. ', verbAt) + 1, text.lastIndexOf(', ', verbAt) + 1);
      const subject = subjectBefore(ctx, sentenceStart, verbAt);
      if (!subject) continue;
      const phrase = text.slice(subject.start, subject.end);
      // A person or a city as subject ("Mr Li hosted", "Bishkek hosted") names no organising body.
      if (ctx.persons.some((p) => p.start < subject.end && subject.start < p.end) || ctx.cities.has(phrase)) continue;
      const explicit = !/hosted|held/.test(m[1]!);
      add(split(phrase, subject.start, (part, span) =>
        explicit ? fact(part, span, false) : fact(part, span, true, `"${part} ${m[1]}" is read as naming the organiser.`)));
    }
  }
  for (const m of text.matchAll(CHAIR)) {
    const at = m.index + m[0].length;
    const name = ctx.names.find((n) => n.start === at && (n.value.kind === 'country' || n.value.kind === 'organisation'));
    // "chaired by Foreign Minister X" names a person, not a body.
    if (!name || /^\s+\p{Lu}/u.test(text.slice(name.end, name.end + 2))) continue;
    add([fact(name.surface, [name.start, name.end], true, `"${text.slice(m.index, name.end)}" is read as naming the organiser.`)]);
  }
  for (const name of ctx.names) {
    if (name.value.kind !== 'country' || !/^['\u2019]s\s+(?:chairmanship|presidency)\b/.test(text.slice(name.end))) continue;
    if (!CHAIR_POSSESSIVE.test(text.slice(Math.max(0, name.start - 10), name.start))) continue;
    add([fact(name.surface, [name.start, name.end], true, `"under ${name.surface}'s chairmanship" is read as naming the organiser.`)]);
  }
  return organisers;
}
