import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCorpus, type CorpusIndex } from '../../../../src/domain/engine/reference/corpus-index.ts';
import type { CountryCode, Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS, toggleValue, withoutFacets, type Facet, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { computeLinkedViews } from '../../../../src/domain/engine/reference/linked-views.ts';
import { countryName } from '../../../../src/domain/corpus/countries.ts';
import { parseSearchQuery, tokenizeWords } from '../../../../src/domain/view-state/search.ts';
import { stemWord } from '../../../../src/domain/view-state/stem-word.ts';
import { RANDOM_WORDS, randomTestCorpus } from '../../../fixtures/random-test-corpus.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const CORPORA: Array<{ name: string; index: CorpusIndex }> = [
  { name: 'small test corpus', index: indexCorpus(smallTestCorpus()) },
  ...[1, 2, 3].map((seed) => ({ name: `random corpus ${seed}`, index: indexCorpus(randomTestCorpus(seed)) })),
];
const ALL_FACETS: readonly Facet[] = ['countries', 'themes', 'speakers', 'events', 'dates', 'search'];
const RUNS = { numRuns: 150 };

function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The values a filter could take on this corpus, plus one it never holds. */
function valuesOf(corpus: Corpus) {
  const countries = new Set<string>(['NZL']);
  for (const event of corpus.events) for (const fact of event.participatingCountries) countries.add(fact.value);
  for (const s of corpus.statements) for (const mention of s.mentionedCountries) countries.add(mention.code);
  const speakers = new Set<string>(['nobody']);
  for (const s of corpus.statements) if (s.speaker) speakers.add(s.speaker.id);
  // Event boundaries and the days just outside them are where date bugs hide.
  const dates = corpus.events.flatMap((event) => {
    const end = event.endDate?.value ?? event.startDate.value;
    return [shiftDay(event.startDate.value, -1), event.startDate.value, end, shiftDay(end, 1)];
  });
  return {
    countries: [...countries] as CountryCode[],
    themes: [...corpus.taxonomy.map((theme) => theme.id), 'no-such-theme'],
    speakers: [...speakers],
    events: [...corpus.events.map((event) => event.id), 'no-such-event'],
    dates: [...new Set(dates)],
    words: [...RANDOM_WORDS, 'terror', 'dr', 'ana', 'japan', 'nothing', 'zzz'],
  };
}

/** One step an analyst can take; any order of the same steps must give the same view. */
type Step =
  | { kind: 'countries' | 'themes' | 'speakers' | 'events'; value: string }
  | { kind: 'from' | 'to' | 'word'; value: string }
  | { kind: 'mentions' };

function apply(filters: Filters, step: Step): Filters {
  switch (step.kind) {
    case 'countries':
      return { ...filters, countries: toggleValue(filters.countries, step.value as CountryCode) };
    case 'themes':
    case 'speakers':
    case 'events':
      return { ...filters, [step.kind]: toggleValue(filters[step.kind], step.value) };
    case 'from':
      return { ...filters, from: filters.from === null || step.value > filters.from ? step.value : filters.from };
    case 'to':
      return { ...filters, to: filters.to === null || step.value < filters.to ? step.value : filters.to };
    case 'word':
      return { ...filters, search: `${filters.search} ${step.value}`.trim() };
    case 'mentions':
      return { ...filters, includeMentions: !filters.includeMentions };
  }
}

function stepFor(values: ReturnType<typeof valuesOf>): fc.Arbitrary<Step> {
  return fc.oneof(
    fc.constantFrom(...values.countries).map((value): Step => ({ kind: 'countries', value })),
    fc.constantFrom(...values.themes).map((value): Step => ({ kind: 'themes', value })),
    fc.constantFrom(...values.speakers).map((value): Step => ({ kind: 'speakers', value })),
    fc.constantFrom(...values.events).map((value): Step => ({ kind: 'events', value })),
    fc.constantFrom(...values.dates).map((value): Step => ({ kind: 'from', value })),
    fc.constantFrom(...values.dates).map((value): Step => ({ kind: 'to', value })),
    fc.constantFrom(...values.words).map((value): Step => ({ kind: 'word', value })),
    fc.constant<Step>({ kind: 'mentions' }),
  );
}

/** A corpus and filters reached by a few random steps on it. */
const scenario = fc.nat({ max: CORPORA.length - 1 }).chain((which) => {
  const { index } = CORPORA[which]!;
  const values = valuesOf(index.corpus);
  return fc.record({
    which: fc.constant(which),
    steps: fc.array(stepFor(values), { maxLength: 6 }),
  });
});

