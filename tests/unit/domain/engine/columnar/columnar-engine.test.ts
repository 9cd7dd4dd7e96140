import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus, CountryCode } from '../../../../../src/domain/corpus/corpus-schema.ts';
import { buildColumnarIndex, engineEventOf, engineStatementOf } from '../../../../../src/domain/engine/columnar/columnar-index.ts';
import { ColumnarIndexBuilder } from '../../../../../src/domain/engine/columnar/columnar-index-builder.ts';
import { createColumnarEngine, createColumnarEngineFromIndex, createReferenceEngine } from '../../../../../src/domain/engine/linked-views-engine.ts';
import type { LinkedViewsEngine } from '../../../../../src/domain/engine/contract.ts';
import { createQueryCache, queryLinkedViews } from '../../../../../src/domain/engine/columnar/query-linked-views.ts';
import { orderByValue } from '../../../../../src/domain/engine/columnar/order-by-value.ts';
import { TextIndexBuilder } from '../../../../../src/domain/engine/text/text-index-builder.ts';
import { EMPTY_FILTERS, type Filters, type SortOrder } from '../../../../../src/domain/view-state/filters.ts';
import { tokenizeWords } from '../../../../../src/domain/view-state/search.ts';
import { generateSyntheticChunks, generateSyntheticCorpus } from '../../../../../src/domain/synthetic/generate-corpus.ts';

const corpus = generateSyntheticCorpus({ statements: 2500, seed: 11 });
const reference = createReferenceEngine(corpus);
const columnar = createColumnarEngine(corpus);

const codes = (...values: string[]) => values as CountryCode[];
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

/** Data-driven picks, so the table keeps meaning if the generator changes. */
const multiDayEvent = corpus.events.find((event) => event.endDate && event.endDate.value !== event.startDate.value)!;
const accentedSpeaker = corpus.statements.find((s) => s.speaker?.name && /[^\x00-\x7f]/.test(s.speaker.name))!.speaker!;
const accentedSurname = accentedSpeaker.name!.split(' ').at(-1)!;
const someSpeakers = [...new Set(corpus.statements.map((s) => s.speaker?.id).filter(Boolean))].slice(0, 3) as string[];
const firstDate = corpus.events.map((e) => e.startDate.value).sort()[0]!;
const lastDate = corpus.events.map((e) => e.endDate?.value ?? e.startDate.value).sort().at(-1)!;

