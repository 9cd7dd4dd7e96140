import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../../src/domain/engine/reference/corpus-index.ts';
import { outlineCorpus } from '../../../../src/domain/corpus/corpus-outline.ts';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';
import { randomTestCorpus } from '../../../fixtures/random-test-corpus.ts';

const corpus = smallTestCorpus();

/** The small corpus with every theme assignment replaced by `themes(statement index)`. */
function withThemes(statementThemes: (i: number) => string[], eventThemes: (i: number) => string[] = () => []): Corpus {
  const copy = structuredClone(corpus);
  copy.statements.forEach((statement, i) => {
    statement.themes = statementThemes(i).map((themeId) => ({ themeId, cue: themeId, span: statement.span }));
  });
  copy.events.forEach((event, i) => {
    event.themes = eventThemes(i).map((themeId) => ({ themeId, cue: themeId, span: event.title.span }));
  });
  return copy;
}

describe('outlineCorpus', () => {
  it('finds each event by id at its position in the corpus', () => {
    const { eventIndexById } = outlineCorpus(corpus);
    expect([...eventIndexById]).toEqual(corpus.events.map((event, i) => [event.id, i]));
  });

  it.each<[string, Corpus, { statements: boolean; events: boolean }]>([
    ['the small corpus: a statement with two themes', corpus, { statements: true, events: true }],
    ['one theme each, all the same', withThemes(() => ['drug-trafficking']), { statements: false, events: false }],
    ['the same theme twice on one statement counts once', withThemes(() => ['drug-trafficking', 'drug-trafficking']), { statements: false, events: false }],
    // Alpha holds statements 0-2: one theme each, but two different ones.
    ['an event whose statements differ', withThemes((i) => [i === 1 ? 'multilateral-dialogue' : 'drug-trafficking']), { statements: false, events: true }],
    ['an event with two themes of its own', withThemes(() => [], (i) => (i === 2 ? ['drug-trafficking', 'terrorism-extremism'] : [])), { statements: false, events: true }],
    ['an event theme plus a different statement theme', withThemes((i) => (i === 4 ? ['drug-trafficking'] : []), (i) => (i === 2 ? ['terrorism-extremism'] : [])), { statements: false, events: true }],
    ['no themes at all', withThemes(() => []), { statements: false, events: false }],
    ['no records', { ...corpus, documents: [], events: [], statements: [] }, { statements: false, events: false }],
  ])('several themes: %s', (_, input, expected) => {
    expect(outlineCorpus(input).severalThemes).toEqual(expected);
  });

  it.each([1, 2, 3, 4, 5])('agrees with the reference index on random corpus %d', (seed) => {
    const random = randomTestCorpus(seed);
    const index = indexCorpus(random);
    expect(outlineCorpus(random).severalThemes).toEqual({
      statements: index.statements.some((statement) => statement.themes.length > 1),
      events: index.events.some((event) => event.themes.size > 1),
    });
    expect(outlineCorpus(random).eventIndexById).toEqual(index.eventIndexById);
  });
});
