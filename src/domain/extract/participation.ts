import type { NameMatch } from './lexicon.ts';
import type { Sentence } from './text.ts';
import { fact, type Fact } from './types.ts';

/**
 * Countries and organisations listed as taking part: a list after "from",
 * "including" or a colon in a sentence about taking part, or after "of"
 * when it follows a word for those who take part ("delegations of",
 * "representatives of"). A country name that opens a longer proper name
 * ("China Radio International") is that name, not the country.
 */

const PARTICIPATION = /\b(?:took part|taking part|take part|particip\w*|attended|attendance|delegations?|representatives|gathered|brought together)\b/i;
const TAKING_PART = /\b(?:took part|taking part|take part|participated|participating|attended|attendance|gathered|brought together|joined)\b/i;
const ANCHOR = /(?:\b(from|of|by|including|namely)\s+(?:the\s+)?|:\s*)/g;
const PARTICIPANT_NOUN = /\b(?:delegations?|representatives?|participants?|officials|experts|ministers|heads|members|envoys|diplomats|ambassadors|authorities|agencies|bodies|services|ministries|states|countries|observers|guests|specialists|attended)\s+(?:(?:and|of)\s+)?(?:[a-z-]+\s+){0,3}$/i;
const SEPARATOR = /^(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s*,?\s+as\s+well\s+as\s+(?:the\s+)?)/;
const UNKNOWN_NAME = /^\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}'\u2019-]*)*/u;

export type Participation = {
  countries: Fact<string>[];
  organisations: Fact<string>[];
  /** Spans of the list items, so they are not counted again as mentions. */
  itemSpans: Array<[number, number]>;
  unresolved: Array<{ name: string; offset: number }>;
};

export function findParticipation(text: string, sentences: readonly Sentence[], names: readonly NameMatch[]): Participation {
  const result: Participation = { countries: [], organisations: [], itemSpans: [], unresolved: [] };
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    if (!PARTICIPATION.test(slice)) continue;
    const takingPart = TAKING_PART.test(slice);
    readList(sentence.start, sentence.end, false);
    for (const m of slice.matchAll(ANCHOR)) {
      const at = sentence.start + m.index;
      // "of" inside "Democratic Republic of the Congo" opens no list.
      if (names.some((n) => n.start < at && at < n.end)) continue;
      const word = m[1];
      if (word === 'of' && !PARTICIPANT_NOUN.test(text.slice(sentence.start, at))) continue;
      if ((word === 'including' || word === 'namely' || word === undefined) && !takingPart) continue;
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
      const unknown = UNKNOWN_NAME.exec(text.slice(cursor, limit));
      if (match && !(unknown && cursor + unknown[0].length > match.end && match.value.kind === 'country')) {
        if (match.value.kind === 'place') break;
        items.push({ match, start: match.start, end: match.end });
        cursor = match.end;
      } else {
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
