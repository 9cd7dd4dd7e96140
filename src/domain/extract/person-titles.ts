import type { NameMatch } from './lexicon.ts';
import { NAME, readName, singular, surnameOf, titlesOf, type NameContext, type NameSpan } from './person-names.ts';
import { nearestOf, register, rolesMatch, type PersonMention, type PersonRegister } from './person-register.ts';
import type { Sentence } from './text.ts';

/**
 * People named through an office: "SCO Secretary-General Vladimir Norov",
 * "Vladimir Norov, SCO Secretary-General", "the Ambassador of Mongolia to
 * China Batu Erdene", "Head of the mission Tamar Gvaliya", or the office
 * alone ("the Secretary-General"), which refers to someone named before.
 */

const INSTITUTION = /^\s+(?:Executive\s+Committee|Secretariat|Committee|Council|Commission|Office|Mission|Centre|Center|Agency|Service|Joint\s+Staff|Headquarters|Parliamentary\s+Assembly|Business\s+Council|Observer\s+Mission)(?![\p{L}])/u;
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

type Affiliation = { match: NameMatch; start: number; end: number };

/** Organisation or country written just before a role ("SCO", "Russian", "Ruritania's"). */
function affiliationBefore(ctx: NameContext, roleStart: number): NameMatch | null {
  const before = ctx.text.slice(0, roleStart);
  const gap = /(?:['\u2019]s)?\s+$/.exec(before);
  if (!gap) return null;
  const at = roleStart - gap[0].length;
  return ctx.names.find((n) => n.end === at) ?? null;
}

/** "of the SCO", "of Ruritania" written just after a role. */
function affiliationAfter(ctx: NameContext, roleEnd: number): Affiliation | null {
  const of = /^\s+of\s+(?:the\s+)?/.exec(ctx.text.slice(roleEnd, roleEnd + 12));
  if (!of) return null;
  const at = roleEnd + of[0].length;
  const match = ctx.names.find((n) => n.start === at && (n.value.kind === 'organisation' || n.value.kind === 'country'));
  return match ? { match, start: match.start, end: match.end } : null;
}

/** Where an envoy is accredited: "to the People's Republic of China", "in China"; part of the role. */
function accreditationAfter(ctx: NameContext, roleEnd: number): number {
  const to = /^\s+(?:to|in)\s+(?:the\s+)?/.exec(ctx.text.slice(roleEnd, roleEnd + 12));
  if (!to) return roleEnd;
  const match = ctx.names.find((n) => n.start === roleEnd + to[0].length && (n.value.kind === 'organisation' || n.value.kind === 'country'));
  return match ? match.end : roleEnd;
}

/**
 * In a sentence with "respectively", the countries listed in order, when
 * there are exactly as many as the names they pair with.
 */
function respectiveCountries(ctx: NameContext, sentence: Sentence, count: number): NameMatch[] | null {
  if (!/\brespectively\b/.test(ctx.text.slice(sentence.start, sentence.end))) return null;
  const countries = ctx.names.filter((n) => n.start >= sentence.start && n.end <= sentence.end && n.value.kind === 'country');
  const runs: NameMatch[][] = [];
  for (const country of countries) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && LIST_SEPARATOR.test(ctx.text.slice(previous.end, country.start))) run.push(country);
    else runs.push([country]);
  }
  return runs.find((r) => r.length === count) ?? null;
}

const codeOf = (match: NameMatch | null | undefined) => (match?.value.kind === 'country' ? match.value.code : null);
const spanOf = (match: NameMatch | null | undefined): [number, number] | undefined => (match ? [match.start, match.end] : undefined);