const QUERIES: Array<[string, Filters]> = [
  ['nothing set', EMPTY_FILTERS],
  ['one country', filters({ countries: codes('CHN') })],
  ['two countries', filters({ countries: codes('RUS', 'IND') })],
  ['countries with mentions', filters({ countries: codes('AFG', 'KAZ'), includeMentions: true })],
  ['mentions flag without countries', filters({ includeMentions: true })],
  ['unknown country', filters({ countries: codes('XXX') })],
  ['one theme', filters({ themes: ['drug-trafficking'] })],
  ['two themes', filters({ themes: ['pandemic-health', 'law-enforcement'] })],
  ['unknown theme', filters({ themes: ['no-such-theme'] })],
  ['speakers', filters({ speakers: someSpeakers })],
  ['events', filters({ events: [corpus.events[3]!.id, corpus.events[40]!.id, 'no-such-event'] })],
  ['from only', filters({ from: '2015-06-01' })],
  ['to only', filters({ to: '2009-12-31' })],
  ['both bounds', filters({ from: '2012-01-01', to: '2013-12-31' })],
  ['a multi-day event, from its last day', filters({ from: multiDayEvent.endDate!.value, to: multiDayEvent.endDate!.value })],
  ['a multi-day event, to its first day', filters({ to: multiDayEvent.startDate.value })],
  ['range before the corpus', filters({ to: '1999-01-01' })],
  ['range after the corpus', filters({ from: '2099-01-01' })],
  ['bounds at the corpus edges', filters({ from: firstDate, to: lastDate })],
  ['inverted range', filters({ from: '2018-01-01', to: '2010-01-01' })],
  ['bounds between dates', filters({ from: '2016-02-30', to: '2016-03' })],
  ['search one prefix', filters({ search: 'terror' })],
  ['search two words', filters({ search: 'border cooperation' })],
  ['search one letter', filters({ search: 'c' })],
  ['search with diacritics', filters({ search: accentedSurname })],
  ['search folded', filters({ search: accentedSurname.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase() })],
  ['search decomposed', filters({ search: accentedSurname.normalize('NFD') })],
  ['search speaker first name', filters({ search: accentedSpeaker.name!.split(' ')[0]! })],
  ['search punctuation only', filters({ search: ' -- ' })],
  ['search without match', filters({ search: 'zzqxv' })],
  ['search a role', filters({ search: 'Secretary-General' })],
  ['search an organisation word', filters({ search: 'bureau' })],
  ['search a plural of a word in the text', filters({ search: 'threat' })],
  ['search a singular of a plural in the text', filters({ search: 'drugs' })],
  ['search -ist for -ism', filters({ search: 'terrorist' })],
  ['search a country by name', filters({ search: 'Kazakhstan' })],
  ['search a country name and a stem', filters({ search: 'afghanistan challenges' })],
  ['everything combined', filters({ countries: codes('CHN'), themes: ['terrorism-extremism'], from: '2010-01-01', to: '2022-12-31', search: 'the' })],
  ['combined with mentions and speakers', filters({ countries: codes('RUS'), includeMentions: true, speakers: someSpeakers, search: 'st' })],
  ['empty result by combination', filters({ countries: codes('CHN'), events: [corpus.events.find((e) => !e.participatingCountries.some((c) => c.value === 'CHN'))!.id] })],
];

describe('columnar engine equals the reference engine', () => {
  it.each(QUERIES.flatMap(([name, f]) => (['date-asc', 'date-desc'] as const).map((sort) => [name, sort, f] as const)))(
    '%s (%s)',
    (_name, sort, f) => {
      expect(columnar.query({ filters: f, sort })).toEqual(reference.query({ filters: f, sort }));
    },
  );

  it('exercises what the table names: accents fold, edges and empty results hold', () => {
    const total = (name: string) => columnar.query({ filters: QUERIES.find(([n]) => n === name)![1], sort: 'date-asc' }).totals.statements;
    expect(total('search with diacritics')).toBeGreaterThan(0);
    expect(total('search folded')).toBe(total('search with diacritics'));
    expect(total('search decomposed')).toBe(total('search with diacritics'));
    expect(total('a multi-day event, from its last day')).toBeGreaterThan(0);
    expect(total('bounds at the corpus edges')).toBe(corpus.statements.length);
    for (const empty of ['unknown country', 'unknown theme', 'range after the corpus', 'inverted range', 'search without match', 'empty result by combination']) {
      expect(total(empty)).toBe(0);
    }
  });

  it('stays equal through a sequence of single changes on one engine (cached masks)', () => {
    const engine = createColumnarEngine(corpus);
    const steps: Filters[] = [
      filters({ countries: codes('CHN') }),
      filters({ countries: codes('CHN'), themes: ['drug-trafficking'] }),
      filters({ countries: codes('CHN'), themes: ['drug-trafficking'], from: '2012-01-01', to: '2020-12-31' }),
      filters({ countries: codes('CHN'), themes: ['drug-trafficking'], from: '2012-01-01', to: '2020-12-31', search: 'coop' }),
      filters({ countries: codes('CHN'), includeMentions: true, themes: ['drug-trafficking'], search: 'coop' }),
      EMPTY_FILTERS,
      filters({ countries: codes('CHN') }),
    ];
    steps.forEach((step, i) => {
      const sort: SortOrder = i % 2 === 0 ? 'date-desc' : 'date-asc';
      expect(engine.query({ filters: step, sort })).toEqual(reference.query({ filters: step, sort }));
    });
  });

  it('gives the same answer with and without a cache', () => {
    const index = buildColumnarIndex(corpus);
    const query = { filters: filters({ countries: codes('IND'), search: 'se' }), sort: 'date-asc' as const };
    expect(queryLinkedViews(index, query)).toEqual(createColumnarEngineFromIndex(index).query(query));
  });

  it('does not carry a cache over to another index', () => {
    const cache = createQueryCache();
    const other = generateSyntheticCorpus({ statements: 300, seed: 77 });
    const query = { filters: EMPTY_FILTERS, sort: 'date-asc' as const };
    queryLinkedViews(buildColumnarIndex(corpus), query, cache);
    expect(queryLinkedViews(buildColumnarIndex(other), query, cache)).toEqual(createReferenceEngine(other).query(query));
  });
});

