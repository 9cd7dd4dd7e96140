import { escapeRegExp } from './lexicon.ts';

/**
 * Cue semantics, shared by theme cues and event-format cues:
 * - a cue is a phrase of one or more words, matched case-insensitively and
 *   only on whole words ("ICT" never fires inside "strICTly");
 * - between words, the text may have any run of spaces or hyphens, so
 *   "cross border" and "cross-border" are the same cue;
 * - a trailing `*` on the last word makes it a word prefix: "terroris*"
 *   matches "terrorism", "terrorist" and "terrorists".
 */
export type CompiledCue<T> = { cue: string; value: T; regex: RegExp };

export function compileCue<T>(cue: string, value: T): CompiledCue<T> {
  const prefix = cue.endsWith('*');
  const words = (prefix ? cue.slice(0, -1) : cue).trim().split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) throw new Error(`cue "${cue}" has no words`);
  const body = words.map(escapeRegExp).join('[\\s-]+');
  const tail = prefix ? '[\\p{L}\\p{N}]*' : '';
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}(?![\\p{L}\\p{N}])`, 'giu');
  return { cue, value, regex };
}

export type CueMatch<T> = { cue: string; value: T; start: number; end: number };

/**
 * Every cue match in text[start, end). Where matches overlap, the longest
 * (then the earliest, then the first listed) wins, so "drug trafficking"
 * is one match, not two.
 */
export function matchCues<T>(cues: readonly CompiledCue<T>[], text: string, start: number, end: number): CueMatch<T>[] {
  const slice = text.slice(start, end);
  const all: Array<CueMatch<T> & { order: number }> = [];
  cues.forEach((compiled, order) => {
    compiled.regex.lastIndex = 0;
    for (const m of slice.matchAll(compiled.regex)) {
      all.push({ cue: compiled.cue, value: compiled.value, start: start + m.index, end: start + m.index + m[0].length, order });
    }
  });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: Array<CueMatch<T>> = [];
  for (const match of all) {
    if (kept.some((k) => k.start < match.end && match.start < k.end)) continue;
    kept.push({ cue: match.cue, value: match.value, start: match.start, end: match.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}
