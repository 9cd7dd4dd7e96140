import { URL_ID_PATTERN } from '../corpus/linkable-ids.ts';

/**
 * What the speaker comparison compares: a speaker, by id as the speaker
 * filter names one, or everyone holding a role ("role:Secretary-General"),
 * as the corpus writes the speaker's role.
 */
export const MAX_COMPARED = 4;
export const ROLE_PREFIX = 'role:';
const ROLE = /^role:[^,]{1,120}$/;

export type CompareTarget = { kind: 'speaker'; id: string } | { kind: 'role'; role: string };

export function isCompareKey(value: string): boolean {
  if (value.startsWith(ROLE_PREFIX)) return ROLE.test(value) && value.slice(ROLE_PREFIX.length).trim() !== '';
  return URL_ID_PATTERN.test(value);
}

export function readCompareKey(key: string): CompareTarget {
  return key.startsWith(ROLE_PREFIX) ? { kind: 'role', role: key.slice(ROLE_PREFIX.length) } : { kind: 'speaker', id: key };
}

export function roleCompareKey(role: string): string {
  return `${ROLE_PREFIX}${role}`;
}
