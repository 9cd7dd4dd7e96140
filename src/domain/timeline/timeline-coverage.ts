import type { Corpus, IsoDate } from '../corpus/corpus-schema.ts';
import { addDays } from '../format/calendar.ts';
import { formatDateRange } from '../format/format-date.ts';
import type { Bucket, DateExtent } from './time-buckets.ts';

/**
 * Which days the sources speak about. A document covers the days from the
 * earliest event it reports to the day it was published (or the latest
 * event, if that is later). A day no document covers is "not covered": the
 * corpus says nothing about it, which is not the same as zero.
 */
export function coveredPeriods(corpus: Corpus): DateExtent[] {
  // Each document's event span in one pass over the events: a large corpus
  // has tens of thousands of both, too many to scan the events per document.
  const spans = new Map<string, DateExtent>();
  for (const event of corpus.events) {
    const start = event.startDate.value;
    const end = event.endDate?.value ?? start;
    const span = spans.get(event.documentId);
    if (span === undefined) {
      spans.set(event.documentId, { first: start, last: end });
    } else {
      if (start < span.first) span.first = start;
      if (end > span.last) span.last = end;
    }
  }
  const periods = corpus.documents.map((document): DateExtent => {
    const span = spans.get(document.id);
    const first = span !== undefined && span.first < document.publishedOn ? span.first : document.publishedOn;
    const last = span !== undefined && span.last > document.publishedOn ? span.last : document.publishedOn;
    return { first, last };
  });
  return mergePeriods(periods);
}

/** Sorted, with overlapping or touching periods joined. */
export function mergePeriods(periods: readonly DateExtent[]): DateExtent[] {
  const sorted = [...periods].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const merged: DateExtent[] = [];
  for (const period of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && period.first <= addDays(previous.last, 1)) {
      if (period.last > previous.last) previous.last = period.last;
    } else {
      merged.push({ ...period });
    }
  }
  return merged;
}

/** True when some covered day falls inside the bucket. */
export function isBucketCovered(bucket: Bucket, covered: readonly DateExtent[]): boolean {
  return covered.some((period) => period.first <= bucket.end && period.last >= bucket.start);
}

/** The days of [first, last] the sources cover, if any. */
export function coveredWithin(covered: readonly DateExtent[], from: IsoDate | null, to: IsoDate | null): boolean {
  return covered.some((period) => (from === null || period.last >= from) && (to === null || period.first <= to));
}

/**
 * The span of the corpus's event start dates (where the timeline draws
 * events and their statements), or null for a corpus without events.
 */
export function eventStartExtent(corpus: Corpus): DateExtent | null {
  let extent: DateExtent | null = null;
  for (const event of corpus.events) {
    const start = event.startDate.value;
    if (extent === null) extent = { first: start, last: start };
    else if (start < extent.first) extent.first = start;
    else if (start > extent.last) extent.last = start;
  }
  return extent;
}

const MAX_LISTED_PERIODS = 3;

/** "The sources cover 17–18 August 2020." — or how many periods, when there are many. */
export function describeCoveredPeriods(periods: readonly DateExtent[]): string {
  if (periods.length === 0) return 'No source covers any date.';
  if (periods.length <= MAX_LISTED_PERIODS) {
    const listed = periods.map((period) => formatDateRange(period.first, period.last));
    const text = listed.length === 1 ? listed[0]! : `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
    return `The sources cover ${text}.`;
  }
  const first = periods[0]!.first;
  const last = periods[periods.length - 1]!.last;
  return `The sources cover ${periods.length} separate periods between ${formatDateRange(first, first)} and ${formatDateRange(last, last)}.`;
}
