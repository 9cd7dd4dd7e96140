import type { Corpus, IsoDate } from './corpus-schema.ts';

/** What the corpus covers, so an empty period reads as "not covered". */
export type Coverage = {
  documents: number;
  publishers: string[];
  /** Publication dates of the source documents. */
  published: { first: IsoDate; last: IsoDate } | null;
  /** Dates of the events the documents report. */
  events: { first: IsoDate; last: IsoDate } | null;
  synthetic: boolean;
};

function range(dates: IsoDate[]): { first: IsoDate; last: IsoDate } | null {
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return { first: sorted[0]!, last: sorted[sorted.length - 1]! };
}

export function describeCoverage(corpus: Corpus): Coverage {
  return {
    documents: corpus.documents.length,
    publishers: [...new Set(corpus.documents.map((document) => document.publisher))].sort(),
    published: range(corpus.documents.map((document) => document.publishedOn)),
    events: range(corpus.events.flatMap((event) => [event.startDate.value, event.endDate?.value ?? event.startDate.value])),
    synthetic: corpus.synthetic !== undefined,
  };
}
