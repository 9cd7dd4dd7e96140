/**
 * Where the words an analyst gave for a missed statement are in the
 * release: the selection they made, when the words are still its text;
 * else the one place the words occur (white space and curly quotes
 * compared loosely, as a paste changes them). Words found twice need a
 * selection, since only the analyst knows which is meant.
 */
export type Located = { span: [number, number] } | { problem: string };

const fold = (char: string) => (/\s/.test(char) ? ' ' : char === '\u2019' || char === '\u2018' ? "'" : char === '\u201C' || char === '\u201D' ? '"' : char);

export function locateWords(text: string, words: string, selection: readonly [number, number] | null): Located {
  const wanted = words.trim();
  if (wanted === '') return { problem: 'Select the statement’s words in the release text, or type or paste them here.' };
  if (selection && text.slice(selection[0], selection[1]).trim() === wanted) {
    const lead = text.slice(selection[0], selection[1]).indexOf(wanted);
    return { span: [selection[0] + lead, selection[0] + lead + wanted.length] };
  }
  // Fold both sides character by character, keeping a map back to offsets in `text`.
  const folded: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = fold(text[i]!);
    if (char === ' ' && folded.at(-1) === ' ') continue;
    folded.push(char);
    offsets.push(i);
  }
  const haystack = folded.join('');
  const needle = [...wanted].map(fold).join('').replace(/ +/g, ' ');
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0 && found.length < 3; at = haystack.indexOf(needle, at + 1)) found.push(at);
  if (found.length === 0) return { problem: 'These words are not in the release text. Select them in the text, or paste them exactly.' };
  if (found.length > 1) return { problem: 'These words occur more than once in the release; select the ones you mean in the text.' };
  const start = offsets[found[0]!]!;
  const end = offsets[found[0]! + needle.length - 1]! + 1;
  return { span: [start, end] };
}
