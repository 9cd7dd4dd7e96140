import type { CountryCode } from '../corpus/corpus-schema.ts';
import type { CityIndex } from './gazetteer.ts';
import type { NameMatch } from './lexicon.ts';
import { fact, type Fact } from './types.ts';

/**
 * Where an in-person event took place: the name after "held in" or "took
 * place in", or a city of the gazetteer after "in" ("On 15 May, in
 * Bishkek, ..."), with its country — from the text when it names one
 * ("Almaty, Kazakhstan"), else from data/gazetteer.json, marked inferred.
 * A place of a future event ("scheduled for August in Tashkent", "to be
 * held in September") and a place inside reported speech are not the event's.
 */

export type Place = { kind: 'place'; place: string; country: CountryCode | null };

const NAME_WORD = "\\p{Lu}[\\p{L}'\u2019-]*";
const NAME_PHRASE = `${NAME_WORD}(?:\\s+(?:(?:and|of|for|on|the)\\s+)*${NAME_WORD})*`;
const HELD_IN = new RegExp(`\\b(?:held|took\\s+place|takes\\s+place|convened|met|hosted|opened)\\s+in\\s+(?:the\\s+)?(${NAME_PHRASE})`, 'gu');
const IN_CITY = new RegExp(`(?<![\\p{L}])(?:[Ii]n|near|outside)\\s+(${NAME_WORD}(?:[\\s-]${NAME_WORD}){0,2})`, 'gu');
const CITY_HOSTS = /(?:^|\n|[.,]\s+)(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+(?:hosted|hosts|welcomed|was\s+the\s+venue|became\s+the\s+venue)\b/gu;
// A dateline: "Beijing, 25 May 2022" or "BEIJING, March 3 (Agency)" opening a paragraph.
const DATELINE = /(?:^|\n)(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?),\s+(?=\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b)/gu;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const FUTURE = /\b(?:to\s+be|will\s+be|will|would|shall|scheduled|planned|due|next|upcoming|forthcoming|expected)\b[^,.;]*$/i;

type Found = { start: number; end: number; place: string };

export function findLocation(
  text: string,
  names: readonly NameMatch[],
  cities: CityIndex,
  excluded: ReadonlyArray<readonly [number, number]>,
): Fact<Place> | null {
  const outside = (s: number) => !excluded.some(([a, b]) => a <= s && s < b);
  const future = (s: number) => FUTURE.test(text.slice(Math.max(0, s - 60), s));
  const candidates: Found[] = [];
  for (const m of text.matchAll(HELD_IN)) {
    const start = m.index + m[0].length - m[1]!.length;
    candidates.push({ start, end: m.index + m[0].length, place: m[1]! });
  }
  for (const m of text.matchAll(IN_CITY)) {
    const start = m.index + m[0].length - m[1]!.length;
    // The longest name the gazetteer knows at this place: "Ho Chi Minh City", "Cholpon-Ata".
    const known = [...cities.keys()].filter((name) => m[1]!.startsWith(name) && !/[\p{L}]/u.test(m[1]![name.length] ?? '')).sort((a, b) => b.length - a.length)[0];
    if (known) candidates.push({ start, end: start + known.length, place: known });
  }
  // "Tashkent hosted the meeting": a city as the subject of hosting.
  for (const m of text.matchAll(CITY_HOSTS)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (cities.has(m[1]!)) candidates.push({ start, end: start + m[1]!.length, place: m[1]! });
  }
  for (const m of text.matchAll(DATELINE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const written = m[1]!;
    const known = cities.has(written) ? written : [...cities.keys()].find((name) => name.toUpperCase() === written);
    if (known) candidates.push({ start, end: start + written.length, place: known });
  }
  candidates.sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    if (!outside(c.start) || future(c.start) || MONTH.test(c.place)) continue;
    const own = names.find((n) => n.start === c.start && n.end === c.end);
    if (own && own.value.kind !== 'country') continue;
    const following = /^,\s+/.exec(text.slice(c.end));
    const after = following ? names.find((n) => n.start === c.end + following[0].length) : undefined;
    const stated = own?.value.kind === 'country' ? own.value.code : after?.value.kind === 'country' ? after.value.code : null;
    const city = cities.get(c.place);
    const written = text.slice(c.start, c.end);
    if (stated || !city) {
      // A name the gazetteer does not know is kept only where "held in" introduces it.
      if (!stated && !city && !text.slice(Math.max(0, c.start - 20), c.start).match(/\b(?:held|place|convened|met|hosted|opened)\s+in\s+(?:the\s+)?$/)) continue;
      return fact({ kind: 'place', place: written, country: stated as CountryCode | null }, [c.start, c.end], false);
    }
    return fact(
      { kind: 'place', place: c.place, country: city.country as CountryCode },
      [c.start, c.end],
      true,
      `The text does not name the country; ${c.place} is in ${city.country} (data/gazetteer.json).`,
    );
  }
  return null;
}
