import type { NameMatch } from './lexicon.ts';
import { escapeRegExp } from './lexicon.ts';
import type { Tables } from './tables.ts';
import type { Sentence } from './text.ts';

/**
 * Finds the people a release names — "SCO Secretary-General Vladimir Norov",
 * "Vladimir Norov, SCO Secretary-General", "Mr Norov", "the Secretary-General"
 * — and keeps a register of them, so that later, shorter mentions resolve to
 * the fuller one. Nothing here guesses: a mention that fits no one, or more
 * than one person, stays unresolved.
 */

export type Gender = 'm' | 'f' | null;

export type Person = {
  name: string | null;
  surname: string;
  role: string | null;
  organisation: string | null;
  country: string | null;
  gender: Gender;
  /** The fullest mention seen, which shorter ones resolve to. */
  fullSpan: [number, number];
};

export type PersonMention = {
  start: number;
  end: number;
  kind: 'full' | 'role' | 'honorific' | 'name';
  person: Person | null;
  /** True when the mention opens its sentence (after any leading clause): the sentence's subject. */
  subject?: boolean;
  /** Why a role or honorific mention could not be resolved. */
  unresolved?: string;
  role?: string;
  organisation?: string | null;
  country?: string | null;
};

const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'\u2019-]*\\p{L}";
const PARTICLE = '(?:bin|ibn|al|el|de|da|van|von|der|la|le|dos|du)';
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`;
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

// Capitalised words that start clauses or sentences, never part of a name.
const STOP_WORDS = new Set([
  'The', 'On', 'In', 'At', 'From', 'Of', 'And', 'By', 'For', 'To', 'With', 'He', 'She', 'It', 'They', 'This', 'That',
  'These', 'Those', 'His', 'Her', 'Their', 'Its', 'As', 'During', 'After', 'Before', 'Also', 'Mr', 'Ms', 'Mrs', 'Dr',
]);

export type PersonRegister = {
  persons: Person[];
  mentions: PersonMention[];
};

export function createRegister(): PersonRegister {
  return { persons: [], mentions: [] };
}

type Context = { text: string; tables: Tables; names: readonly NameMatch[] };

function titleRegex(tables: Tables): RegExp {
  const titles = [...tables.speakers.titles].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/ /g, '\\s+'));
  const modifiers = tables.speakers.modifiers.map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:(?:${modifiers})\\s+)*(?:${titles.join('|')})(s?)(?![\\p{L}\\p{N}])`, 'gu');
}

const titleCache = new WeakMap<Tables, RegExp>();
function titlesOf(tables: Tables): RegExp {
  let regex = titleCache.get(tables);
  if (!regex) titleCache.set(tables, (regex = titleRegex(tables)));
  return regex;
}

/** The longest run of name words starting at `index`, stopped by a stop word or a known proper name. */
function readName(ctx: Context, index: number, limit: number): { start: number; end: number; name: string } | null {
  const match = new RegExp(`^${NAME}`, 'u').exec(ctx.text.slice(index, limit));
  if (!match) return null;
  const words = [...match[0].matchAll(/\S+/g)];
  let end = index;
  for (const word of words) {
    const wordStart = index + word.index;
    const wordEnd = wordStart + word[0].length;
    if (STOP_WORDS.has(word[0])) break;
    if (ctx.names.some((n) => n.start < wordEnd && wordStart < n.end)) break;
    end = wordEnd;
  }
  if (end === index) return null;
  return { start: index, end, name: ctx.text.slice(index, end) };
}

function surnameOf(name: string): string {
  return name.split(/\s+/).at(-1)!;
}

function singular(role: string, plural: boolean): string {
  return plural ? role.replace(/s$/, '') : role;
}

