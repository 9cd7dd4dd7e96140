import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { timelineToCsv, type BucketedThemeCounts } from '../../../../src/domain/export/chart-tables.ts';
import { indexCorpus } from '../../../../src/domain/engine/reference/corpus-index.ts';
import { computeLinkedViews } from '../../../../src/domain/engine/reference/linked-views.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { coveredPeriods, eventStartExtent } from '../../../../src/domain/timeline/timeline-coverage.ts';
import { selectTimelineFigure } from '../../../../src/domain/timeline/timeline-selection.ts';
import type { TimelineScale } from '../../../../src/domain/timeline/time-buckets.ts';
import { timelineFigureDataFromModel } from '../../../../src/figures/timeline-figure-data.ts';
import { drawnValue } from '../../../../src/figures/timeline-figure.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const corpus = smallTestCorpus();
const context = { corpus, corpusVersion: 'abc123def456' };
const rowsOf = (csv: string) => csvParseRows(csv.replace(/^\uFEFF/, ''));

const data: BucketedThemeCounts = {
  measure: 'Statements',
  buckets: [
    { label: 'Mar 2020', start: '2020-03-01', end: '2020-03-31', items: 3 },
    { label: 'Apr 2020', start: '2020-04-01', end: '2020-04-15', items: 0 },
  ],
  series: [{ themeId: 'drug-trafficking', label: 'Drug trafficking', counts: [1, 0], values: [33.3, 0] }],
};

describe('timelineToCsv', () => {
  it('writes one row per bucket and theme with the count', () => {
    const [header, ...rows] = rowsOf(timelineToCsv(data, context));
    expect(header).toEqual(['period', 'period_start', 'period_end', 'theme_id', 'theme', 'statements', 'corpus_version', 'synthetic']);
    expect(rows.map((row) => row.slice(0, 6))).toEqual([
      ['Mar 2020', '2020-03-01', '2020-03-31', 'drug-trafficking', 'Drug trafficking', '1'],
      ['Apr 2020', '2020-04-01', '2020-04-15', 'drug-trafficking', 'Drug trafficking', '0'],
    ]);
  });

  it('adds the period’s items and the share drawn when the figure draws shares', () => {
    const [header, ...rows] = rowsOf(timelineToCsv({ ...data, scale: 'share' }, context));
    expect(header!.slice(5, 8)).toEqual(['statements', 'statements_in_period', 'share_percent']);
    expect(rows.map((row) => row.slice(5, 8))).toEqual([
      ['1', '3', '33.3'],
      ['0', '0', '0.0'],
    ]);
  });
});

describe('an exported timeline’s CSV holds the figure’s numbers', () => {
  const index = indexCorpus(corpus);
  const labels = buildLabels(corpus);
  const figureData = (filters: Partial<Filters>, scale: TimelineScale) => {
    const all = { ...EMPTY_FILTERS, ...filters };
    const views = computeLinkedViews(index, { filters: all, sort: 'date-asc' });
    return timelineFigureDataFromModel(
      selectTimelineFigure({
        timeline: views.timeline,
        measure: 'statements',
        scale,
        bucket: 'month',
        filters: all,
        themeOrder: corpus.taxonomy.map((theme) => theme.id),
        themeLabel: labels.theme,
        matchCount: views.totals.statements,
        extent: eventStartExtent(corpus),
        covered: coveredPeriods(corpus),
      }),
    );
  };

  it.each<[string, Partial<Filters>, TimelineScale]>([
    ['a date range', { from: '2020-09-01', to: '2020-12-31' }, 'count'],
    ['one theme', { themes: ['drug-trafficking'] }, 'count'],
    ['one theme as a share', { themes: ['drug-trafficking'] }, 'share'],
    ['two themes within dates', { themes: ['drug-trafficking', 'terrorism-extremism'], from: '2020-01-01', to: '2020-09-30' }, 'share'],
  ])('%s', (_name, filters, scale) => {
    const figure = figureData(filters, scale);
    const [header, ...rows] = rowsOf(timelineToCsv(figure, context));
    const column = header!.indexOf(scale === 'share' ? 'share_percent' : 'statements');
    const expected = figure.buckets.flatMap((bucket, b) =>
      figure.series.map((series) => [bucket.start, series.themeId, scale === 'share' ? drawnValue(figure, series, b).toFixed(1) : String(drawnValue(figure, series, b))]),
    );
    expect(rows.map((row) => [row[1], row[3], row[column]])).toEqual(expected);
    // Only what is selected: the themes chosen, the months of the range.
    if (filters.themes) expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(filters.themes));
    if (filters.from) for (const row of rows) expect(row[1]! >= filters.from && row[2]! <= filters.to!).toBe(true);
  });
});
