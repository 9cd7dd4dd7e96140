import type { CountryCode, ThemeAssignment } from '../corpus/corpus-schema.ts';
import { compileCue, matchCues, type CompiledCue } from './cues.ts';
import type { NameMatch } from './lexicon.ts';
import type { Tables } from './tables.ts';
import type { Sentence } from './text.ts';
import { fact, type Fact } from './types.ts';

/**
 * Facts about the event a release reports: its name, format, place,
 * organisers, how many took part and which countries and organisations
 * took part. Each fact keeps the words it was read from.
 */

const HEADS = 'Forum|Conference|Summit|Meeting|Session|Dialogue|Seminar|Symposium|Round\\s+Table|Roundtable|Workshop|Congress|Consultations|Colloquium|Webinar|Exhibition';
const CAP = "(?:\\p{Lu}|\\d)[\\p{L}\\p{N}'\u2019-]*";
const CONNECTOR = '(?:and|of|for|on|the|against)';
const NAME_WORD = "\\p{Lu}[\\p{L}'\u2019-]*";
// "the" never joins words before the head noun: "Monday the SCO Summit" is not a name.
const BEFORE_HEAD = `${CAP}(?:\\s+(?:(?:and|of|for|on|in)\\s+)*${CAP})*?`;
const AFTER_HEAD = `(?:\\s+(?:on|of|for|against)\\s+(?:the\\s+)?${CAP}(?:\\s+(?:${CONNECTOR}\\s+)*${CAP})*)?`;
const TITLE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${BEFORE_HEAD}\\s+)?(?:${HEADS})(?![\\p{L}])${AFTER_HEAD}`, 'gu');
const NOT_IN_TITLE = new Set(['On', 'In', 'At', 'The', 'During', 'After', 'Before', 'Taking']);

/**
 * The event's name, from the opening paragraph only: a release introduces its
 * event there, and a name met later ("the upcoming SCO Summit") is usually
 * another event.
 */
export function findEventTitle(text: string, opening: { start: number; end: number } | undefined): [number, number] | null {
  for (const paragraph of opening ? [opening] : []) {
    TITLE.lastIndex = 0;
    const slice = text.slice(paragraph.start, paragraph.end);
    for (const m of slice.matchAll(TITLE)) {
      let start = paragraph.start + m.index;
      let words = m[0];
      // A capitalised word that opens the sentence ("On", "The") is not part of the name.
      while (NOT_IN_TITLE.has(words.split(/\s+/)[0]!)) {
        const first = /^\S+\s+/.exec(words)!;
        start += first[0].length;
        words = words.slice(first[0].length);
      }
      // A head noun alone ("the Forum") is no name.
      if (/\s/.test(words)) return [start, start + words.length];
    }
  }
  return null;
}

export type FormatCue = CompiledCue<{ format: 'online' | 'in-person' | 'hybrid' | 'phone'; explicit: boolean }>;

export function compileFormats(tables: Tables): FormatCue[] {
  return tables.eventFormats.cues.map((c) => compileCue(c.cue, { format: c.format, explicit: c.explicit }));
}

export function findFormat(cues: readonly FormatCue[], text: string) {
  const matches = matchCues(cues, text, 0, text.length);
  const chosen = matches.find((m) => m.value.explicit) ?? matches[0];
  if (!chosen) return null;
  const words = text.slice(chosen.start, chosen.end);
  return chosen.value.explicit
    ? fact(chosen.value.format, [chosen.start, chosen.end], false)
    : fact(chosen.value.format, [chosen.start, chosen.end], true, `Inferred from "${words}".`);
}

const ORGANISER = /\b(organi[sz]ed|co-organi[sz]ed|arranged|convened|held|hosted)\s+(?:jointly\s+)?by\s+(?:the\s+)?/g;
const NAME_PHRASE = new RegExp(`^${NAME_WORD}(?:\\s+(?:${CONNECTOR}\\s+)*${NAME_WORD})*`, 'u');

export function findOrganisers(text: string, start: number, end: number): Fact<string>[] {
  const organisers: Fact<string>[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(ORGANISER)) {
    const phraseStart = start + m.index + m[0].length;
    const phrase = NAME_PHRASE.exec(text.slice(phraseStart, end));
    if (!phrase) continue;
    const explicit = /organi|arranged|convened/.test(m[1]!);
    // "the A and the B": two organisers; "Peace and Development Foundation": one.
    const parts = phrase[0].split(/(\s+and\s+the\s+|,\s+(?:and\s+)?(?:the\s+)?)/);
    let offset = phraseStart;
    for (let i = 0; i < parts.length; i += 1) {
      const part = parts[i]!;
      if (i % 2 === 0 && part.trim() !== '') {
        organisers.push(
          explicit
            ? fact(part, [offset, offset + part.length], false)
            : fact(part, [offset, offset + part.length], true, `"${m[1]} by" is read as naming the organiser.`),
        );
      }
      offset += part.length;
    }
  }
  return organisers;
}

const LOCATION = new RegExp(`\\b(?:held|took\\s+place|takes\\s+place|convened|met|hosted)\\s+in\\s+(?:the\\s+)?(${NAME_WORD}(?:\\s+(?:${CONNECTOR}\\s+)*${NAME_WORD})*)`, 'gu');

/**
 * Where an in-person event took place: the name after "held in" or "took
 * place in", with its country when the name is a country or is followed by
 * one ("Almaty, Kazakhstan"). A city alone keeps no country: nothing here
 * guesses which country a city is in.
 */
export function findLocation(text: string, names: readonly NameMatch[]) {
  LOCATION.lastIndex = 0;
  const m = LOCATION.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  const end = m.index + m[0].length;
  const own = names.find((n) => n.start === start && n.end === end);
  const following = /^,\s+/.exec(text.slice(end));
  const after = following ? names.find((n) => n.start === end + following[0].length) : undefined;
  const code = own?.value.kind === 'country' ? own.value.code : after?.value.kind === 'country' ? after.value.code : null;
  return fact({ kind: 'place' as const, place: m[1]!, country: code as CountryCode | null }, [start, end], false);
}

const QUALIFIERS: Record<string, 'over' | 'about' | 'under' | 'at-least' | 'up-to'> = {
  over: 'over', 'more than': 'over', 'in excess of': 'over', about: 'about', around: 'about', some: 'about',
  approximately: 'about', roughly: 'about', nearly: 'under', almost: 'under', 'close to': 'under',
  'at least': 'at-least', 'up to': 'up-to', 'fewer than': 'under', 'less than': 'under', under: 'under',
};
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const PEOPLE = 'participants|representatives|delegates|experts|officials|people|attendees|specialists|guests|scholars|researchers|journalists|students|speakers';
const COUNT = new RegExp(
  `\\b(?:(${Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length).join('|')})\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+|(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\\s+(?:[a-z-]+\\s+){0,2}?(?:${PEOPLE})\\b`,
  'gi',
);

function readNumber(written: string): number {
  if (/^\d/.test(written)) return Number(written.replace(/,/g, ''));
  return written
    .toLowerCase()
    .split('-')
    .reduce((sum, word) => sum + (NUMBER_WORDS[word] ?? { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }[word] ?? 0), 0);
}

export function findParticipantCount(text: string) {
  COUNT.lastIndex = 0;
  const m = COUNT.exec(text);
  if (!m) return null;
  const qualifierWords = m[1]?.toLowerCase();
  const stated = m[0].slice(0, m[0].indexOf(m[2]!) + m[2]!.length);
  const start = m.index;
  return fact(
    { count: readNumber(m[2]!), qualifier: qualifierWords ? QUALIFIERS[qualifierWords]! : ('exact' as const), asStated: stated },
    [start, start + stated.length],
    false,
  );
}

const PARTICIPATION = /\b(?:took part|taking part|take part|particip\w*|attended|attendance|delegations?|representatives|gathered|brought together)\b/i;
const ANCHOR = /(?:\b(?:from|of|by|including|namely)\s+(?:the\s+)?|:\s*)/g;
const SEPARATOR = /^(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s*,?\s+as\s+well\s+as\s+(?:the\s+)?)/;
const UNKNOWN_NAME = /^\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}'\u2019-]*)*/u;

export type Participation = {
  countries: Fact<string>[];
  organisations: Fact<string>[];
  /** Spans of the list items, so they are not counted again as mentions. */
  itemSpans: Array<[number, number]>;
  unresolved: Array<{ name: string; offset: number }>;
};

/**
 * Countries and organisations listed as taking part: a list after "from",
 * "of", "by", "including" or a colon, in a sentence about participation.
 */
export function findParticipation(text: string, sentences: readonly Sentence[], names: readonly NameMatch[]): Participation {
  const result: Participation = { countries: [], organisations: [], itemSpans: [], unresolved: [] };
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    if (!PARTICIPATION.test(slice)) continue;
    readList(sentence.start, sentence.end, false);
    for (const m of slice.matchAll(ANCHOR)) {
      const at = sentence.start + m.index;
      // "of" inside "Democratic Republic of the Congo" opens no list.
      if (names.some((n) => n.start < at && at < n.end)) continue;
      readList(at + m[0].length, sentence.end, true);
    }
  }
  return result;

  function readList(from: number, limit: number, afterAnchor: boolean) {
    const items: Array<{ match: NameMatch | null; start: number; end: number }> = [];
    let cursor = from;
    for (;;) {
      const article = /^the\s+/.exec(text.slice(cursor, limit));
      if (article && items.length > 0) cursor += article[0].length;
      const match = names.find((n) => n.start === cursor);
      if (match) {
        if (match.value.kind === 'place') break;
        items.push({ match, start: match.start, end: match.end });
        cursor = match.end;
      } else {
        const unknown = UNKNOWN_NAME.exec(text.slice(cursor, limit));
        if (!unknown || (items.length === 0 && !afterAnchor)) break;
        items.push({ match: null, start: cursor, end: cursor + unknown[0].length });
        cursor += unknown[0].length;
      }
      const sep = SEPARATOR.exec(text.slice(cursor, limit));
      if (!sep) break;
      cursor += sep[0].length;
    }
    // Only a list with at least one known country or organisation is a participant list.
    if (!items.some((item) => item.match && (item.match.value.kind === 'country' || item.match.value.kind === 'organisation'))) return;
    for (const item of items) {
      if (result.itemSpans.some(([s]) => s === item.start)) continue;
      result.itemSpans.push([item.start, item.end]);
      const value = item.match?.value;
      if (!value || value.kind === 'ambiguous') {
        result.unresolved.push({ name: text.slice(item.start, item.end), offset: item.start });
      } else if (value.kind === 'country') {
        if (!result.countries.some((c) => c.value === value.code)) result.countries.push(fact(value.code, [item.start, item.end], false));
      } else if (value.kind === 'organisation') {
        if (!result.organisations.some((o) => o.value === value.name)) result.organisations.push(fact(value.name, [item.start, item.end], false));
      }
    }
  }
}

const DESCRIPTIVE = /\b(?:dedicated|devoted|focused|focus|agenda|discuss\w*|topics?|themes?|aimed|addressed|considered|reviewed|examined|exchanged views)\b/i;

/** Sentences that describe what the event was about (not what someone said). */
export function isDescriptive(text: string, sentence: Sentence): boolean {
  return DESCRIPTIVE.test(text.slice(sentence.start, sentence.end));
}

export type EventThemes = ThemeAssignment[];
