import { dayNumber, daysInMonth, formatIsoDate, type DateMention, type ResolvedDate } from './dates.ts';
import type { Paragraph } from './text.ts';
import { fact, type Fact } from './types.ts';

/**
 * The event's dates: the first full date of the opening paragraph (else
 * the first anywhere), an end stated later ("from 13 to 18 November",
 * "until 13 March"), and, when the text has no date of its own, the
 * publication date — marked inferred, never passed off as stated.
 */

export type DatedMention = { mention: DateMention; resolved: ResolvedDate };
export type EventDates = { start: Fact<string>; end: Fact<string> | null; precision: 'day' | 'month' };
type Warn = (offset: number, message: string) => void;

const parse = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const dayOf = (iso: string) => dayNumber(...parse(iso));

/** A later end: a range that starts the same day, or "until"/"to" a date within two months. */
function laterEnd(text: string, first: DatedMention, dated: readonly DatedMention[]): DatedMention | null {
  const start = dayOf(first.resolved.start);
  for (const d of dated) {
    if (d.mention.start <= first.mention.start || d.resolved.precision !== 'day') continue;
    if (d.resolved.end !== null && d.resolved.start === first.resolved.start) return d;
    const lead = text.slice(Math.max(0, d.mention.start - 12), d.mention.start);
    const days = dayOf(d.resolved.start) - start;
    if (d.resolved.end === null && /\b(?:until|till|through|to)\s+(?:the\s+)?$/i.test(lead) && days > 0 && days <= 62) return d;
  }
  return null;
}

/** A stated year that puts the event far before its publication while the same day of the publication year fits. */
function yearContradiction(first: DatedMention, publishedOn: string): string | null {
  if (first.mention.from.year === null || first.resolved.yearInferred || first.resolved.precision !== 'day') return null;
  const published = dayOf(publishedOn);
  const [y, m, d] = parse(first.resolved.start);
  const before = published - dayNumber(y, m, d);
  const py = parse(publishedOn)[0];
  if (before <= 300 || y === py) return null;
  const sameDay = published - dayNumber(py, m, d);
  if (sameDay < -7 || sameDay > 60) return null;
  return `the stated year ${y} contradicts the publication date ${publishedOn}: ${first.resolved.start} is ${before} days before it, the same day in ${py} would be ${sameDay}; kept as written, check the source`;
}

const RELATIVE = /\b(today|yesterday)\b/i;

function publicationDate(text: string, publishedOn: string, warn: Warn): EventDates {
  const relative = RELATIVE.exec(text);
  if (relative) {
    const yesterday = relative[1]!.toLowerCase() === 'yesterday';
    const [y, m, d] = parse(publishedOn);
    const value = yesterday ? shiftBack(y, m, d) : publishedOn;
    const reason = `The text gives no date but "${relative[1]}"; read against the publication date ${publishedOn}.`;
    warn(relative.index, `no date in the text; the event date ${value} comes from "${relative[1]}" and the publication date, marked inferred`);
    return { start: fact(value, [relative.index, relative.index + relative[0].length], true, reason), end: null, precision: 'day' };
  }
  warn(0, `no date in the text; the event date is the publication date ${publishedOn}, marked inferred`);
  return { start: fact(publishedOn, [0, 0], true, 'The text states no date; the publication date stands in.'), end: null, precision: 'day' };
}

function shiftBack(y: number, m: number, d: number): string {
  if (d > 1) return formatIsoDate(y, m, d - 1);
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return formatIsoDate(py, pm, daysInMonth(py, pm));
}

export function chooseEventDates(text: string, opening: Paragraph | undefined, dated: readonly DatedMention[], publishedOn: string, warn: Warn): EventDates {
  const first =
    dated.find((d) => opening && d.mention.start < opening.end && d.resolved.precision === 'day') ??
    dated.find((d) => d.resolved.precision === 'day') ??
    dated[0];
  if (!first) return publicationDate(text, publishedOn, warn);
  const { resolved, mention } = first;
  const span: [number, number] = [mention.start, mention.end];
  const contradiction = yearContradiction(first, publishedOn);
  if (contradiction) warn(mention.start, contradiction);
  const reason = contradiction ? `${contradiction[0]!.toUpperCase()}${contradiction.slice(1)}.` : resolved.reason;
  const start = fact(resolved.start, span, resolved.yearInferred, reason);
  if (resolved.end !== null) return { start, end: fact(resolved.end, span, resolved.yearInferred, resolved.reason), precision: resolved.precision };
  const later = resolved.precision === 'day' ? laterEnd(text, first, dated) : null;
  if (!later) return { start, end: null, precision: resolved.precision };
  const endValue = later.resolved.end ?? later.resolved.start;
  return {
    start,
    end: fact(endValue, [later.mention.start, later.mention.end], later.resolved.yearInferred, later.resolved.reason),
    precision: 'day',
  };
}
