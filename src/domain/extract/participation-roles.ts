import type { NameMatch } from './lexicon.ts';
import type { PersonRegister } from './person-register.ts';
import { fact, type Fact } from './types.ts';

/**
 * Countries that take part through a person or a role rather than a list:
 * the country of an official the opening paragraph names ("the Ambassador
 * of Mongolia", "Foreign Minister of Pakistan") or of anyone quoted as
 * speaking; a country that chairs or hosts the event; the country an
 * official visits; "the Pakistani delegation". Each is marked inferred,
 * with the words it was read from. Mentions inside reported speech, and
 * where an envoy is accredited ("to China"), make no participant.
 */

const CHAIR_OR_HOST = /\b(?:[Cc]haired\s+by|[Hh]osted\s+by|under\s+the\s+(?:chairmanship|presidency)\s+of|(?:visit|trip)\s+to|visited)\s+(?:the\s+)?$/;
const POSSESSIVE_CHAIR = /^['\u2019]s\s+(?:chairmanship|presidency)\b/;
// "the results of the talks of President X", "a message from Minister Y": a person spoken about, not a party.
const SPOKEN_ABOUT = /\b(?:results|message|letter|speech|address|statement|greetings?|words|decree|death|memory|talks)\s+(?:of|from|by)\s+(?:the\s+)?$/i;
const SIDE = /^\s+(?:delegation|delegations|side|delegates|representatives|parliamentarians|observers)\b/;

type Context = {
  text: string;
  names: readonly NameMatch[];
  register: PersonRegister;
  opening: { start: number; end: number } | undefined;
  speakers: ReadonlySet<string>;
  excluded: ReadonlyArray<readonly [number, number]>;
};

export function participantsThroughRoles(ctx: Context): Fact<string>[] {
  const { text } = ctx;
  const found: Fact<string>[] = [];
  const inSpeech = (at: number) => ctx.excluded.some(([s, e]) => s <= at && at < e);
  const add = (code: string, span: [number, number], reason: string) => {
    if (!found.some((f) => f.value === code)) found.push(fact(code, span, true, reason));
  };
  const inOpening = (at: number) => ctx.opening !== undefined && ctx.opening.start <= at && at < ctx.opening.end;

  for (const person of ctx.register.persons) {
    if (person.country === null || !person.countrySpan) continue;
    const mentions = ctx.register.mentions.filter((m) => m.person === person && !inSpeech(m.start));
    const opens = mentions.some((m) => inOpening(m.start) && !SPOKEN_ABOUT.test(text.slice(Math.max(0, m.start - 40), m.start)));
    const speaks = person.name !== null && ctx.speakers.has(person.name);
    if (!opens && !speaks) continue;
    const words = text.slice(person.fullSpan[0], person.fullSpan[1]);
    add(person.country, person.countrySpan, `Took part through "${words}", ${opens ? 'named as a party in the opening paragraph' : 'who spoke'}.`);
  }
  for (const name of ctx.names) {
    if (name.value.kind !== 'country' || inSpeech(name.start)) continue;
    const before = text.slice(Math.max(0, name.start - 40), name.start);
    const chair = CHAIR_OR_HOST.exec(before);
    if (chair && (!/visit|trip/.test(chair[0]) || inOpening(name.start))) {
      add(name.value.code, [name.start, name.end], `"${chair[0].trim()} ${name.surface}" is read as taking part.`);
      continue;
    }
    if (POSSESSIVE_CHAIR.test(text.slice(name.end)) && /\bunder\s+(?:the\s+)?$/.test(before)) {
      add(name.value.code, [name.start, name.end], `"under ${name.surface}'s chairmanship" is read as taking part.`);
      continue;
    }
    const side = SIDE.exec(text.slice(name.end));
    if (side) add(name.value.code, [name.start, name.end], `"${name.surface}${side[0]}" is read as taking part.`);
  }
  return found;
}