/** Every title mention of one sentence, registered; returns the mentions found. */
export function scanTitles(reg: PersonRegister, ctx: NameContext, sentence: Sentence): PersonMention[] {
  const { text, tables } = ctx;
  const found: PersonMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  const titles = titlesOf(tables);
  titles.lastIndex = 0;
  for (const m of slice.matchAll(titles)) {
    const roleStart = sentence.start + m.index;
    let roleEnd = roleStart + m[0].length;
    const plural = m[1] === 's';
    const role = singular(m[0].replace(/\s+/g, ' '), plural);
    let mentionStart = roleStart;
    let organisation: string | null = null;
    let countryMatch: NameMatch | null = null;
    let organisationMatch: NameMatch | null = null;
    const before = affiliationBefore(ctx, roleStart);
    if (before?.value.kind === 'organisation') [organisation, organisationMatch] = [before.value.name, before];
    if (before?.value.kind === 'country') countryMatch = before;
    if (before && (before.value.kind === 'organisation' || before.value.kind === 'country')) mentionStart = before.start;
    const after = affiliationAfter(ctx, roleEnd);
    if (after) {
      if (after.match.value.kind === 'organisation' && organisation === null) [organisation, organisationMatch] = [after.match.value.name, after.match];
      if (after.match.value.kind === 'country') countryMatch ??= after.match;
      roleEnd = after.end;
      // "Director of the RATS Executive Committee", "Executive Director of the CICA Secretariat": the body is part of the role.
      const body = INSTITUTION.exec(text.slice(roleEnd, sentence.end));
      if (body) roleEnd += body[0].length;
    }
    roleEnd = accreditationAfter(ctx, roleEnd);
    const country = codeOf(countryMatch);
    // Names after the role: one, or a list ("Ministers A and B").
    const names: NameSpan[] = [];
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
    // "The Chair of the conference, Amara Diallo" or "Head of the mission Tamar Gvaliya": the role runs to the name.
    let fullRole = role;
    if (names.length === 0 && !plural) {
      const ofPhrase = /^\s+of\s+[^,.;:"\u201C]{1,60}?,\s+/.exec(text.slice(roleEnd, sentence.end)) ??
        /^\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,4}(?=\p{Lu})/u.exec(text.slice(roleEnd, sentence.end));
      const name = ofPhrase ? readName(ctx, roleEnd + ofPhrase[0].length, sentence.end) : null;
      if (ofPhrase && name && name.name.includes(' ')) {
        fullRole = text.slice(roleStart, roleEnd + ofPhrase[0].trimEnd().replace(/,$/, '').length).replace(/\s+/g, ' ');
        names.push(name);
      }
    }
    // Or a name before it: "Vladimir Norov, SCO Secretary-General".
    if (names.length === 0) {
      const apposition = new RegExp(`(${NAME}),\\s+(?:the\\s+)?$`, 'u').exec(text.slice(sentence.start, mentionStart));
      const name = apposition ? readName(ctx, sentence.start + apposition.index, mentionStart) : null;
      if (name && name.name.includes(' ') && name.end === sentence.start + apposition!.index + apposition![1]!.length) {
        const person = register(reg, {
          name: name.name, surname: surnameOf(tables, name.name), role, organisation, country, gender: null, fullSpan: [name.start, roleEnd],
          ...(countryMatch ? { countrySpan: spanOf(countryMatch)! } : {}), ...(organisationMatch ? { organisationSpan: spanOf(organisationMatch)! } : {}),
        });
        found.push({ start: name.start, end: roleEnd, kind: 'full', person, role, organisation, country });
        continue;
      }
    }
    if (names.length > 0) {
      const countries = plural ? respectiveCountries(ctx, sentence, names.length) : null;
      names.forEach((name, i) => {
        const start = names.length === 1 ? mentionStart : name.start;
        const own = countries?.[i] ?? countryMatch;
        const person = register(reg, {
          name: name.name, surname: surnameOf(tables, name.name), role: fullRole, organisation, country: codeOf(own), gender: null,
          fullSpan: [start, name.end],
          ...(own ? { countrySpan: spanOf(own)! } : {}), ...(organisationMatch ? { organisationSpan: spanOf(organisationMatch)! } : {}),
        });
        found.push({ start, end: name.end, kind: 'full', person, role: fullRole, organisation, country: person.country });
      });
      continue;
    }
    // A plural role alone ("Ministers noted") is a group, not a person.
    if (plural) continue;
    // A role alone ("the SCO Secretary-General") refers to someone named before; a role two share, to the nearest.
    const candidates = reg.persons.filter((p) => rolesMatch(p, role, organisation, country));
    const exact = candidates.filter((p) => p.role?.toLowerCase() === role.toLowerCase());
    const determiner = /(?:^|\s)([Tt]he\s+)$/.exec(text.slice(sentence.start, mentionStart));
    const start = determiner ? mentionStart - determiner[1]!.length : mentionStart;
    const mention: PersonMention = { start, end: roleEnd, kind: 'role', person: null, role, organisation, country };
    if (candidates.length === 1) mention.person = candidates[0]!;
    else if (candidates.length > 1) {
      mention.person = nearestOf(reg, exact.length > 0 ? exact : candidates, start);
      mention.note = `${candidates.length} people named before it have this role; taken as the nearest, ${mention.person?.name ?? 'unnamed'}`;
    }
    else mention.unresolved = 'no one with this role is named before it';
    found.push(mention);
  }
  return found;
}
