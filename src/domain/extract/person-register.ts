import type { Tables } from './tables.ts';

/**
 * The people a release names, and every mention of them. Later, shorter
 * mentions resolve to the fuller one; nothing known is ever overwritten.
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
  /** Where the country came from ("Mongolia" in "Ambassador of Mongolia"), when the text names it. */
  countrySpan?: [number, number];
  organisationSpan?: [number, number];
};

export type PersonMention = {
  start: number;
  end: number;
  kind: 'full' | 'role' | 'honorific' | 'name' | 'descriptor';
  person: Person | null;
  /** True when the mention opens its sentence (after any leading clause): the sentence's subject. */
  subject?: boolean;
  /** Why a role or honorific mention could not be resolved. */
  unresolved?: string;
  /** How an uncertain resolution was made, for the review list. */
  note?: string;
  role?: string;
  organisation?: string | null;
  country?: string | null;
};

export type PersonRegister = {
  persons: Person[];
  mentions: PersonMention[];
};

export function createRegister(): PersonRegister {
  return { persons: [], mentions: [] };
}

export function genderOfHonorific(tables: Tables, word: string): Gender {
  return tables.speakers.honorifics.find((h) => h.word === word)?.gender ?? null;
}

export function register(reg: PersonRegister, candidate: Person): Person {
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
  if (known.country === null && candidate.country !== null) {
    known.country = candidate.country;
    if (candidate.countrySpan) known.countrySpan = candidate.countrySpan;
  }
  if (!known.organisationSpan && candidate.organisationSpan && known.organisation === candidate.organisation) {
    known.organisationSpan = candidate.organisationSpan;
  }
  known.gender ??= candidate.gender;
  return known;
}

export function rolesMatch(person: Person, role: string, organisation: string | null, country: string | null): boolean {
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

/** The person among `candidates` mentioned last before `offset`: a shared role goes to the nearest. */
export function nearestOf(reg: PersonRegister, candidates: readonly Person[], offset: number): Person | null {
  const mention = reg.mentions.findLast((m) => m.end <= offset && m.person !== null && candidates.includes(m.person));
  return mention?.person ?? candidates.at(-1) ?? null;
}