describe('columnar index built record by record', () => {
  it('equals the index of the whole corpus', () => {
    const builder = new ColumnarIndexBuilder();
    for (const chunk of generateSyntheticChunks({ statements: 2500, seed: 11 })) {
      chunk.events.forEach((event) => builder.addEvent(engineEventOf(event)));
      chunk.statements.forEach((statement) => builder.addStatement(engineStatementOf(statement)));
    }
    const streamed = createColumnarEngineFromIndex(builder.finish());
    for (const [, f] of QUERIES.slice(0, 12)) {
      expect(streamed.query({ filters: f, sort: 'date-asc' })).toEqual(columnar.query({ filters: f, sort: 'date-asc' }));
    }
  });

  it('gives the same answers with the search index deferred', () => {
    const builder = new ColumnarIndexBuilder(0, { text: 'deferred' });
    corpus.events.forEach((event) => builder.addEvent(engineEventOf(event)));
    corpus.statements.forEach((statement) => builder.addStatement(engineStatementOf(statement)));
    const index = builder.finish();
    expect(index.text).toBeNull();
    const deferred = createColumnarEngineFromIndex(index);
    for (const [, f] of QUERIES) {
      expect(deferred.query({ filters: f, sort: 'date-desc' })).toEqual(columnar.query({ filters: f, sort: 'date-desc' }));
    }
    expect(index.text).not.toBeNull();
  });

  it('rejects an event id given twice', () => {
    const builder = new ColumnarIndexBuilder();
    const event = { id: 'e1', start: '2020-01-01', end: '2020-01-01', participants: [], themes: [] };
    builder.addEvent(event);
    expect(() => builder.addEvent(event)).toThrow(/duplicate event id e1/);
  });

  it('rejects a statement whose event is unknown', () => {
    const builder = new ColumnarIndexBuilder();
    expect(() =>
      builder.addStatement({ eventId: 'nope', speakerId: null, speakerText: null, text: 'x', themes: [], mentions: [] }),
    ).toThrow(/unknown event nope/);
  });
});

