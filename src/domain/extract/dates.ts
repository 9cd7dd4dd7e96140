/**
 * Dates as press releases write them ("17 August", "3-6 September 2021",
 * "August 17, 2020", "30 August - 2 September", "in September 2020"). Dates
 * are YYYY-MM-DD strings computed by arithmetic — never through a Date object,
 * whose local time zone could shift a day.
 */

export type DateMention = {
  start: number;
  end: number;
  /** Year, month, day of the first (or only) day; day is null for a month. */
  from: { year: number | null; month: number; day: number | null };
  to: { year: number | null; month: number; day: number } | null;
};

export type ResolvedDate = {
  start: string;
  end: string | null;
  precision: 'day' | 'month';
  yearInferred: boolean;
  reason?: string;
};

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DASH = '\\s*(?:-|\u2013|\u2014|to|till|until|and)\\s*';
const YEAR = '(?:,?\\s+(\\d{4}))?';

// Most specific first; a later pattern never overlaps an earlier match.
const PATTERNS: Array<{ regex: RegExp; read: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end'> }> = [
  {
    // 30 August - 2 September 2021
    regex: new RegExp(`\\b${DAY}\\s+${MONTH}${DASH}${DAY}\\s+${MONTH}${YEAR}\\b`, 'g'),
    read: (m) => ({
      from: { year: year(m[5]), month: month(m[2]), day: Number(m[1]) },
      to: { year: year(m[5]), month: month(m[4]), day: Number(m[3]) },
    }),
  },
  {
    // 3-6 September 2021, 3 and 4 September
    regex: new RegExp(`\\b${DAY}${DASH}${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}\\b`, 'g'),
    read: (m) => ({
      from: { year: year(m[4]), month: month(m[3]), day: Number(m[1]) },
      to: { year: year(m[4]), month: month(m[3]), day: Number(m[2]) },
    }),
  },
  {
    // September 3-6, 2021
    regex: new RegExp(`\\b${MONTH}\\s+${DAY}${DASH}${DAY}${YEAR}\\b`, 'g'),
    read: (m) => ({
      from: { year: year(m[4]), month: month(m[1]), day: Number(m[2]) },
      to: { year: year(m[4]), month: month(m[1]), day: Number(m[3]) },
    }),
  },
  {
    // 17 August 2020, 17th of August
    regex: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}\\b`, 'g'),
    read: (m) => ({ from: { year: year(m[3]), month: month(m[2]), day: Number(m[1]) }, to: null }),
  },
  {
    // August 17, 2020
    regex: new RegExp(`\\b${MONTH}\\s+${DAY}${YEAR}\\b(?!\\s*(?:%|per))`, 'g'),
    read: (m) => ({ from: { year: year(m[3]), month: month(m[1]), day: Number(m[2]) }, to: null }),
  },
  {
    // in September 2020 (a month, never a bare month without a year)
    regex: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'g'),
    read: (m) => ({ from: { year: Number(m[2]), month: month(m[1]), day: null }, to: null }),
  },
];

function month(word: string | undefined): number {
  return MONTHS[(word ?? '').replace('.', '').toLowerCase()] ?? 0;
}

function year(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits);
}

/** Every date written in text[start, end), in text order. */
export function findDates(text: string, start = 0, end = text.length): DateMention[] {
  const slice = text.slice(start, end);
  const found: DateMention[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (found.some((d) => d.start < e && s < d.end)) continue;
      found.push({ start: s, end: e, ...read(m) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (pure arithmetic). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function formatIsoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseIso(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/**
 * Completes and checks a date mention against the publication date. A
 * missing year is the one (publication year, the year before or after) that
 * puts the date nearest the publication date, so "28 December" in a release
 * of 3 January is last year's. Returns a reason when the date does not exist.
 */
export function resolveDate(mention: DateMention, publishedOn: string): ResolvedDate | { invalid: string } {
  const [py, pm, pd] = parseIso(publishedOn);
  const published = dayNumber(py, pm, pd);
  const { from, to } = mention;
  const crossesYear = to !== null && to.month < from.month;
  let startYear: number;
  let yearInferred = false;
  if (from.year !== null) startYear = from.year;
  else if (to?.year != null) startYear = crossesYear ? to.year - 1 : to.year;
  else {
    yearInferred = true;
    const day = from.day ?? 1;
    const distance = (y: number) => Math.abs(dayNumber(y, from.month, day) - published);
    startYear = [py, py - 1, py + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
  }
  if (from.day === null) {
    return { start: formatIsoDate(startYear, from.month, 1), end: null, precision: 'month', yearInferred };
  }
  if (from.day < 1 || from.day > daysInMonth(startYear, from.month)) {
    return { invalid: `${from.day} is not a day of month ${from.month} in ${startYear}` };
  }
  const start = formatIsoDate(startYear, from.month, from.day);
  let end: string | null = null;
  if (to) {
    const endYear = to.year ?? (crossesYear ? startYear + 1 : startYear);
    if (to.day < 1 || to.day > daysInMonth(endYear, to.month)) {
      return { invalid: `${to.day} is not a day of month ${to.month} in ${endYear}` };
    }
    end = formatIsoDate(endYear, to.month, to.day);
    if (end < start) return { invalid: `the range ends (${end}) before it starts (${start})` };
  }
  const result: ResolvedDate = { start, end, precision: 'day', yearInferred };
  if (yearInferred) {
    result.reason = `The text gives no year; ${startYear} is the year that puts the date nearest the publication date ${publishedOn}.`;
  }
  return result;
}
