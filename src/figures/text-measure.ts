/**
 * Text width estimated without a browser, so that a figure lays out the
 * same in Node (tests, the exporter) as on the page. Figures use a generic
 * sans-serif font, whose average advance is close to these ratios; labels
 * that wrap or are thinned from this estimate leave some slack for it.
 */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const NARROW = /[iIljtf.,;:'!|()[\]\s]/;
const CAPITAL_OR_WIDE_LATIN = /[A-Z0-9mwMW@%&]/;

function advance(character: string): number {
  if (WIDE.test(character)) return 1;
  if (character.codePointAt(0)! > 0xffff) return 1; // emoji and other astral symbols
  if (NARROW.test(character)) return 0.3;
  if (CAPITAL_OR_WIDE_LATIN.test(character)) return 0.68;
  return 0.55;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) width += advance(character);
  return width * fontSize;
}

/** Cuts `text` to fit `maxWidth`, ending with "…" when cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const characters = [...text];
  let width = estimateTextWidth('…', fontSize);
  let kept = '';
  for (const character of characters) {
    const next = width + advance(character) * fontSize;
    if (next > maxWidth) break;
    kept += character;
    width = next;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * Greedy word wrap into at most `maxLines` lines; the last line is cut with
 * "…" if the text does not fit. Words longer than a line are cut too.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth || line === '') {
      line = estimateTextWidth(candidate, fontSize) <= maxWidth ? candidate : truncateText(candidate, maxWidth, fontSize);
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) {
      const last = `${lines.pop()!} ${words.slice(i).join(' ')}`;
      lines.push(truncateText(last, maxWidth, fontSize));
      return lines;
    }
    line = estimateTextWidth(word, fontSize) <= maxWidth ? word : truncateText(word, maxWidth, fontSize);
  }
  if (line !== '') lines.push(line);
  return lines;
}
