import { describe, expect, it } from 'vitest';
import { checkCorpusConsistency } from '../../../../src/domain/corpus/corpus-consistency.ts';
import type { CorpusProblem } from '../../../../src/domain/corpus/corpus-problems.ts';
import type { CountryCode, Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const small = smallTestCorpus();
const s = small.statements;

function problemsAfter(mutate: (corpus: Corpus) => void): CorpusProblem[] {
  const corpus = structuredClone(small);
  mutate(corpus);
  return checkCorpusConsistency(corpus);
}

describe('checkCorpusConsistency', () => {
  it('finds nothing wrong with a sound corpus, and leaves it untouched', () => {
    const corpus = structuredClone(small);
    expect(checkCorpusConsistency(corpus)).toEqual([]);
    expect(corpus).toEqual(small);
  });

  it('finds nothing wrong with an empty corpus', () => {
    expect(checkCorpusConsistency({ ...small, documents: [], events: [], statements: [] })).toEqual([]);
  });

  it.each<[string, (c: Corpus) => void, CorpusProblem[]]>([
    [
      'a bad country reports the event only: its statements are not at fault',
      (c) => (c.events[0]!.participatingCountries[1]!.value = 'QQQ' as CountryCode),
      [{ path: 'events[0].participatingCountries[1].value', recordId: 'alpha', message: '"QQQ" is not an assigned ISO 3166-1 alpha-3 country code' }],
    ],
    [
      'a place in an unknown country',
      (c) => (c.events[2]!.location = { value: { kind: 'place', place: 'Nowhere', country: 'XYZ' as CountryCode }, span: [0, 3], inferred: false }),
      [{ path: 'events[2].location.value.country', recordId: 'gamma', message: '"XYZ" is not an assigned ISO 3166-1 alpha-3 country code' }],
    ],
    [
      'every later holder of a taken id',
      (c) => {
        c.statements[3]!.id = s[0]!.id;
        c.statements[4]!.id = s[0]!.id;
      },
      [
        { path: 'statements[3].id', recordId: s[0]!.id, message: `duplicate id "${s[0]!.id}": statements[0] already uses it` },
        { path: 'statements[4].id', recordId: s[0]!.id, message: `duplicate id "${s[0]!.id}": statements[0] already uses it` },
      ],
    ],
    [
      'a span that ends exactly at the end of the text is inside; one past is not',
      (c) => {
        const length = c.documents[2]!.text.length;
        c.events[2]!.startDate.span = [0, length];
        c.events[2]!.title.span = [length, length + 1];
      },
      [{ path: 'events[2].title.span', recordId: 'gamma', message: `span [${small.documents[2]!.text.length}, ${small.documents[2]!.text.length + 1}] ends after the end of document "doc-c" (${small.documents[2]!.text.length} characters)` }],
    ],
    [
      'spans of every kind of mention',
      (c) => {
        const far: [number, number] = [1_000, 1_001];
        c.statements[1]!.mentionedCountries[0]!.span = far;
        c.statements[1]!.mentionedOrganisations = [{ name: 'Org', span: far }];
        c.statements[1]!.mentionedPlaces = [{ name: 'Place', span: far }];
        c.statements[1]!.speaker!.resolvedFrom = far;
        c.statements[1]!.themes[0]!.span = far;
      },
      ['speaker.resolvedFrom', 'themes[0].span', 'mentionedCountries[0].span', 'mentionedOrganisations[0].span', 'mentionedPlaces[0].span'].map((path) => ({
        path: `statements[1].${path}`,
        recordId: s[1]!.id,
        message: `span [1000, 1001] ends after the end of document "doc-a" (${small.documents[0]!.text.length} characters)`,
      })),
    ],
    [
      'an event on one day may omit its end, or end the day it starts',
      (c) => (c.events[0]!.endDate = { ...c.events[0]!.startDate }),
      [],
    ],
    [
      'a speaker id a link cannot carry',
      (c) => (c.statements[2]!.speaker!.id = 'Bo Lind'),
      [{ path: 'statements[2].speaker.id', recordId: s[2]!.id, message: 'id "Bo Lind" cannot be carried in a link: ids may use only letters, digits and . : ~ - _ (at most 200)' }],
    ],
    [
      'a theme id too long for a link',
      (c) => c.taxonomy.push({ id: 'a'.repeat(81), label: 'Long', definition: 'x', cues: ['x'] }),
      [{ path: 'taxonomy[4].id', recordId: `${'a'.repeat(80)}…`, message: `theme id "${'a'.repeat(80)}…" (81 characters) cannot be carried in a link: theme ids are at most 80 characters` }],
    ],
  ])('%s', (_name, mutate, expected) => {
    expect(problemsAfter(mutate)).toEqual(expected);
  });
});
