import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { createColumnarEngine, createReferenceEngine } from '../../../../src/domain/engine/linked-views-engine.ts';
import { CO_PARTICIPATION_MATRIX_SIZE, UNTHEMED, type LinkedViewsEngine } from '../../../../src/domain/engine/contract.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { generateSyntheticCorpus } from '../../../../src/domain/synthetic/generate-corpus.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const codes = (...values: string[]) => values as CountryCode[];
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

describe('co-participation and theme × country on the small test corpus', () => {
  const corpus = smallTestCorpus();
  const engines: Array<[string, LinkedViewsEngine]> = [
    ['reference', createReferenceEngine(corpus)],
    ['columnar', createColumnarEngine(corpus)],
  ];

  describe.each(engines)('%s engine', (_name, engine) => {
    it.each<[string, Partial<Filters>, { picked: unknown; pickedEvents: number; allPickedEvents: number; partners: unknown }]>([
      ['nothing picked', {}, { picked: [], pickedEvents: 0, allPickedEvents: 0, partners: [] }],
      [
        'one country: partners tied on one event each, by code',
        { countries: codes('JPN') },
        {
          picked: [{ code: 'JPN', events: 2 }],
          pickedEvents: 2,
          allPickedEvents: 2,
          partners: [
            { code: 'CHN', events: 1, byPicked: [1] },
            { code: 'RUS', events: 1, byPicked: [1] },
          ],
        },
      ],
      ['a country alone at its event', { countries: codes('IND') }, { picked: [{ code: 'IND', events: 1 }], pickedEvents: 1, allPickedEvents: 1, partners: [] }],
      ['an unknown code', { countries: codes('XXX') }, { picked: [], pickedEvents: 0, allPickedEvents: 0, partners: [] }],
      ['a country only mentioned is no participant', { countries: codes('AFG'), includeMentions: true }, { picked: [], pickedEvents: 0, allPickedEvents: 0, partners: [] }],
      [
        'two countries: each partner per picked country, and the events with both',
        { countries: codes('JPN', 'RUS', 'JPN') },
        {
          picked: [{ code: 'JPN', events: 2 }, { code: 'RUS', events: 1 }],
          pickedEvents: 2,
          allPickedEvents: 1,
          partners: [{ code: 'CHN', events: 1, byPicked: [1, 0] }],
        },
      ],
      [
        'other filters narrow the events (the country filter is the pick)',
        { countries: codes('JPN'), from: '2020-09-01' },
        { picked: [{ code: 'JPN', events: 1 }], pickedEvents: 1, allPickedEvents: 1, partners: [{ code: 'RUS', events: 1, byPicked: [1] }] },
      ],
      [
        'a filter leaving no event',
        { countries: codes('JPN'), to: '2019-01-01' },
        { picked: [{ code: 'JPN', events: 0 }], pickedEvents: 0, allPickedEvents: 0, partners: [] },
      ],
    ])('%s', (_case, partial, expected) => {
      const result = engine.coParticipation({ filters: filters(partial) });
      expect({ picked: result.picked, pickedEvents: result.pickedEvents, allPickedEvents: result.allPickedEvents, partners: result.partners }).toEqual(expected);
    });

    it('the matrix: countries by events then code, the diagonal their own events, symmetric', () => {
      const { matrix } = engine.coParticipation({ filters: EMPTY_FILTERS });
      expect(matrix.countries).toEqual(['JPN', 'CHN', 'IND', 'RUS']);
      // JPN CHN IND RUS
      expect(matrix.counts).toEqual([
        2, 1, 0, 1,
        1, 1, 0, 0,
        0, 0, 1, 0,
        1, 0, 0, 1,
      ]);
      expect(engine.coParticipation({ filters: filters({ to: '2000-01-01' }) }).matrix).toEqual({ countries: [], counts: [] });
    });

    it('theme × country: statements by participants, each theme of a statement counted', () => {
      expect(engine.themeCountries({ filters: EMPTY_FILTERS })).toEqual({
        themes: ['cyber-information-security', 'drug-trafficking', 'multilateral-dialogue', 'terrorism-extremism', UNTHEMED],
        countries: [
          { code: 'JPN', statements: 4 },
          { code: 'CHN', statements: 3 },
          { code: 'IND', statements: 1 },
          { code: 'RUS', statements: 1 },
        ],
        // JPN CHN IND RUS
        counts: [
          1, 1, 0, 0,
          2, 1, 0, 1,
          1, 1, 0, 0,
          1, 1, 0, 0,
          0, 0, 1, 0,
        ],
      });
    });

    it('theme × country with mentions: a mentioned country counts, a participant mentioned is counted once', () => {
      const result = engine.themeCountries({ filters: filters({ includeMentions: true }) });
      expect(result.countries).toEqual([
        { code: 'JPN', statements: 4 },
        { code: 'CHN', statements: 3 },
        { code: 'AFG', statements: 1 },
        { code: 'IND', statements: 1 },
        { code: 'RUS', statements: 1 },
      ]);
      const afg = result.countries.findIndex((c) => c.code === 'AFG');
      const dialogue = result.themes.indexOf('multilateral-dialogue');
      expect(result.counts[dialogue * result.countries.length + afg]).toBe(1);
    });

    it('theme × country ignores its own filters (country, theme) but follows the others', () => {
      const own = engine.themeCountries({ filters: filters({ countries: codes('IND'), themes: ['drug-trafficking'] }) });
      expect(own).toEqual(engine.themeCountries({ filters: EMPTY_FILTERS }));
      const bySpeaker = engine.themeCountries({ filters: filters({ speakers: ['bo-lind'] }) });
      expect(bySpeaker.countries).toEqual([
        { code: 'JPN', statements: 2 },
        { code: 'CHN', statements: 1 },
        { code: 'RUS', statements: 1 },
      ]);
      expect(bySpeaker.themes).toEqual(['cyber-information-security', 'drug-trafficking']);
      expect(engine.themeCountries({ filters: filters({ search: 'zzqx' }) })).toEqual({ themes: [], countries: [], counts: [] });
    });
  });
});

