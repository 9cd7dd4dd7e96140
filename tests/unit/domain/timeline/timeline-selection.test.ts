import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../../src/domain/engine/reference/corpus-index.ts';
import { computeLinkedViews } from '../../../../src/domain/engine/reference/linked-views.ts';
import { UNTHEMED, type ThemeDaySeries } from '../../../../src/domain/engine/contract.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { coveredPeriods, eventStartExtent } from '../../../../src/domain/timeline/timeline-coverage.ts';
import { buildTimelineModel, type TimelineInput } from '../../../../src/domain/timeline/timeline-model.ts';
import { restrictTimelineToDates, selectedExtent, selectTimelineFigure } from '../../../../src/domain/timeline/timeline-selection.ts';
import { shareOf, stackOrder } from '../../../../src/domain/timeline/timeline-stack.ts';
import type { TimeBucket, TimelineScale } from '../../../../src/domain/timeline/time-buckets.ts';
import { buildTestCorpus } from '../../../fixtures/test-corpus.ts';

/**
 * Five fictional forums over four years, 2017 to 2020, so a date range
 * leaves years out on both sides: one statement per forum but the 2019
 * forum's two, one of which carries two themes.
 */
function yearsCorpus() {
  const speaker = { id: 'ana-ruiz', name: 'Ana Ruiz', role: 'Director' };
  const forum = (year: number, statements: { text: string; themes: string[] }[]) => {
    const title = `Forum of ${year}`;
    const text = `The ${title} met. ${statements.map((s) => `Ms Ruiz said that ${s.text}.`).join(' ')}`;
    return {
      id: `doc-${year}`,
      publisher: 'Test Secretariat',
      publishedOn: `${year}-06-02`,
      text,
      events: [
        {
          id: `forum-${year}`,
          title,
          start: `${year}-06-01`,
          participants: ['JPN'],
          statements: statements.map((s) => ({ text: s.text, verb: 'said', lemma: 'say', speaker, themes: s.themes })),
        },
      ],
    };
  };
  return buildTestCorpus([
    forum(2017, [{ text: 'terror cells grow', themes: ['terrorism-extremism'] }]),
    forum(2018, [{ text: 'drug routes shift', themes: ['drug-trafficking'] }]),
    forum(2019, [
      { text: 'terror and drug money meet', themes: ['terrorism-extremism', 'drug-trafficking'] },
      { text: 'dialogue helps', themes: ['multilateral-dialogue'] },
    ]),
    forum(2020, [{ text: 'cyber threats rise', themes: ['cyber-information-security'] }]),
  ]);
}

const corpus = yearsCorpus();
const index = indexCorpus(corpus);
const labels = buildLabels(corpus);

function input(filters: Partial<Filters> = {}, scale: TimelineScale = 'count', bucket: TimeBucket = 'year'): TimelineInput {
  const all = { ...EMPTY_FILTERS, ...filters };
  const views = computeLinkedViews(index, { filters: all, sort: 'date-asc' });
  return {
    timeline: views.timeline,
    measure: 'statements',
    scale,
    bucket,
    filters: all,
    themeOrder: corpus.taxonomy.map((theme) => theme.id),
    themeLabel: labels.theme,
    matchCount: views.totals.statements,
    extent: eventStartExtent(corpus),
    covered: coveredPeriods(corpus),
  };
}

const valuesOf = (model: ReturnType<typeof selectTimelineFigure>, id: string) => model.bars.map((bar) => bar.values[id] ?? 0);

