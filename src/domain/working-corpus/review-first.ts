import type { ExtractWarning } from '../extract/types.ts';
import type { ReleaseRecords } from './release-corrections.ts';

/**
 * What the extractor left for the analyst to check, listed before the rest
 * of the review: its warnings (names it would not guess, sentences with a
 * verb but no speaker) and every fact it inferred rather than read.
 */
export type ReviewItem = { key: string; text: string };

export function reviewFirst(records: ReleaseRecords, warnings: readonly ExtractWarning[]): ReviewItem[] {
  const { event } = records;
  const items: ReviewItem[] = warnings.map((w, i) => ({ key: `warning:${i}`, text: `Line ${w.line}: ${w.message}` }));
  const inferred = (key: string, name: string, fact: { inferred: boolean; reason?: string | undefined } | undefined) => {
    if (fact?.inferred) items.push({ key, text: `The ${name} is inferred${fact.reason ? `: ${fact.reason}` : '.'}` });
  };
  inferred('title', 'event title', event.title);
  inferred('startDate', 'date', event.startDate);
  inferred('endDate', 'end date', event.endDate);
  inferred('format', 'format', event.format);
  // An online location is the format's fact again.
  if (event.location !== undefined && event.location.value.kind !== 'online') inferred('location', 'location', event.location);
  inferred('count', 'participant count', event.participantCount);
  event.organisers.forEach((o, i) => inferred(`organiser:${i}`, `organiser “${o.value}”`, o));
  event.participatingCountries.forEach((c) => inferred(`participant:${c.value}`, `participation of ${c.value}`, c));
  if (records.statements.length === 0) items.push({ key: 'no-statements', text: 'No statement was found: check that the release reports what someone said.' });
  return items;
}
