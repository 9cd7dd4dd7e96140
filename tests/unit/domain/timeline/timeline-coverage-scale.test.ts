import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { coveredPeriods, mergePeriods } from '../../../../src/domain/timeline/timeline-coverage.ts';
import { randomTestCorpus } from '../../../fixtures/random-test-corpus.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

/** The definition, document by document over every event: what the one-pass version must equal. */
function coveredPeriodsByDefinition(corpus: Corpus) {
  return mergePeriods(
    corpus.documents.map((document) => {
      const dates = [document.publishedOn];
      for (const event of corpus.events) {
        if (event.documentId !== document.id) continue;
        dates.push(event.startDate.value, event.endDate?.value ?? event.startDate.value);
      }
      dates.sort();
      return { first: dates[0]!, last: dates[dates.length - 1]! };
    }),
  );
}

describe('coveredPeriods on varied corpora', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('matches the definition on random corpus %d', (seed) => {
    const corpus = randomTestCorpus(seed);
    expect(coveredPeriods(corpus)).toEqual(coveredPeriodsByDefinition(corpus));
  });

  it('covers to the latest event when it ends after publication, and a document without events on its own day', () => {
    const corpus = structuredClone(smallTestCorpus());
    const alpha = corpus.events.find((event) => event.id === 'alpha')!;
    alpha.endDate = { value: '2020-03-20', span: alpha.startDate.span, inferred: false };
    corpus.documents.push({ ...corpus.documents[0]!, id: 'doc-lonely', publishedOn: '2022-06-01' });
    expect(coveredPeriods(corpus)).toEqual([
      { first: '2020-03-01', last: '2020-03-20' },
      { first: '2020-09-03', last: '2020-09-05' },
      { first: '2021-01-09', last: '2021-01-10' },
      { first: '2022-06-01', last: '2022-06-01' },
    ]);
    expect(coveredPeriods(corpus)).toEqual(coveredPeriodsByDefinition(corpus));
  });

  it('is nothing for a corpus without documents', () => {
    expect(coveredPeriods({ ...smallTestCorpus(), documents: [], events: [], statements: [] })).toEqual([]);
  });
});
