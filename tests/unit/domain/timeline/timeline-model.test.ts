import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../../src/domain/engine/reference/corpus-index.ts';
import { UNTHEMED } from '../../../../src/domain/engine/contract.ts';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { computeLinkedViews } from '../../../../src/domain/engine/reference/linked-views.ts';
import {
  buildTimelineBars,
  buildTimelineModel,
  countAxisTicks,
  PALETTE_SIZE,
  rangeOfBars,
  styleSeries,
} from '../../../../src/domain/timeline/timeline-model.ts';
import { coveredPeriods, describeCoveredPeriods, eventStartExtent, isBucketCovered, mergePeriods } from '../../../../src/domain/timeline/timeline-coverage.ts';
import { summarizeTimeline } from '../../../../src/domain/timeline/timeline-summary.ts';
import { bucketOf, type TimeBucket, type TimelineMeasure } from '../../../../src/domain/timeline/time-buckets.ts';
import { buildTestCorpus, smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const corpus = smallTestCorpus();
const index = indexCorpus(corpus);
const labels = buildLabels(corpus);
const themeOrder = corpus.taxonomy.map((theme) => theme.id);

/** What the timeline panel gives the model for these filters. */
function modelInput(filters: Partial<Filters> = {}, bucket: TimeBucket = 'auto', measure: TimelineMeasure = 'statements') {
  const all = { ...EMPTY_FILTERS, ...filters };
  const views = computeLinkedViews(index, { filters: all, sort: 'date-asc' });
  return {
    timeline: views.timeline,
    measure,
    bucket,
    filters: all,
    themeOrder,
    themeLabel: labels.theme,
    matchCount: views.totals[measure],
    extent: eventStartExtent(corpus),
    covered: coveredPeriods(corpus),
  };
}

function model(filters: Partial<Filters> = {}, bucket: TimeBucket = 'auto', measure: TimelineMeasure = 'statements') {
  return buildTimelineModel(modelInput(filters, bucket, measure));
}

/** One fictional document reporting one event on one day, like the seed corpus. */
function singleEventCorpus() {
  return buildTestCorpus([
    {
      id: 'doc-one',
      publisher: 'Test Secretariat',
      publishedOn: '2020-08-18',
      text: 'The Delta Forum met on 17 August. Ms Ruiz said that terrorism and drug crime threaten everyone. She noted that cyber threats grow.',
      events: [
        {
          id: 'delta',
          title: 'Delta Forum',
          start: '2020-08-17',
          participants: ['CHN'],
          statements: [
            { text: 'terrorism and drug crime threaten everyone', verb: 'said', lemma: 'say', speaker: { id: 'ana', name: 'Ana Ruiz', role: null }, themes: ['terrorism-extremism', 'drug-trafficking'] },
            { text: 'cyber threats grow', verb: 'noted', lemma: 'note', speaker: { id: 'ana', name: 'Ana Ruiz', role: null }, themes: ['terrorism-extremism'] },
          ],
        },
      ],
    },
  ]);
}

describe('coverage: which periods the sources speak about', () => {
  it('spans each document from its earliest event to its publication, merged', () => {
    expect(coveredPeriods(corpus)).toEqual([
      { first: '2020-03-01', last: '2020-03-02' },
      { first: '2020-09-03', last: '2020-09-05' },
      { first: '2021-01-09', last: '2021-01-10' },
    ]);
  });

  it('joins overlapping and touching periods, in date order', () => {
    expect(
      mergePeriods([
        { first: '2020-05-01', last: '2020-05-03' },
        { first: '2020-01-01', last: '2020-01-31' },
        { first: '2020-02-01', last: '2020-02-02' },
        { first: '2020-05-02', last: '2020-05-10' },
      ]),
    ).toEqual([
      { first: '2020-01-01', last: '2020-02-02' },
      { first: '2020-05-01', last: '2020-05-10' },
    ]);
  });

  it.each([
    ['2020-03-01', 'day', true],
    ['2020-03-03', 'day', false],
    ['2020-04-15', 'month', false],
    ['2020-03-20', 'month', true],
    ['2020-12-30', 'week', false],
    ['2021-01-05', 'week', true],
  ] as const)('a %s %s bucket covered: %s', (date, unit, covered) => {
    expect(isBucketCovered(bucketOf(date, unit), coveredPeriods(corpus))).toBe(covered);
  });

  it.each([
    [[], 'No source covers any date.'],
    [[{ first: '2020-08-17', last: '2020-08-18' }], 'The sources cover 17–18 August 2020.'],
    [
      [{ first: '2020-03-01', last: '2020-03-02' }, { first: '2020-09-03', last: '2020-09-05' }, { first: '2021-01-09', last: '2021-01-10' }],
      'The sources cover 1–2 March 2020, 3–5 September 2020 and 9–10 January 2021.',
    ],
    [
      [{ first: '2019-01-01', last: '2019-01-01' }, { first: '2019-02-01', last: '2019-02-01' }, { first: '2019-03-01', last: '2019-03-01' }, { first: '2019-04-01', last: '2019-04-02' }],
      'The sources cover 4 separate periods between 1 January 2019 and 2 April 2019.',
    ],
  ])('describes %j', (periods, text) => {
    expect(describeCoveredPeriods(periods)).toBe(text);
  });

  it('draws the axis over event start dates only', () => {
    expect(eventStartExtent(corpus)).toEqual({ first: '2020-03-01', last: '2021-01-09' });
    expect(eventStartExtent({ ...corpus, events: [] })).toBeNull();
  });
});

describe('buildTimelineModel', () => {
  it('picks months for a ten-month corpus and fills the gaps', () => {
    const m = model();
    expect(m.unit).toBe('month');
    expect(m.autoUnit).toBe('month');
    expect(m.bars.map((bar) => bar.shortLabel)).toEqual([
      'Mar 2020', 'Apr 2020', 'May 2020', 'Jun 2020', 'Jul 2020', 'Aug 2020',
      'Sep 2020', 'Oct 2020', 'Nov 2020', 'Dec 2020', 'Jan 2021',
    ]);
    expect(m.bars.map((bar) => bar.total)).toEqual([4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('marks months no source speaks about as not covered, in runs', () => {
    const m = model();
    expect(m.bars.filter((bar) => !bar.covered).map((bar) => bar.shortLabel)).toEqual([
      'Apr 2020', 'May 2020', 'Jun 2020', 'Jul 2020', 'Aug 2020', 'Oct 2020', 'Nov 2020', 'Dec 2020',
    ]);
    expect(m.notCovered).toEqual([
      { startIndex: 1, endIndex: 5 },
      { startIndex: 7, endIndex: 9 },
    ]);
  });

  it('orders the legend as the taxonomy, "No theme assigned" last, with counts per theme', () => {
    const m = model();
    expect(m.series.map((s) => [s.label, s.count])).toEqual([
      ['Terrorism and extremism', 1],
      ['Drug trafficking', 2],
      ['Cybercrime and information security', 1],
      ['Multilateral dialogue', 1],
      ['No theme assigned', 1],
    ]);
  });

  it('keeps every theme drawn while one is selected, muting the others', () => {
    const m = model({ themes: ['drug-trafficking'] });
    expect(m.series).toHaveLength(5);
    expect(m.series.filter((s) => s.selected).map((s) => s.id)).toEqual(['drug-trafficking']);
    expect(m.series.filter((s) => s.muted)).toHaveLength(4);
    // The chosen theme is what is counted, not a finding: no "most often: Drug trafficking".
    expect(m.summary).toBe('2 statements about Drug trafficking between 1 March 2020 and 3 September 2020.');
  });

  it('keeps a selected theme with no statements in the legend, so it can be cleared', () => {
    const m = model({ themes: ['multilateral-dialogue'], countries: ['RUS' as CountryCode] });
    const dialogue = m.series.find((s) => s.id === 'multilateral-dialogue');
    expect(dialogue).toMatchObject({ count: 0, selected: true, muted: false });
  });

  it('applies every other filter', () => {
    const m = model({ countries: ['RUS' as CountryCode] });
    expect(m.series.map((s) => s.id)).toEqual(['drug-trafficking']);
    expect(m.bars).toHaveLength(11); // the axis stays the corpus's
    expect(m.summary).toBe('1 statement on 3 September 2020; most often: Drug trafficking (1).');
  });

  it('counts events per theme when the measure is events', () => {
    const m = model({}, 'auto', 'events');
    expect(m.series.map((s) => [s.id, s.count])).toEqual([
      ['terrorism-extremism', 2],
      ['drug-trafficking', 2],
      ['cyber-information-security', 1],
      ['multilateral-dialogue', 1],
    ]);
    expect(m.bars.map((bar) => bar.total)).toEqual([4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(m.summary).toBe(
      '3 events between 1 March 2020 and 9 January 2021; most often: Drug trafficking and Terrorism and extremism (2 each).',
    );
  });

  it('marks the bars of the selected dates, and counts the legend within them', () => {
    const m = model({ from: '2020-09-01', to: '2021-12-31' });
    expect(m.selection).toEqual({ startIndex: 6, endIndex: 10 });
    expect(m.bars.filter((bar) => bar.selected).map((bar) => bar.shortLabel)).toEqual([
      'Sep 2020', 'Oct 2020', 'Nov 2020', 'Dec 2020', 'Jan 2021',
    ]);
    expect(m.series.map((s) => [s.id, s.count])).toEqual([
      ['terrorism-extremism', 0],
      ['drug-trafficking', 1],
      ['cyber-information-security', 0],
      ['multilateral-dialogue', 0],
      [UNTHEMED, 1],
    ]);
    expect(m.summary).toBe('2 statements between 3 September 2020 and 9 January 2021; most often: Drug trafficking (1).');
  });

  it('selects from an open-ended range', () => {
    expect(model({ to: '2020-03-31' }).selection).toEqual({ startIndex: 0, endIndex: 0 });
    expect(model({ from: '2021-01-01' }).selection).toEqual({ startIndex: 10, endIndex: 10 });
    expect(model({ from: '2030-01-01' }).selection).toBeNull();
    expect(model().selection).toBeNull();
  });

  it('honours an explicit bucket and coarsens none that fit', () => {
    const weeks = model({}, 'week');
    expect(weeks.unit).toBe('week');
    expect(weeks.coarsenedFrom).toBeNull();
    expect(weeks.bars[0]!.label).toBe('Week 9 of 2020 (24 February – 1 March 2020)');
    const years = model({}, 'year');
    expect(years.bars.map((bar) => [bar.label, bar.total])).toEqual([
      ['2020', 5],
      ['2021', 1],
    ]);
  });

  it('draws a single-event corpus as one day bucket', () => {
    const single = smallSingle();
    expect(single.unit).toBe('day');
    expect(single.bars).toHaveLength(1);
    expect(single.bars[0]).toMatchObject({ label: '17 August 2020', total: 3, covered: true });
    expect(single.maxTotal).toBe(3);
    expect(single.summary).toBe('2 statements on 17 August 2020; most often: Terrorism and extremism (2).');
  });

  it('gives no bars for a corpus without events', () => {
    const empty = { ...corpus, documents: [], events: [], statements: [] };
    const emptyIndex = indexCorpus(empty);
    const views = computeLinkedViews(emptyIndex, { filters: EMPTY_FILTERS, sort: 'date-asc' });
    const m = buildTimelineModel({
      timeline: views.timeline,
      measure: 'statements',
      bucket: 'auto',
      filters: EMPTY_FILTERS,
      themeOrder,
      themeLabel: labels.theme,
      matchCount: 0,
      extent: eventStartExtent(empty),
      covered: coveredPeriods(empty),
    });
    expect(m.bars).toEqual([]);
    expect(m.series).toEqual([]);
    expect(m.maxTotal).toBe(0);
    expect(m.summary).toBe('No statements match the current filters.');
  });

  it('turns a drag across bars into calendar dates, either direction', () => {
    const m = model({}, 'month');
    expect(rangeOfBars(m.bars, 6, 0)).toEqual({ from: '2020-03-01', to: '2020-09-30' });
    expect(rangeOfBars(m.bars, 10, 10)).toEqual({ from: '2021-01-01', to: '2021-01-31' });
    expect(rangeOfBars(m.bars, 0, 99)).toBeNull();
  });
});

describe('buildTimelineBars: the part of the model a theme click leaves alone', () => {
  const input = modelInput;
  const barsOf = (i: ReturnType<typeof input>) => buildTimelineBars({ ...i, from: i.filters.from, to: i.filters.to });

  it.each<[string, Partial<Filters>, TimeBucket, TimelineMeasure]>([
    ['no filter', {}, 'auto', 'statements'],
    ['a date range', { from: '2020-09-01', to: '2021-12-31' }, 'auto', 'statements'],
    ['a theme and a country', { themes: ['drug-trafficking'], countries: ['RUS' as CountryCode] }, 'week', 'statements'],
    ['events by year', { from: '2020-03-02' }, 'year', 'events'],
  ])('are the model\'s own bars and what is read off them (%s)', (_name, filters, bucket, measure) => {
    const i = input(filters, bucket, measure);
    const bars = barsOf(i);
    const whole = buildTimelineModel(i);
    expect(bars).toEqual({
      scale: whole.scale,
      unit: whole.unit,
      autoUnit: whole.autoUnit,
      coarsenedFrom: whole.coarsenedFrom,
      bars: whole.bars,
      selection: whole.selection,
      notCovered: whole.notCovered,
      maxTotal: whole.maxTotal,
    });
    expect(buildTimelineModel(i, bars)).toEqual(whole);
  });

  it('a model built on kept bars shares them, and only the series and summary follow the theme filter', () => {
    const before = input();
    const after = input({ themes: ['drug-trafficking'] });
    // The timeline ignores the theme filter: same series per day either way.
    expect(after.timeline).toEqual(before.timeline);
    const bars = barsOf(before);
    const m = buildTimelineModel(after, bars);
    expect(m.bars).toBe(bars.bars);
    expect(m).toEqual(buildTimelineModel(after));
    expect(m.series.filter((s) => s.muted)).toHaveLength(4);
  });
});

function smallSingle() {
  const single = singleEventCorpus();
  const singleIndex = indexCorpus(single);
  const views = computeLinkedViews(singleIndex, { filters: EMPTY_FILTERS, sort: 'date-asc' });
  return buildTimelineModel({
    timeline: views.timeline,
    measure: 'statements',
    bucket: 'auto',
    filters: EMPTY_FILTERS,
    themeOrder,
    themeLabel: buildLabels(single).theme,
    matchCount: views.totals.statements,
    extent: eventStartExtent(single),
    covered: coveredPeriods(single),
  });
}

describe('styleSeries: colour plus pattern, stable per theme', () => {
  it('gives eleven series eleven distinct colour-and-pattern pairs', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `theme-${i}`);
    const styled = styleSeries([UNTHEMED, ...ids], ids);
    expect(styled.map((s) => s.id)).toEqual([...ids, UNTHEMED]);
    const pairs = new Set(styled.map((s) => `${s.style.colour}/${s.style.pattern}`));
    expect(pairs.size).toBe(11);
    expect(styled[10]!.style).toEqual({ colour: 'neutral', pattern: 'cross' });
  });

  it('neighbours in the stack differ in colour and in pattern', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `theme-${i}`);
    const styled = styleSeries(ids, ids);
    for (let i = 1; i < styled.length; i++) {
      expect(styled[i]!.style.colour).not.toBe(styled[i - 1]!.style.colour);
      expect(styled[i]!.style.pattern).not.toBe(styled[i - 1]!.style.pattern);
    }
    expect(new Set(styled.map((s) => `${s.style.colour}/${s.style.pattern}`)).size).toBe(40);
    expect(Math.max(...styled.map((s) => s.style.colour as number))).toBe(PALETTE_SIZE - 1);
  });

  it('gives colours alike in hue different patterns (pink 3 and wine 8; yellow 6 and olive 9)', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `theme-${i}`);
    const styled = styleSeries(ids, ids);
    expect(styled[3]!.style.pattern).not.toBe(styled[8]!.style.pattern);
    expect(styled[6]!.style.pattern).not.toBe(styled[9]!.style.pattern);
  });

  it('keeps a theme\'s style when other themes drop out of the filtered data', () => {
    const all = styleSeries(themeOrder, themeOrder);
    const some = styleSeries(['multilateral-dialogue'], themeOrder);
    expect(some[0]!.style).toEqual(all.find((s) => s.id === 'multilateral-dialogue')!.style);
  });

  it('puts themes missing from the taxonomy after it, in id order', () => {
    expect(styleSeries(['zeta', 'drug-trafficking', 'alpha'], themeOrder).map((s) => s.id)).toEqual([
      'drug-trafficking', 'alpha', 'zeta',
    ]);
  });
});

describe('summarizeTimeline', () => {
  const timeline = {
    dates: ['2020-08-17', '2020-08-18'],
    statements: { a: [4, 0], b: [4, 1], c: [1, 0], [UNTHEMED]: [6, 0] },
    events: { a: [1, 0], b: [1, 1] },
    totals: { statements: [11, 1], events: [1, 1] },
  };
  const label = (id: string) => ({ a: 'Alpha', b: 'Beta', c: 'Gamma' })[id] ?? 'No theme assigned';
  const covered = [{ first: '2020-08-17', last: '2020-08-18' }];
  const summary = (filters: Partial<Filters>, matchCount: number, measure: TimelineMeasure = 'statements') =>
    summarizeTimeline({ measure, matchCount, filters: { ...EMPTY_FILTERS, ...filters }, timeline, themeLabel: label, covered });

  it.each<[string, Partial<Filters>, number, TimelineMeasure, string]>([
    ['the leader over the whole span', {}, 12, 'statements', '12 statements between 17 August 2020 and 18 August 2020; most often: Beta (5).'],
    ['ties name every leader, alphabetically; "No theme assigned" is never "most often"', { to: '2020-08-17' }, 10, 'statements', '10 statements on 17 August 2020; most often: Alpha and Beta (4 each).'],
    ['one selected theme is what is counted', { themes: ['c'] }, 1, 'statements', '1 statement about Gamma on 17 August 2020.'],
    ['among several selected themes, the most frequent', { themes: ['a', 'c'] }, 5, 'statements', '5 statements on 17 August 2020; most often: Alpha (4).'],
    ['a date range narrows the counts', { from: '2020-08-18' }, 1, 'statements', '1 statement on 18 August 2020; most often: Beta (1).'],
    ['events', {}, 2, 'events', '2 events between 17 August 2020 and 18 August 2020; most often: Beta (2).'],
    ['a single event', { to: '2020-08-17' }, 1, 'events', '1 event on 17 August 2020; most often: Alpha and Beta (1 each).'],
    ['nothing matches', { search: 'nothing' }, 0, 'statements', 'No statements match the current filters.'],
    ['dates outside the sources', { from: '2021-01-01' }, 0, 'statements', 'No statements match the current filters: the sources do not cover the selected dates.'],
    ['only unthemed statements', { themes: [UNTHEMED] }, 6, 'statements', '6 statements on 17 August 2020.'],
  ])('%s', (_name, filters, count, measure, expected) => {
    expect(summary(filters, count, measure)).toBe(expected);
  });

  it.each([
    ['names at most three tied themes', { a: [2], b: [2], c: [2], d: [2], e: [2], f: [1] }, '4 statements on 17 August 2020; most often: A, B, C and 2 more (2 each).'],
    ['says so when every theme ties', { a: [1], b: [1], c: [1], d: [1], e: [1] }, '4 statements on 17 August 2020; 5 themes, 1 each.'],
    ['names all of three themes that tie', { a: [1], b: [1], c: [1] }, '4 statements on 17 August 2020; most often: A, B and C (1 each).'],
  ])('%s', (_name, statements, expected) => {
    const text = summarizeTimeline({
      measure: 'statements',
      matchCount: 4,
      filters: EMPTY_FILTERS,
      timeline: { dates: ['2020-08-17'], statements, events: {}, totals: { statements: [4], events: [0] } },
      themeLabel: (id) => id.toUpperCase(),
      covered,
    });
    expect(text).toBe(expected);
  });
});

describe('countAxisTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [4, [0, 1, 2, 3, 4]],
    [10, [0, 2, 4, 6, 8, 10]],
    [16, [0, 5, 10, 15, 20]],
    [17, [0, 5, 10, 15, 20]],
    [20, [0, 5, 10, 15, 20]],
    [48, [0, 10, 20, 30, 40, 50]],
    [1200, [0, 500, 1000, 1500]],
  ])('up to %i: %j', (max, ticks) => {
    expect(countAxisTicks(max)).toEqual(ticks);
  });
});