describe('selectTimelineFigure under a date range', () => {
  const range = { from: '2018-01-01', to: '2019-12-31' };

  it('draws only the selected years, while the panel keeps every year and marks the range', () => {
    const screen = buildTimelineModel(input(range));
    expect(screen.bars.map((bar) => bar.label)).toEqual(['2017', '2018', '2019', '2020']);
    expect(screen.selection).toEqual({ startIndex: 1, endIndex: 2 });

    const figure = selectTimelineFigure(input(range));
    expect(figure.bars.map((bar) => bar.label)).toEqual(['2018', '2019']);
    expect(figure.selection).toBeNull();
    expect(valuesOf(figure, 'drug-trafficking')).toEqual([1, 1]);
    expect(valuesOf(figure, 'terrorism-extremism')).toEqual([0, 1]);
  });

  it('scales the value axis to the selected dates only', () => {
    // 2019's stack (three theme assignments) is the tallest inside the range and outside it.
    expect(selectTimelineFigure(input(range)).maxTotal).toBe(3);
    expect(selectTimelineFigure(input({ from: '2020-01-01' })).maxTotal).toBe(1);
    expect(buildTimelineModel(input({ from: '2020-01-01' })).maxTotal).toBe(3);
  });

  it('cuts the edge buckets to the selected days and counts only those days', () => {
    const figure = selectTimelineFigure(input({ from: '2018-03-01', to: '2019-05-31' }));
    expect(figure.bars.map((bar) => [bar.bucket.start, bar.bucket.end])).toEqual([
      ['2018-03-01', '2018-12-31'],
      ['2019-01-01', '2019-05-31'],
    ]);
    // The 2019 forum met on 1 June: outside the range, so not counted.
    expect(figure.bars.map((bar) => bar.total)).toEqual([1, 0]);
  });

  it('draws the selected dates even where no source speaks, as not covered', () => {
    const figure = selectTimelineFigure(input({ from: '2015-01-01', to: '2017-12-31' }));
    expect(figure.bars.map((bar) => [bar.label, bar.covered])).toEqual([
      ['2015', false],
      ['2016', false],
      ['2017', true],
    ]);
  });

  it('keeps the date range in the summary it reads out', () => {
    expect(selectTimelineFigure(input(range)).summary).toBe(buildTimelineModel(input(range)).summary);
  });
});

describe('selectTimelineFigure under a theme filter', () => {
  it('draws one selected theme alone, from zero, with the axis scaled to it', () => {
    const screen = buildTimelineModel(input({ themes: ['drug-trafficking'] }));
    expect(screen.series.length).toBeGreaterThan(1);
    expect(screen.stack[0]).toBe('drug-trafficking');

    const figure = selectTimelineFigure(input({ themes: ['drug-trafficking'] }));
    expect(figure.series.map((s) => s.id)).toEqual(['drug-trafficking']);
    expect(figure.stack).toEqual(['drug-trafficking']);
    expect(figure.series[0]!.muted).toBe(false);
    expect(figure.bars.map((bar) => bar.total)).toEqual([0, 1, 1, 0]);
    expect(figure.maxTotal).toBe(1);
    expect(screen.maxTotal).toBe(3);
  });

  it('stacks several selected themes, and only those, in taxonomy order from the baseline', () => {
    const figure = selectTimelineFigure(input({ themes: ['multilateral-dialogue', 'terrorism-extremism'] }));
    expect(figure.series.map((s) => s.id)).toEqual(['terrorism-extremism', 'multilateral-dialogue']);
    expect(figure.stack).toEqual(['multilateral-dialogue', 'terrorism-extremism']);
    expect(figure.bars.map((bar) => bar.total)).toEqual([1, 0, 2, 0]);
  });

  it('keeps a selected theme that nothing carries, drawn as zero rather than dropped', () => {
    const figure = selectTimelineFigure(input({ themes: ['drug-trafficking'], from: '2020-01-01' }));
    expect(figure.series.map((s) => s.id)).toEqual(['drug-trafficking']);
    expect(figure.maxTotal).toBe(0);
  });

  it('combines with a date range', () => {
    const figure = selectTimelineFigure(input({ themes: ['terrorism-extremism'], from: '2019-01-01', to: '2019-12-31' }));
    expect(figure.bars.map((bar) => [bar.label, bar.values['terrorism-extremism']])).toEqual([['2019', 1]]);
  });
});

