import { fact } from './types.ts';

/**
 * How many took part, as the text states it: "34 representatives", "over
 * 600 participants", "around a thousand guests", "17 observers".
 */

const QUALIFIERS: Record<string, 'over' | 'about' | 'under' | 'at-least' | 'up-to'> = {
  over: 'over', 'more than': 'over', 'in excess of': 'over', about: 'about', around: 'about', some: 'about',
  approximately: 'about', roughly: 'about', nearly: 'under', almost: 'under', 'close to': 'under',
  'at least': 'at-least', 'up to': 'up-to', 'fewer than': 'under', 'less than': 'under', under: 'under',
};
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const PEOPLE = 'participants|representatives|delegates|experts|officials|people|persons|attendees|specialists|guests|scholars|researchers|journalists|students|speakers|observers|diplomats|ambassadors|envoys|visitors|volunteers';
const WORDS = `(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const AMOUNT = `\\d{1,3}(?:,\\d{3})+|\\d+|(?:a|one|${WORDS})\\s+(?:hundred|thousand)|${WORDS}`;
const COUNT = new RegExp(
  `\\b(?:(${Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length).join('|')})\\s+)?(${AMOUNT})\\s+(?:[a-z-]+\\s+){0,2}?(?:${PEOPLE})\\b`,
  'gi',
);

// "around 1,500 in all", "a total of 300": a head count without a word for people.
const TOTAL = new RegExp(
  `\\b(?:(${Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length).join('|')})\\s+)?(?:a\\s+total\\s+of\\s+)?(${AMOUNT})(?=\\s+(?:in\\s+all|in\\s+total|altogether)\\b)|\\ba\\s+total\\s+of\\s+(${AMOUNT})(?=\\s+(?:[a-z-]+\\s+){0,2}?(?:${PEOPLE})\\b)`,
  'gi',
);

function readNumber(written: string): number {
  if (/^\d/.test(written)) return Number(written.replace(/,/g, ''));
  let total = 0;
  for (const word of written.toLowerCase().split(/[\s-]+/)) {
    if (word === 'hundred' || word === 'thousand') total = Math.max(total, 1) * (word === 'hundred' ? 100 : 1000);
    else total += word === 'a' || word === 'one' ? 1 : (NUMBER_WORDS[word] ?? UNITS[word] ?? 0);
  }
  return total;
}

export function findParticipantCount(text: string) {
  COUNT.lastIndex = 0;
  TOTAL.lastIndex = 0;
  const people = COUNT.exec(text);
  let total = TOTAL.exec(text);
  if (total && total[3] !== undefined) total[2] = total[3];
  // "in 2020 in all" is a year.
  if (total && /^(?:19|20)\d\d$/.test(total[2]!)) total = null;
  const m = people && (!total || people.index <= total.index) ? people : total;
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
