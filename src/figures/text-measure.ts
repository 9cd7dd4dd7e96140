/**
 * Text width estimated without a browser, so that a figure lays out the
 * same in Node (tests, the exporter) as on the page and in other programs.
 *
 * Figures name Arial-metric fonts first (see FIGURE_FONT in figure-frame.ts),
 * but a program without them draws a substitute, usually DejaVu Sans on
 * Linux, which is about 17 % wider. So each character is measured at the
 * wider of the two: the advances below, in thousandths of an em for
 * U+0020–U+007E, are the larger of Liberation Sans's (Arial's metrics) and
 * DejaVu Sans's, as Chromium measured them here, rounded up. A layout from
 * them has room for either font.
 */
export type FontWeight = 'normal' | 'bold';

const REGULAR =
  '318,401,460,838,637,951,780,275,391,391,500,838,318,361,318,337,637,637,637,637,637,637,637,637,637,637,337,337,838,838,838,557,' +
  '1016,685,687,723,771,667,611,778,752,295,500,667,558,863,749,788,667,788,723,667,611,732,685,989,686,667,686,391,337,391,838,557,' +
  '500,613,635,550,635,616,353,635,634,278,278,580,278,975,634,612,635,635,412,521,393,634,592,818,592,592,525,637,337,637,838';
const BOLD =
  '349,457,521,838,696,1002,873,307,458,458,523,838,380,416,380,366,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,611,' +
  '1000,774,763,734,831,684,684,821,837,373,557,775,638,996,837,851,733,851,771,721,683,813,774,1104,771,725,726,458,366,458,838,557,' +
  '500,675,716,593,716,679,436,716,712,343,343,666,343,1042,712,688,716,716,494,596,479,712,652,924,646,652,583,712,366,712,838';

const parseTable = (table: string) => table.split(',').map((value) => Number(value) / 1000);
const ADVANCES: Record<FontWeight, readonly number[]> = { normal: parseTable(REGULAR), bold: parseTable(BOLD) };

/** Punctuation outside ASCII that figures print (source lines, titles, legends). */
const EXTRA: Record<FontWeight, Readonly<Record<string, number>>> = {
  normal: { '…': 1, '—': 1, '–': 0.557, '·': 0.318, '“': 0.519, '”': 0.519, '‘': 0.318, '’': 0.318, '×': 0.838, '●': 0.873 },
  bold: { '…': 1, '—': 1, '–': 0.557, '·': 0.38, '“': 0.658, '”': 0.658, '‘': 0.38, '’': 0.38, '×': 0.838, '●': 0.873 },
};

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** Any other character: wider than most Latin letters in either font. */
const OTHER: Record<FontWeight, number> = { normal: 0.7, bold: 0.78 };

/** The advance of one character, in ems. */
export function characterAdvance(character: string, weight: FontWeight = 'normal'): number {
  const code = character.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return ADVANCES[weight][code - 0x20]!;
  const extra = EXTRA[weight][character];
  if (extra !== undefined) return extra;
  if (WIDE.test(character) || code > 0xffff) return 1; // CJK, emoji and other astral symbols
  // A Latin letter with a diacritic is as wide as the letter.
  const base = character.normalize('NFD').codePointAt(0)!;
  if (base >= 0x20 && base <= 0x7e) return ADVANCES[weight][base - 0x20]!;
  return OTHER[weight];
}

export function estimateTextWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  let width = 0;
  for (const character of text) width += characterAdvance(character, weight);
  return width * fontSize;
}

/** Cuts `text` to fit `maxWidth`, ending with "…" when cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'normal'): string {
  if (estimateTextWidth(text, fontSize, weight) <= maxWidth) return text;
  const characters = [...text];
  let width = estimateTextWidth('…', fontSize, weight);
  let kept = '';
  for (const character of characters) {
    const next = width + characterAdvance(character, weight) * fontSize;
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
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, weight: FontWeight = 'normal'): string[] {
  const fits = (candidate: string) => estimateTextWidth(candidate, fontSize, weight) <= maxWidth;
  const cut = (candidate: string) => truncateText(candidate, maxWidth, fontSize, weight);
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate) || line === '') {
      line = fits(candidate) ? candidate : cut(candidate);
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) {
      const last = `${lines.pop()!} ${words.slice(i).join(' ')}`;
      lines.push(cut(last));
      return lines;
    }
    line = fits(word) ? word : cut(word);
  }
  if (line !== '') lines.push(line);
  return lines;
}
