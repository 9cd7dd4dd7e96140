/**
 * Paragraphs and sentences of a press release, as [start, end) offsets into
 * the untouched text. A paragraph is one non-blank line: the releases this
 * pipeline reads put each paragraph on its own line.
 */

export type Paragraph = { index: number; start: number; end: number };
export type Sentence = { paragraphIndex: number; start: number; end: number };

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** 1-based line of `offset`, for messages that point an analyst at the text. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const [start, end] = trimRange(text, lineStart, lineEnd);
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

/** Narrows [start, end) so it neither starts nor ends with white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
  return [s, e];
}

// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'No', 'Nos', 'Gen', 'Col', 'Lt', 'Maj', 'Capt', 'Amb', 'Sen', 'Rep',
  'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'vs', 'Art', 'Sept', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Oct', 'Nov', 'Dec',
]);

const OPENING_QUOTES = new Set(['"', '\u201C']);
const CLOSING_QUOTE_OF: Record<string, string> = { '"': '"', '\u201C': '\u201D' };

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && isWordChar(text[i - 1])) i -= 1;
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word)) return true;
  // An initial ("V. Norov") or a dotted acronym ("U.S.", "e.g.").
  return word.length === 1 && /\p{L}/u.test(word);
}

/** True when a sentence may start at `index` (after white space). */
function startsSentence(text: string, index: number, end: number): boolean {
  if (index >= end) return true;
  const char = text[index]!;
  return /[\p{Lu}\p{N}]/u.test(char) || OPENING_QUOTES.has(char) || char === '\u2018' || char === '(';
}

/**
 * Splits one paragraph into sentences. A sentence ends at ".", "!" or "?"
 * followed by white space and a capital, a digit or a quotation mark — never
 * inside a quotation, and never after a known abbreviation or an initial.
 */
export function splitSentences(text: string, paragraph: Paragraph): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = paragraph.start;
  let openQuote: string | null = null;
  const push = (end: number) => {
    const [s, e] = trimRange(text, sentenceStart, end);
    if (e > s) sentences.push({ paragraphIndex: paragraph.index, start: s, end: e });
    sentenceStart = end;
  };
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const char = text[i]!;
    if (openQuote !== null) {
      if (char === CLOSING_QUOTE_OF[openQuote]) {
        openQuote = null;
        // A quotation that closes a sentence: `... our answer."`
        if (/[.!?]/.test(text[i - 1] ?? '') && isSentenceBoundary(text, i + 1, paragraph.end)) push(i + 1);
      }
      continue;
    }
    if (OPENING_QUOTES.has(char)) {
      openQuote = char;
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    if (char === '.' && isAbbreviation(text, i)) continue;
    let after = i + 1;
    while (after < paragraph.end && (text[after] === ')' || text[after] === '\u2019')) after += 1;
    if (isSentenceBoundary(text, after, paragraph.end)) push(after);
  }
  push(paragraph.end);
  return sentences;
}

function isSentenceBoundary(text: string, index: number, end: number): boolean {
  if (index >= end) return true;
  if (!/\s/.test(text[index]!)) return false;
  let next = index;
  while (next < end && /\s/.test(text[next]!)) next += 1;
  return startsSentence(text, next, end);
}

/** Offsets of every word: letters and digits, with inner hyphens and apostrophes. */
export type WordToken = { start: number; end: number; text: string };

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*\.?/gu;

export function tokenize(text: string, start = 0, end = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    let word = match[0];
    // A trailing full stop belongs to the word only in dotted abbreviations ("U.S.").
    if (word.endsWith('.') && !/\..*\.$/.test(word) && !/^(Mr|Mrs|Ms|Dr|Prof)\.$/.test(word)) word = word.slice(0, -1);
    tokens.push({ start: start + match.index, end: start + match.index + word.length, text: word });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