/** Organisation or country written just before a role ("SCO", "Russian", "Ruritania's"). */
function affiliationBefore(ctx: Context, roleStart: number) {
  const before = ctx.text.slice(0, roleStart);
  const gap = /(?:['\u2019]s)?\s+$/.exec(before);
  if (!gap) return null;
  const at = roleStart - gap[0].length;
  const match = ctx.names.find((n) => n.end === at);
  return match ? match : null;
}

/** "of the SCO", "of Ruritania" written just after a role. */
function affiliationAfter(ctx: Context, roleEnd: number) {
  const of = /^\s+of\s+(?:the\s+)?/.exec(ctx.text.slice(roleEnd, roleEnd + 12));
  if (!of) return null;
  const at = roleEnd + of[0].length;
  const match = ctx.names.find((n) => n.start === at && (n.value.kind === 'organisation' || n.value.kind === 'country'));
  return match ?? null;
}

/** Where an envoy is accredited: "to the People's Republic of China"; part of the role. */
function accreditationAfter(ctx: Context, roleEnd: number): number {
  const to = /^\s+to\s+(?:the\s+)?/.exec(ctx.text.slice(roleEnd, roleEnd + 12));
  if (!to) return roleEnd;
  const match = ctx.names.find((n) => n.start === roleEnd + to[0].length && (n.value.kind === 'organisation' || n.value.kind === 'country'));
  return match ? match.end : roleEnd;
}

function genderOfHonorific(tables: Tables, word: string): Gender {
  return tables.speakers.honorifics.find((h) => h.word === word)?.gender ?? null;
}

function register(reg: PersonRegister, candidate: Person): Person {
  const surname = candidate.surname;
  const known =
    reg.persons.find((p) => p.name !== null && p.name === candidate.name) ??
    reg.persons.find((p) => p.surname === surname && (p.name === null || candidate.name === null || !candidate.name.includes(' ') || !p.name.includes(' ')));
  if (!known) {
    reg.persons.push(candidate);
    return candidate;
  }
  // A fuller mention upgrades what is known; nothing known is overwritten.
  if (candidate.name && (!known.name || candidate.name.length > known.name.length)) {
    known.name = candidate.name;
    known.fullSpan = candidate.fullSpan;
  }
  known.role ??= candidate.role;
  known.organisation ??= candidate.organisation;
  known.country ??= candidate.country;
  known.gender ??= candidate.gender;
  return known;
}

function rolesMatch(person: Person, role: string, organisation: string | null, country: string | null): boolean {
  if (person.role === null) return false;
  // "the Chair" refers to the "Chair of the conference" named before, "the
  // Ambassador" to the "Ambassador Extraordinary and Plenipotentiary".
  const known = person.role.toLowerCase();
  const wanted = role.toLowerCase();
  if (known !== wanted && !known.startsWith(`${wanted} `)) return false;
  if (organisation !== null && person.organisation !== null && person.organisation !== organisation) return false;
  if (country !== null && person.country !== null && person.country !== country) return false;
  return true;
}

/**
 * Records every person mention of one sentence in the register. Call in
 * document order: a mention can only resolve to people named before it.
 */
export function scanSentence(reg: PersonRegister, ctx: Context, sentence: Sentence): void {
  const { text, tables } = ctx;
  const found: PersonMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  const covered = (s: number, e: number) => found.some((m) => m.start < e && s < m.end);

  // 1. Titles, with the name after them or before them (apposition).
  const titles = titlesOf(tables);
  titles.lastIndex = 0;
  for (const m of slice.matchAll(titles)) {
    const roleStart = sentence.start + m.index;
    let roleEnd = roleStart + m[0].length;
    const plural = m[1] === 's';
    const role = singular(m[0].replace(/\s+/g, ' '), plural);
    let mentionStart = roleStart;
    let organisation: string | null = null;
    let country: string | null = null;
    const before = affiliationBefore(ctx, roleStart);
    if (before?.value.kind === 'organisation') organisation = before.value.name;
    if (before?.value.kind === 'country') country = before.value.code;
    if (before && (before.value.kind === 'organisation' || before.value.kind === 'country')) mentionStart = before.start;
    const after = affiliationAfter(ctx, roleEnd);
    if (after) {
      if (after.value.kind === 'organisation') organisation ??= after.value.name;
      if (after.value.kind === 'country') country ??= after.value.code;
      roleEnd = after.end;
    }
    roleEnd = accreditationAfter(ctx, roleEnd);
    // Names after the role: one, or a list ("Ministers A and B").
    const names: Array<{ start: number; end: number; name: string }> = [];
    let cursor = roleEnd;
    const lead = /^,?\s+/.exec(text.slice(cursor, sentence.end));
    if (lead) {
      let next = readName(ctx, cursor + lead[0].length, sentence.end);
      while (next) {
        names.push(next);
        cursor = next.end;
        const sep = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/.exec(text.slice(cursor, sentence.end));
        if (!sep || !plural) break;
        next = readName(ctx, cursor + sep[0].length, sentence.end);
      }
    }
    // "The Chair of the conference, Amara Diallo": the role runs to the comma.
    let fullRole = role;
    if (names.length === 0 && !plural) {
      const ofPhrase = /^\s+of\s+[^,.;:"\u201C]{1,60}?,\s+/.exec(text.slice(roleEnd, sentence.end));
      const name = ofPhrase ? readName(ctx, roleEnd + ofPhrase[0].length, sentence.end) : null;
      if (ofPhrase && name && name.name.includes(' ')) {
        fullRole = text.slice(roleStart, roleEnd + ofPhrase[0].lastIndexOf(',')).replace(/\s+/g, ' ');
        names.push(name);
      }
    }
    // Or a name before it: "Vladimir Norov, SCO Secretary-General".
    if (names.length === 0) {
      const apposition = new RegExp(`(${NAME}),\\s+(?:the\\s+)?$`, 'u').exec(text.slice(sentence.start, mentionStart));
      const name = apposition ? readName(ctx, sentence.start + apposition.index, mentionStart) : null;
      if (name && name.name.includes(' ') && name.end === sentence.start + apposition!.index + apposition![1]!.length) {
        const person = register(reg, { name: name.name, surname: surnameOf(name.name), role, organisation, country, gender: null, fullSpan: [name.start, roleEnd] });
        found.push({ start: name.start, end: roleEnd, kind: 'full', person, role, organisation, country });
        continue;
      }
    }
    if (names.length > 0) {
      const countries = plural ? respectiveCountries(ctx, sentence, names.length) : null;
      names.forEach((name, i) => {
        const start = names.length === 1 ? mentionStart : name.start;
        const person = register(reg, {
          name: name.name, surname: surnameOf(name.name), role: fullRole, organisation, country: countries?.[i] ?? country, gender: null,
          fullSpan: [start, name.end],
        });
        found.push({ start, end: name.end, kind: 'full', person, role: fullRole, organisation, country: person.country });
      });
      continue;
    }
    // A plural role alone ("Ministers noted") is a group, not a person.
    if (plural) continue;
    // A role alone ("the SCO Secretary-General") refers to someone named before.
    const candidates = reg.persons.filter((p) => rolesMatch(p, role, organisation, country));
    const determiner = /(?:^|\s)([Tt]he\s+)$/.exec(text.slice(sentence.start, mentionStart));
    const start = determiner ? mentionStart - determiner[1]!.length : mentionStart;
    const mention: PersonMention = { start, end: roleEnd, kind: 'role', person: null, role, organisation, country };
    if (candidates.length === 1) mention.person = candidates[0]!;
    else mention.unresolved = candidates.length === 0 ? 'no one with this role is named before it' : `${candidates.length} people named before it have this role`;
    found.push(mention);
  }

  // 2. Honorifics with a surname: "Mr Norov".
  const honorifics = tables.speakers.honorifics.map((h) => escapeRegExp(h.word)).join('|');
  for (const m of slice.matchAll(new RegExp(`(?<![\\p{L}])(${honorifics})\\s+`, 'gu'))) {
    const start = sentence.start + m.index;
    const name = readName(ctx, start + m[0].length, sentence.end);
    if (!name || covered(start, name.end)) continue;
    const surname = surnameOf(name.name);
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

  // 3. Bare names of people already registered.
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

/**
 * In a sentence with "respectively", the countries listed in order, when
 * there are exactly as many as the names they pair with.
 */
function respectiveCountries(ctx: Context, sentence: Sentence, count: number): string[] | null {
  if (!/\brespectively\b/.test(ctx.text.slice(sentence.start, sentence.end))) return null;
  const countries = ctx.names.filter((n) => n.start >= sentence.start && n.end <= sentence.end && n.value.kind === 'country');
  const runs: NameMatch[][] = [];
  for (const country of countries) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && LIST_SEPARATOR.test(ctx.text.slice(previous.end, country.start))) run.push(country);
    else runs.push([country]);
  }
  const run = runs.find((r) => r.length === count);
  return run ? run.map((n) => (n.value.kind === 'country' ? n.value.code : '')) : null;
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