/** The corpus with its statements (and events) in a scrambled order, so list order is not event order. */
function scrambled(source: Corpus, seed: number): Corpus {
  const order = source.statements.map((_, i) => i);
  let state = seed;
  for (let i = order.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return { ...source, events: [...source.events].reverse(), statements: order.map((i) => source.statements[i]!) };
}

describe('corpora whose order differs from event order', () => {
  const shuffled = scrambled(generateSyntheticCorpus({ statements: 800, seed: 5 }), 99);
  const shuffledReference = createReferenceEngine(shuffled);
  const shuffledColumnar = createColumnarEngine(shuffled);

  it.each(QUERIES.slice(0, 24))('%s', (_name, f) => {
    for (const sort of ['date-asc', 'date-desc'] as const) {
      expect(shuffledColumnar.query({ filters: f, sort })).toEqual(shuffledReference.query({ filters: f, sort }));
    }
  });

  it('handles events without statements and statements without themes or speaker', () => {
    const base = generateSyntheticCorpus({ statements: 300, seed: 3 });
    const edited: Corpus = {
      ...base,
      events: [...base.events, { ...base.events[0]!, id: 'lonely-event', themes: [] }],
      statements: base.statements.map((s, i) => (i % 7 === 0 ? { ...s, themes: [], speaker: null } : s)),
    };
    const a = createReferenceEngine(edited);
    const b = createColumnarEngine(edited);
    for (const f of [
      EMPTY_FILTERS,
      filters({ themes: ['dialogue-x', 'multilateral-dialogue'] }),
      filters({ search: 'the' }),
      filters({ countries: codes('CHN', 'RUS') }),
      filters({ events: ['lonely-event', edited.events[2]!.id] }),
    ]) {
      expect(b.query({ filters: f, sort: 'date-desc' })).toEqual(a.query({ filters: f, sort: 'date-desc' }));
    }
  });
});

describe('random filter combinations (property)', () => {
  const small = generateSyntheticCorpus({ statements: 600, seed: 21 });
  const engines: [LinkedViewsEngine, LinkedViewsEngine] = [createReferenceEngine(small), createColumnarEngine(small)];
  const countryCodes = [...new Set(small.events.flatMap((e) => e.participatingCountries.map((c) => c.value)))].slice(0, 12);
  const themeIds = small.taxonomy.map((t) => t.id);
  const speakerIds = [...new Set(small.statements.flatMap((s) => (s.speaker ? [s.speaker.id] : [])))].slice(0, 10);
  const eventIds = small.events.slice(0, 15).map((e) => e.id);
  const dates = [null, ...small.events.slice(0, 20).map((e) => e.startDate.value), '2004-12-31', '2030-01-01'];
  const words = ['', 'the', 'terror', 'co', 'border', 'mr', 'ä', 'zz', 'st se'];

  const arbitraryFilters = fc.record({
    countries: fc.subarray(countryCodes, { maxLength: 3 }),
    includeMentions: fc.boolean(),
    themes: fc.subarray(themeIds, { maxLength: 3 }),
    speakers: fc.subarray(speakerIds, { maxLength: 3 }),
    events: fc.subarray(eventIds, { maxLength: 4 }),
    from: fc.constantFrom(...dates),
    to: fc.constantFrom(...dates),
    search: fc.constantFrom(...words),
  });

  it('columnar equals reference for random filters and sort orders', () => {
    fc.assert(
      fc.property(arbitraryFilters, fc.constantFrom<SortOrder>('date-asc', 'date-desc'), (f, sort) => {
        expect(engines[1].query({ filters: f, sort })).toEqual(engines[0].query({ filters: f, sort }));
      }),
      { numRuns: 150, seed: 4242 },
    );
  });
});

describe('index tokenizer', () => {
  it('finds exactly the words of tokenizeWords in generated statements', () => {
    const builder = new TextIndexBuilder();
    for (const statement of corpus.statements.slice(0, 400)) {
      const text = `${statement.text} ${statement.speaker?.name ?? ''}`;
      expect(builder.wordsOf(text)).toEqual([...new Set(tokenizeWords(text).map((token) => token.folded))]);
    }
  });

  it('finds exactly the words of tokenizeWords', () => {
    const pieces = ['a', 'Z', '9', ' ', '-', 'é', 'e\u0301', '\u0301', 'ß', 'İ', 'Ω', 'ж', '中', 'हि', '्', '𝐀', '\ud800', '’', '_', 'ǅ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = [...new Set(tokenizeWords(text).map((token) => token.folded))];
        expect([...new Set(new TextIndexBuilder().wordsOf(text))]).toEqual(expected);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});

describe('orderByValue', () => {
  it('orders indices as a code-unit comparison would, equal values by index', () => {
    const alphabet = ['a', 'b', 'Z', '0', '9', '-', 'é', 'e\u0301', '中', '𝐀', 'syn-event-', ''];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...alphabet), { maxLength: 4 }).map((parts) => parts.join('')), { maxLength: 120 }), (values) => {
        const expected = Array.from(values.keys()).sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : a - b));
        expect(Array.from(orderByValue(values))).toEqual(expected);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