describe('columnar country views equal the reference on synthetic corpora', () => {
  describe.each([
    [2500, 11],
    [6000, 5],
  ])('%i statements, seed %i', (statements, seed) => {
    const corpus = generateSyntheticCorpus({ statements, seed });
    const reference = createReferenceEngine(corpus);
    const columnar = createColumnarEngine(corpus);
    const someSpeakers = [...new Set(corpus.statements.map((s) => s.speaker?.id).filter(Boolean))].slice(0, 4) as string[];
    const queries: Array<[string, Filters]> = [
      ['nothing set', EMPTY_FILTERS],
      ['one country', filters({ countries: codes('IND') })],
      ['three countries', filters({ countries: codes('CHN', 'RUS', 'KAZ') })],
      ['a rare country', filters({ countries: codes('SYR') })],
      ['mentions switch', filters({ countries: codes('AFG'), includeMentions: true })],
      ['a theme', filters({ countries: codes('IND'), themes: ['drug-trafficking'] })],
      ['dates', filters({ countries: codes('PAK'), from: '2012-01-01', to: '2016-06-30' })],
      ['events', filters({ events: corpus.events.slice(0, 40).map((e) => e.id) })],
      ['speakers', filters({ speakers: someSpeakers })],
      ['search', filters({ search: 'terror' })],
      ['search and mentions', filters({ search: 'border', includeMentions: true, countries: codes('CHN') })],
      ['everything', filters({ countries: codes('IND', 'CHN'), themes: ['terrorism-extremism'], from: '2010-01-01', to: '2020-12-31', search: 'the', includeMentions: true })],
      ['nothing matches', filters({ from: '2099-01-01' })],
    ];
    it.each(queries)('%s', (_name, f) => {
      const expected = reference.coParticipation({ filters: f });
      expect(columnar.coParticipation({ filters: f })).toEqual(expected);
      expect(columnar.themeCountries({ filters: f })).toEqual(reference.themeCountries({ filters: f }));
    });

    it('the matrix holds the top countries, picked ones always among them', () => {
      const { matrix } = columnar.coParticipation({ filters: EMPTY_FILTERS });
      expect(matrix.countries).toHaveLength(CO_PARTICIPATION_MATRIX_SIZE);
      const rare = columnar.query({ filters: EMPTY_FILTERS, sort: 'date-asc' }).countries.at(-1)!.code;
      const picked = columnar.coParticipation({ filters: filters({ countries: [rare] }) }).matrix.countries;
      expect(picked).toContain(rare);
      expect(picked).toHaveLength(CO_PARTICIPATION_MATRIX_SIZE);
    });

    it('a query between the views leaves the linked views unchanged', () => {
      const f = filters({ countries: codes('IND'), themes: ['drug-trafficking'], search: 'coop' });
      const before = columnar.query({ filters: f, sort: 'date-asc' });
      columnar.coParticipation({ filters: f });
      columnar.themeCountries({ filters: f });
      expect(columnar.query({ filters: f, sort: 'date-asc' })).toEqual(before);
      expect(columnar.query({ filters: EMPTY_FILTERS, sort: 'date-asc' })).toEqual(reference.query({ filters: EMPTY_FILTERS, sort: 'date-asc' }));
    });
  });
});