function filtersAfter(steps: readonly Step[], start: Filters = EMPTY_FILTERS): Filters {
  return steps.reduce(apply, start);
}

function matches(index: CorpusIndex, filters: Filters): Set<number> {
  return new Set(computeLinkedViews(index, { filters, sort: 'date-asc' }).matchingStatements);
}

function isSubset(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return [...a].every((value) => b.has(value));
}

/** The matching rules as written in linked-views.ts, read straight off the corpus. */
function oracle(corpus: Corpus, f: Filters): Set<number> {
  const words = parseSearchQuery(f.search);
  const result = new Set<number>();
  corpus.statements.forEach((s, i) => {
    const event = corpus.events.find((e) => e.id === s.eventId)!;
    const participants = event.participatingCountries.map((fact) => fact.value as string);
    const mentions = s.mentionedCountries.map((m) => m.code as string);
    const start = event.startDate.value;
    const end = event.endDate?.value ?? start;
    const speaker = [s.speaker?.name, s.speaker?.role, s.speaker?.organisation].filter((part) => part != null).join(' ');
    const textWords = tokenizeWords(`${s.text} ${speaker}`).map((t) => t.folded);
    const countryWords = mentions.flatMap((code) => tokenizeWords(countryName(code)).map((t) => t.folded));
    // A word matches when it starts with the query word or shares its stem.
    const found = (w: string, among: string[]) => among.some((t) => t.startsWith(w) || stemWord(t) === stemWord(w));
    const ok =
      (f.countries.length === 0 ||
        f.countries.some((c) => participants.includes(c) || (f.includeMentions && mentions.includes(c)))) &&
      (f.themes.length === 0 || s.themes.some((t) => f.themes.includes(t.themeId))) &&
      (f.speakers.length === 0 || (s.speaker !== null && f.speakers.includes(s.speaker.id))) &&
      (f.events.length === 0 || f.events.includes(event.id)) &&
      // A range whose start is after its end covers no day, so matches nothing.
      !(f.from !== null && f.to !== null && f.from > f.to) &&
      (f.from === null || end >= f.from) &&
      (f.to === null || start <= f.to) &&
      words.every((w) => found(w, textWords) || found(w, countryWords));
    if (ok) result.add(i);
  });
  return result;
}

describe.each(CORPORA)('filters over the $name', ({ index }) => {
  const { corpus } = index;

  it('with no filters, or every filter cleared, shows everything', () => {
    const views = computeLinkedViews(index, { filters: EMPTY_FILTERS, sort: 'date-asc' });
    expect([...views.matchingStatements].sort((a, b) => a - b)).toEqual(corpus.statements.map((_, i) => i));
    expect(views.totals.statements).toBe(corpus.statements.length);
    expect(views.totals.events).toBe(corpus.events.length);
    expect(views.totals.countries).toBe(new Set(corpus.events.flatMap((e) => e.participatingCountries.map((c) => c.value))).size);
    const values = valuesOf(corpus);
    fc.assert(
      fc.property(fc.array(stepFor(values), { maxLength: 8 }), (steps) => {
        const cleared = withoutFacets(filtersAfter(steps), ALL_FACETS);
        expect(computeLinkedViews(index, { filters: cleared, sort: 'date-desc' }).totals).toEqual(views.totals);
        expect(matches(index, cleared)).toEqual(new Set(views.matchingStatements));
      }),
      RUNS,
    );
  });
});

