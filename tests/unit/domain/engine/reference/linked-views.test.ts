import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../../../src/domain/engine/reference/corpus-index.ts';
import { UNTHEMED } from '../../../../../src/domain/engine/contract.ts';
import { CorpusSchema, type CountryCode } from '../../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../../src/domain/view-state/filters.ts';
import { computeLinkedViews } from '../../../../../src/domain/engine/reference/linked-views.ts';
import { smallTestCorpus } from '../../../../fixtures/test-corpus.ts';

const corpus = smallTestCorpus();
const index = indexCorpus(corpus);
const c = (value: string) => value as CountryCode;

function run(filters: Partial<Filters>, sort: 'date-asc' | 'date-desc' = 'date-asc') {
  return computeLinkedViews(index, { filters: { ...EMPTY_FILTERS, ...filters }, sort });
}
function texts(filters: Partial<Filters>, sort: 'date-asc' | 'date-desc' = 'date-asc') {
  return Array.from(run(filters, sort).matchingStatements, (i) => corpus.statements[i]!.text);
}

describe('the test corpus', () => {
  it('is schema-valid and its spans slice their text', () => {
    expect(CorpusSchema.safeParse(corpus).success).toBe(true);
    for (const s of corpus.statements) {
      const doc = corpus.documents.find((d) => d.id === s.documentId)!;
      expect(doc.text.slice(...s.span)).toBe(s.text);
    }
  });
});

describe('computeLinkedViews: which statements match', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filters: everything in date order', {}, [
      'terrorism and drug crime threaten everyone', 'dialogue with Afghan partners matters', 'cyber threats grow',
      'drug routes through Japan must close', 'nothing was settled',
    ]],
    ['a participating country', { countries: [c('RUS')] }, ['drug routes through Japan must close']],
    ['countries combine with OR', { countries: [c('RUS'), c('IND')] }, ['drug routes through Japan must close', 'nothing was settled']],
    ['a mentioned-only country matches nothing without the switch', { countries: [c('AFG')] }, []],
    ['with "include mentions" it matches the mentioning statement', { countries: [c('AFG')], includeMentions: true }, ['dialogue with Afghan partners matters']],
    ['multi-valued themes: either theme matches', { themes: ['drug-trafficking'] }, ['terrorism and drug crime threaten everyone', 'drug routes through Japan must close']],
    ['facets combine with AND', { countries: [c('JPN')], themes: ['drug-trafficking'], speakers: ['bo-lind'] }, ['drug routes through Japan must close']],
    ['an empty result', { countries: [c('IND')], themes: ['drug-trafficking'] }, []],
    ['a range touching only the second day of a two-day event', { from: '2020-09-04', to: '2020-09-04' }, ['drug routes through Japan must close']],
    ['a range ending the day before an event', { to: '2020-02-29' }, []],
    ['a range starting on an event day is inclusive', { from: '2021-01-09' }, ['nothing was settled']],
    ['search by word prefix, any case', { search: 'TERROR' }, ['terrorism and drug crime threaten everyone']],
    ['search needs every word', { search: 'drug japan' }, ['drug routes through Japan must close']],
    ['search matches the speaker name', { search: 'ruiz' }, ['terrorism and drug crime threaten everyone', 'dialogue with Afghan partners matters']],
    ['search does not match inside words', { search: 'rug' }, []],
  ])('%s', (_name, filters, expected) => {
    expect(texts(filters)).toEqual(expected);
  });

  it('sorts newest first, keeping corpus order within a day', () => {
    expect(texts({}, 'date-desc')).toEqual([
      'nothing was settled', 'drug routes through Japan must close',
      'terrorism and drug crime threaten everyone', 'dialogue with Afghan partners matters', 'cyber threats grow',
    ]);
  });
});

describe('computeLinkedViews: each view ignores its own filter', () => {
  it('keeps every country on the map while Japan is selected', () => {
    const views = run({ countries: [c('JPN')] });
    expect(views.countries.map((t) => t.code).sort()).toEqual(['AFG', 'CHN', 'IND', 'JPN', 'RUS']);
    expect(views.totals.statements).toBe(4);
  });

  it('narrows the map by the other filters', () => {
    const views = run({ countries: [c('JPN')], themes: ['multilateral-dialogue'] });
    expect(views.countries).toEqual([
      { code: 'CHN', events: 1, statements: 1, mentions: 0 },
      { code: 'JPN', events: 1, statements: 1, mentions: 0 },
      { code: 'AFG', events: 0, statements: 0, mentions: 1 },
    ]);
  });

  it('counts events a country took part in, and mentions separately', () => {
    const japan = run({}).countries.find((t) => t.code === 'JPN');
    expect(japan).toEqual({ code: 'JPN', events: 2, statements: 4, mentions: 1 });
  });

  it('keeps all themes and dates in the timeline while one theme and a range are selected', () => {
    const views = run({ themes: ['cyber-information-security'], from: '2021-01-01' });
    expect(views.timeline.dates).toEqual(['2020-03-01', '2020-09-03', '2021-01-09']);
    expect(views.timeline.statements['drug-trafficking']).toEqual([1, 1, 0]);
    expect(views.timeline.statements[UNTHEMED]).toEqual([0, 0, 1]);
    expect(views.timeline.events['terrorism-extremism']).toEqual([1, 0, 1]);
    expect(views.totals.statements).toBe(0);
  });

  it('counts each statement and event once per day in the timeline totals, whatever its themes', () => {
    // The first forum's first statement has two themes: the series add up to 4 that day, the statements are 3.
    const views = run({ themes: ['drug-trafficking'] });
    const themed = Object.values(views.timeline.statements).reduce((sum, counts) => sum + counts[0]!, 0);
    expect(themed).toBe(4);
    expect(views.timeline.totals).toEqual({ statements: [3, 1, 1], events: [1, 1, 1] });
    expect(run({ countries: ['IND' as CountryCode] }).timeline.totals).toEqual({ statements: [1], events: [1] });
  });

  it('counts facets without their own selection, but with the others', () => {
    const views = run({ themes: ['drug-trafficking'], speakers: ['ana-ruiz'] });
    expect(views.facets.themes).toEqual([
      { value: 'drug-trafficking', count: 1 },
      { value: 'multilateral-dialogue', count: 1 },
      { value: 'terrorism-extremism', count: 1 },
    ]);
    // A tie in count falls back to the value's order.
    expect(views.facets.speakers).toEqual([
      { value: 'ana-ruiz', count: 1 },
      { value: 'bo-lind', count: 1 },
    ]);
  });

  it('headline totals follow every filter', () => {
    expect(run({}).totals).toEqual({ statements: 5, events: 3, countries: 4, themes: 4 });
    expect(run({ countries: [c('JPN')] }).totals).toEqual({ statements: 4, events: 2, countries: 3, themes: 4 });
    expect(run({ search: 'zzz' }).totals).toEqual({ statements: 0, events: 0, countries: 0, themes: 0 });
  });

  it('does not mutate the corpus', () => {
    const before = JSON.stringify(corpus);
    run({ countries: [c('JPN')], themes: ['drug-trafficking'], search: 'drug' }, 'date-desc');
    expect(JSON.stringify(corpus)).toBe(before);
  });
});
