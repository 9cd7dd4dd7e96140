/**
 * The event's own name, from the opening paragraph: a capitalised name
 * ("Asia-Pacific Video Forum on Public Security"), a quoted one (a webinar
 * 'Working Together Online'), or a descriptive one in lower case ("the
 * fifth meeting of the heads of border services"). The earliest wins; a
 * name that follows "preparations for" or "the results of" is another event.
 */

const HEADS = 'Forum|Conference|Summit|Meeting|Session|Dialogue|Seminar|Symposium|Round\\s+Table|Roundtable|Workshop|Congress|Consultations|Colloquium|Webinar|Exhibition';
const CAP = "(?:\\p{Lu}|\\d)[\\p{L}\\p{N}'\u2019-]*";
const CONNECTOR = '(?:and|of|for|on|the|against)';
// "the" never joins words before the head noun: "Monday the SCO Summit" is not a name.
const BEFORE_HEAD = `${CAP}(?:\\s+(?:(?:and|of|for|on|in)\\s+)*${CAP})*?`;
const AFTER_HEAD = `(?:\\s+(?:on|of|for|against)\\s+(?:the\\s+)?${CAP}(?:\\s+(?:${CONNECTOR}\\s+)*${CAP})*)?`;
const TITLE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${BEFORE_HEAD}\\s+)?(?:${HEADS})(?![\\p{L}])${AFTER_HEAD}`, 'gu');
const NOT_IN_TITLE = new Set(['On', 'In', 'At', 'The', 'During', 'After', 'Before', 'Taking']);

const NOUNS = 'webinar|conference|forum|seminar|round table|roundtable|exhibition|workshop|festival|contest|competition|dialogue|symposium|meeting|session|campaign|exercise|operation|drill|games|marathon';
const QUOTED = new RegExp(`\\b(?:${NOUNS})s?\\s+(?:(?:titled|entitled|called|themed)\\s+)?(['\u2018"\u201C])([^'\u2019"\u201D]{3,80})(['\u2019"\u201D])`, 'giu');

const MODIFIERS = '(?:[a-z]+-)?(?:first|second|third|[a-z]+th)|\\d+(?:st|nd|rd|th)|regular|extraordinary|annual|joint|international|expert|ministerial|plenary|inaugural|high-level|bilateral|trilateral|official|working|scientific|practical|scientific-practical';
const EVENT_HEADS = 'press conference|news conference|telephone conversation|phone call|video conference|videoconference|round table|roundtable|open day|meeting|session|conference|forum|summit|briefing|seminar|webinar|exhibition|workshop|dialogue|symposium|consultations|talks|reception|congress|festival';
const LOWER = new RegExp(`\\b(?:the|a|an)\\s+((?:(?:${MODIFIERS})\\s+)*)(${EVENT_HEADS})\\b`, 'gi');
// Where a descriptive name stops: punctuation, a verb, or a phrase of place, time or manner.
const BOUNDARY = /[,.;:()"\u201C\u201D]|\s(?:was|were|is|are|which|who|that|held|took|takes|chaired|hosted|organi[sz]ed|convened|under|via|at|in|from|between|scheduled|to\s+be|will|opened|began|started|ended|closed|continued|discussed|focused|brought|gathered|attracted|featured|during|through|within|online)\b|\son\s+(?:\d{1,4}|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
const COMPLEMENT = /^\s+(?:of|on|for|by|with)\s+/i;
const OTHER_EVENT = /\b(?:preparations?\s+for|ahead\s+of|results\s+of|following|upcoming|forthcoming|next|previous|results\s+of)\s+(?:the\s+)?$/i;

type Range = { start: number; end: number };

function capitalised(text: string, paragraph: Range): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const slice = text.slice(paragraph.start, paragraph.end);
  TITLE.lastIndex = 0;
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
    if (/\s/.test(words)) found.push([start, start + words.length]);
  }
  return found;
}

function quoted(text: string, paragraph: Range): Array<[number, number]> {
  const slice = text.slice(paragraph.start, paragraph.end);
  return [...slice.matchAll(QUOTED)].map((m) => {
    const start = paragraph.start + m.index + m[0].length - m[2]!.length - m[3]!.length;
    return [start, start + m[2]!.length] as [number, number];
  });
}

function descriptive(text: string, paragraph: Range): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const slice = text.slice(paragraph.start, paragraph.end);
  for (const m of slice.matchAll(LOWER)) {
    const start = paragraph.start + m.index + m[0].length - m[1]!.length - m[2]!.length;
    let end = start + m[1]!.length + m[2]!.length;
    const rest = text.slice(end, paragraph.end);
    const complement = COMPLEMENT.exec(rest);
    if (complement) {
      const boundary = BOUNDARY.exec(rest.slice(complement[0].length));
      const length = complement[0].length + (boundary ? boundary.index : rest.length - complement[0].length);
      end += rest.slice(0, length).trimEnd().length;
    }
    // A head noun alone ("the meeting") is no name; a complement or a modifier makes one.
    if (!complement && m[1] === '') continue;
    if (end - start > 160) continue;
    found.push([start, end]);
  }
  return found;
}

export function findEventTitle(text: string, opening: Range | undefined): [number, number] | null {
  if (!opening) return null;
  const candidates = [...quoted(text, opening), ...capitalised(text, opening), ...descriptive(text, opening)]
    .filter(([start]) => !OTHER_EVENT.test(text.slice(Math.max(opening.start, start - 40), start)));
  // The earliest name wins; at the same place, the longest.
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const quotedFirst = quoted(text, opening).filter((q) => candidates.some((c) => c[0] === q[0]));
  return quotedFirst[0] ?? candidates[0] ?? null;
}
