/**
 * The bounds of the sentence around a position: from just after the previous
 * sentence end (". ", "! ", "? " or a line break) to just after the next one.
 * Deliberately simple: it is used to show a reader the words a fact came
 * from in context, not to parse the text.
 */
export function sentenceAround(text: string, index: number): [number, number] {
  const at = Math.max(0, Math.min(index, text.length));
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start -= 1;
  while (start < at && /\s/.test(text[start]!)) start += 1;
  let end = at;
  while (end < text.length && !endsSentence(text, end)) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  return [start, end];
}

function endsSentence(text: string, i: number): boolean {
  const char = text[i];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text[i + 1];
  return next === undefined || /\s/.test(next);
}
