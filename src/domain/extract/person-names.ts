import type { NameMatch } from './lexicon.ts';
import { escapeRegExp } from './lexicon.ts';
import type { Tables } from './tables.ts';

/**
 * How a release writes a person's name and office: name words, the name
 * after or before a title, and which word of a name is the family name
 * ("Vladimir Norov" is Mr Norov, "Zhang Ming" is Mr Zhang).
 */

export const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'\u2019-]*\\p{L}";
const PARTICLE = '(?:bin|ibn|al|el|de|da|van|von|der|la|le|dos|du)';
export const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`;

// Capitalised words that start clauses or sentences, never part of a name.
const STOP_WORDS = new Set([
  'The', 'On', 'In', 'At', 'From', 'Of', 'And', 'By', 'For', 'To', 'With', 'He', 'She', 'It', 'They', 'This', 'That',
  'These', 'Those', 'His', 'Her', 'Their', 'Its', 'As', 'During', 'After', 'Before', 'Also', 'Mr', 'Ms', 'Mrs', 'Dr',
]);

export type NameContext = { text: string; tables: Tables; names: readonly NameMatch[] };
export type NameSpan = { start: number; end: number; name: string };

/** The longest run of name words starting at `index`, stopped by a stop word or a known proper name. */
export function readName(ctx: NameContext, index: number, limit: number): NameSpan | null {
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

/** The family name: the last word, or the first for names written family name first. */
export function surnameOf(tables: Tables, name: string): string {
  const words = name.split(/\s+/);
  if (words.length >= 2 && words.length <= 3 && tables.speakers.surnameFirst.includes(words[0]!)) return words[0]!;
  return words.at(-1)!;
}

export function singular(role: string, plural: boolean): string {
  return plural ? role.replace(/s$/, '') : role;
}

/** Letters of `word` in either case: "Secretary-General" also as "Secretary-general". */
function caseless(word: string): string {
  return [...word].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : escapeRegExp(c))).join('');
}

function titleRegex(tables: Tables): RegExp {
  // A title of two or more words ("Secretary-General", "Foreign Minister") is
  // distinctive in any case; a one-word title ("Head", "Chair") only as written.
  const pattern = (title: string) =>
    (/[\s-]/.test(title) ? caseless(title) : escapeRegExp(title)).replace(/ /g, '\\s+');
  const titles = [...tables.speakers.titles].sort((a, b) => b.length - a.length).map(pattern);
  const modifiers = tables.speakers.modifiers.map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:(?:${modifiers})\\s+)*(?:${titles.join('|')})(s?)(?![\\p{L}\\p{N}])`, 'gu');
}

const titleCache = new WeakMap<Tables, RegExp>();
export function titlesOf(tables: Tables): RegExp {
  let regex = titleCache.get(tables);
  if (!regex) titleCache.set(tables, (regex = titleRegex(tables)));
  return regex;
}