describe('filters: properties over random filters on every test corpus', () => {
  it('match exactly the statements the written rules select, each at most once', () => {
    fc.assert(
      fc.property(scenario, ({ which, steps }) => {
        const { index } = CORPORA[which]!;
        const filters = filtersAfter(steps);
        const list = [...computeLinkedViews(index, { filters, sort: 'date-asc' }).matchingStatements];
        expect(new Set(list).size).toBe(list.length);
        expect(list.every((i) => i < index.corpus.statements.length)).toBe(true);
        expect(new Set(list)).toEqual(oracle(index.corpus, filters));
      }),
      { numRuns: 500 },
    );
  });

  it('count every event whose statements match', () => {
    fc.assert(
      fc.property(scenario, ({ which, steps }) => {
        const { index } = CORPORA[which]!;
        const views = computeLinkedViews(index, { filters: filtersAfter(steps), sort: 'date-asc' });
        const events = new Set([...views.matchingStatements].map((i) => index.corpus.statements[i]!.eventId));
        expect(views.totals.events).toBeGreaterThanOrEqual(events.size);
        expect(views.totals.statements).toBe(views.matchingStatements.length);
      }),
      RUNS,
    );
  });

  it('give the same views whatever order the same steps were taken in', () => {
    const permuted = scenario.chain(({ which, steps }) =>
      fc.record({
        which: fc.constant(which),
        steps: fc.constant(steps),
        shuffled: fc.shuffledSubarray(steps, { minLength: steps.length, maxLength: steps.length }),
        sort: fc.constantFrom('date-asc' as const, 'date-desc' as const),
      }),
    );
    fc.assert(
      fc.property(permuted, ({ which, steps, shuffled, sort }) => {
        const { index } = CORPORA[which]!;
        const a = computeLinkedViews(index, { filters: filtersAfter(steps), sort });
        const b = computeLinkedViews(index, { filters: filtersAfter(shuffled), sort });
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  const LIST_FACETS = ['countries', 'themes', 'speakers', 'events'] as const;
  /** A corpus, random filters, a list facet and two different values of it. */
  const facetScenario = fc.nat({ max: CORPORA.length - 1 }).chain((which) => {
    const values = valuesOf(CORPORA[which]!.index.corpus);
    return fc.constantFrom(...LIST_FACETS).chain((facet) =>
      fc.record({
        which: fc.constant(which),
        steps: fc.array(stepFor(values), { maxLength: 6 }),
        facet: fc.constant(facet),
        pair: fc.uniqueArray(fc.constantFrom<string>(...values[facet]), { minLength: 2, maxLength: 2 }),
        narrowing: stepFor(values).filter((step) => step.kind === 'from' || step.kind === 'to' || step.kind === 'word'),
      }),
    );
  });

  it('within a facet, one more value never loses a match (OR)', () => {
    fc.assert(
      fc.property(facetScenario, ({ which, steps, facet, pair: [first, second] }) => {
        const { index } = CORPORA[which]!;
        const filters = filtersAfter(steps);
        const others = (filters[facet] as readonly string[]).filter((v) => v !== first && v !== second);
        const before = { ...filters, [facet]: [...others, first] };
        const after = { ...filters, [facet]: [...others, first, second] };
        expect(isSubset(matches(index, before), matches(index, after))).toBe(true);
      }),
      RUNS,
    );
  });

  it('a constraint on a facet not yet filtered never adds a match (AND)', () => {
    fc.assert(
      fc.property(facetScenario, ({ which, steps, facet, pair: [value] }) => {
        const { index } = CORPORA[which]!;
        const before = { ...filtersAfter(steps), [facet]: [] };
        const after = { ...before, [facet]: [value] };
        expect(isSubset(matches(index, after), matches(index, before))).toBe(true);
      }),
      RUNS,
    );
  });

  it('a search word or a narrower date never adds a match (AND)', () => {
    fc.assert(
      fc.property(facetScenario, ({ which, steps, narrowing }) => {
        const { index } = CORPORA[which]!;
        const before = filtersAfter(steps);
        expect(isSubset(matches(index, apply(before, narrowing)), matches(index, before))).toBe(true);
      }),
      RUNS,
    );
  });

  it('"include mentions" only ever adds matches', () => {
    fc.assert(
      fc.property(scenario, ({ which, steps }) => {
        const { index } = CORPORA[which]!;
        const filters = filtersAfter(steps);
        const without = matches(index, { ...filters, includeMentions: false });
        expect(isSubset(without, matches(index, { ...filters, includeMentions: true }))).toBe(true);
      }),
      RUNS,
    );
  });

  it('a theme facet count is what choosing that theme alone would match', () => {
    fc.assert(
      fc.property(scenario, ({ which, steps }) => {
        const { index } = CORPORA[which]!;
        const filters = filtersAfter(steps);
        const views = computeLinkedViews(index, { filters, sort: 'date-asc' });
        const themeCounts = new Map(views.facets.themes.map((c) => [c.value, c.count]));
        // The theme facet ignores the theme filter, so selecting a listed theme matches exactly its count.
        for (const [theme, count] of themeCounts) {
          const only = matches(index, { ...filters, themes: [theme] });
          expect(only.size).toBe(count);
        }
      }),
      RUNS,
    );
  });
});