describe('the share scale', () => {
  it('divides by the statements of the period, each once, not by the sum of the themes', () => {
    const figure = selectTimelineFigure(input({ themes: ['drug-trafficking'] }, 'share'));
    // 2019: one of its two statements is about drugs (the sum of its theme counts is 3).
    expect(valuesOf(figure, 'drug-trafficking')).toEqual([0, 100, 50, 0]);
    expect(figure.bars.map((bar) => bar.items)).toEqual([1, 1, 2, 1]);
    expect(figure.maxTotal).toBe(100);
  });

  it('draws the same shares on screen, keeping the counts beside them', () => {
    const screen = buildTimelineModel(input({}, 'share'));
    expect(screen.scale).toBe('share');
    const bar2019 = screen.bars[2]!;
    expect(bar2019.counts['terrorism-extremism']).toBe(1);
    expect(bar2019.values['terrorism-extremism']).toBe(50);
    expect(bar2019.values['multilateral-dialogue']).toBe(50);
    expect(screen.maxTotal).toBe(150);
  });

  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 5, 0],
    [4, 4, 100],
    [1, 0, 0],
  ])('shareOf(%i, %i) is %f percent', (count, items, share) => {
    expect(shareOf(count, items)).toBe(share);
  });
});

describe('stackOrder', () => {
  const series = (ids: string, selected = '') =>
    [...ids].map((id) => ({ id, selected: selected.includes(id) }));

  it.each([
    ['the legend reversed when nothing is selected', series('abc'), ['c', 'b', 'a']],
    ['a selected theme on the baseline', series('abc', 'a'), ['a', 'c', 'b']],
    ['several selected, in the legend’s order reversed, then the rest', series('abcd', 'bd'), ['d', 'b', 'c', 'a']],
    ['everything selected', series('ab', 'ab'), ['b', 'a']],
    ['nothing at all', [], []],
  ])('%s', (_name, input, expected) => {
    expect(stackOrder(input)).toEqual(expected);
  });
});

describe('restrictTimelineToDates and selectedExtent', () => {
  const timeline: ThemeDaySeries = {
    dates: ['2020-01-01', '2020-02-01', '2020-03-01'],
    statements: { a: [1, 2, 3], [UNTHEMED]: [0, 1, 0] },
    events: { a: [1, 1, 1] },
    totals: { statements: [1, 3, 3], events: [1, 1, 1] },
  };

  it('keeps every series and total aligned to the kept days, and leaves the input alone', () => {
    const copy = structuredClone(timeline);
    expect(restrictTimelineToDates(timeline, '2020-02-01', null)).toEqual({
      dates: ['2020-02-01', '2020-03-01'],
      statements: { a: [2, 3], [UNTHEMED]: [1, 0] },
      events: { a: [1, 1] },
      totals: { statements: [3, 3], events: [1, 1] },
    });
    expect(restrictTimelineToDates(timeline, null, '2019-12-31').dates).toEqual([]);
    expect(restrictTimelineToDates(timeline, null, null)).toBe(timeline);
    expect(timeline).toEqual(copy);
  });

  it.each([
    ['both ends set', '2018-01-01', '2019-12-31', { first: '2018-01-01', last: '2019-12-31' }],
    ['an open end from the corpus', '2018-01-01', null, { first: '2018-01-01', last: '2020-06-01' }],
    ['an open start from the corpus', null, '2018-05-05', { first: '2017-06-01', last: '2018-05-05' }],
    ['no range', null, null, { first: '2017-06-01', last: '2020-06-01' }],
  ] as const)('%s', (_name, from, to, expected) => {
    expect(selectedExtent({ first: '2017-06-01', last: '2020-06-01' }, from, to)).toEqual(expected);
  });

  it('has nothing to draw without a corpus extent and an open end', () => {
    expect(selectedExtent(null, '2018-01-01', null)).toBeNull();
    expect(selectedExtent(null, '2018-01-01', '2018-12-31')).toEqual({ first: '2018-01-01', last: '2018-12-31' });
  });
});
