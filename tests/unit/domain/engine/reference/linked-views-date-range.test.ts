import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../../../src/domain/engine/reference/corpus-index.ts';
import type { Corpus, CountryCode } from '../../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS } from '../../../../../src/domain/view-state/filters.ts';
import { computeLinkedViews } from '../../../../../src/domain/engine/reference/linked-views.ts';

const TEXT = 'On 1 to 10 March 2020 the forum met. She stressed dialogue.';

function corpusWithOneLongEvent(): Corpus {
  return {
    schemaVersion: 1,
    taxonomy: [],
    documents: [
      {
        id: 'doc',
        publisher: 'Test',
        sourceUrl: 'https://example.invalid/doc',
        publishedOn: '2020-03-10',
        language: 'en',
        text: TEXT,
      },
    ],
    events: [
      {
        id: 'ev',
        documentId: 'doc',
        title: { value: 'Forum', span: [0, 2], inferred: false },
        startDate: { value: '2020-03-01', span: [0, 2], inferred: false },
        endDate: { value: '2020-03-10', span: [0, 2], inferred: false },
        datePrecision: 'day',
        organisers: [],
        participatingCountries: [{ value: 'JPN' as CountryCode, span: [0, 2], inferred: false }],
        participatingOrganisations: [],
        themes: [],
      },
    ],
    statements: [
      {
        id: 'st',
        documentId: 'doc',
        eventId: 'ev',
        speaker: null,
        verb: { text: 'stressed', lemma: 'stress', span: [42, 50] },
        speechType: 'reported',
        text: TEXT.slice(38),
        span: [38, TEXT.length],
        paragraphIndex: 0,
        themes: [],
        mentionedCountries: [],
        mentionedOrganisations: [],
        mentionedPlaces: [],
      },
    ],
  };
}

describe('reference engine date range', () => {
  const index = indexCorpus(corpusWithOneLongEvent());
  const totals = (from: string | null, to: string | null) =>
    computeLinkedViews(index, { filters: { ...EMPTY_FILTERS, from, to }, sort: 'date-asc' }).totals;

  it.each([
    ['2020-03-05', '2020-03-05', 1],
    ['2020-03-10', null, 1],
    [null, '2020-03-01', 1],
    ['2020-03-11', null, 0],
    [null, '2020-02-29', 0],
  ])('from %s to %s overlaps a 1–10 March event: %i', (from, to, expected) => {
    expect(totals(from, to)).toMatchObject({ statements: expected, events: expected });
  });

  // Before the fix, an inverted range inside a long event still matched it,
  // because end >= from and start <= to both hold.
  it('treats a range whose from is after its to as empty', () => {
    expect(totals('2020-03-08', '2020-03-03')).toEqual({ statements: 0, events: 0, countries: 0, themes: 0 });
  });
});
