import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/domain/engine/reference/corpus-index.ts';
import { EMPTY_FILTERS, type Filters } from '../../../src/domain/view-state/filters.ts';
import { buildLabels } from '../../../src/domain/corpus/labels.ts';
import { computeLinkedViews } from '../../../src/domain/engine/reference/linked-views.ts';
import { coveredPeriods, eventStartExtent } from '../../../src/domain/timeline/timeline-coverage.ts';
import { buildTimelineModel, countAxisTicks } from '../../../src/domain/timeline/timeline-model.ts';
import { serializeSvgFragment } from '../../../src/figures/svg.ts';
import { drawTimelineBody } from '../../../src/figures/timeline-figure.ts';
import { parseSvg } from '../../support/parse-svg.ts';
import { timelineFigureDataFromModel } from '../../../src/figures/timeline-figure-data.ts';
import { TIMELINE_NEUTRAL_TONE, TIMELINE_TONES } from '../../../src/figures/timeline-palette.ts';
import { smallTestCorpus } from '../../fixtures/test-corpus.ts';

function modelFor(filters: Filters, bucket: 'auto' | 'month' = 'month') {
  const corpus = smallTestCorpus();
  const views = computeLinkedViews(indexCorpus(corpus), { filters, sort: 'date-asc' });
  return buildTimelineModel({
    timeline: views.timeline,
    measure: 'statements',
    bucket,
    filters,
    themeOrder: corpus.taxonomy.map((theme) => theme.id),
    themeLabel: buildLabels(corpus).theme,
    matchCount: views.totals.statements,
    extent: eventStartExtent(corpus),
    covered: coveredPeriods(corpus),
  });
}

describe('timelineFigureDataFromModel', () => {
  it('draws the bars and counts the live chart draws', () => {
    const model = modelFor(EMPTY_FILTERS);
    const data = timelineFigureDataFromModel(model);
    expect(data.measure).toBe('Statements');
    expect(data.buckets.map((b) => b.start)).toEqual(model.bars.map((bar) => bar.bucket.start));
    expect(data.buckets.map((b) => b.label)).toEqual(model.bars.map((bar) => bar.label));
    expect(data.buckets.map((b) => b.axisLabel)).toEqual(model.bars.map((bar) => bar.shortLabel));
    for (const series of data.series) {
      expect(series.counts).toEqual(model.bars.map((bar) => bar.counts[series.themeId] ?? 0));
    }
    const totals = data.buckets.map((_, b) => data.series.reduce((sum, s) => sum + s.counts[b]!, 0));
    expect(totals).toEqual(model.bars.map((bar) => bar.total));
  });

  it('stacks the model’s top series last and keeps each theme’s colour and pattern', () => {
    const model = modelFor(EMPTY_FILTERS);
    const data = timelineFigureDataFromModel(model);
    expect(data.series.map((s) => s.themeId)).toEqual(model.series.map((s) => s.id).reverse());
    const unthemed = data.series.find((s) => s.themeId === 'unthemed')!;
    expect(unthemed.colour).toBe(TIMELINE_NEUTRAL_TONE.fill);
    const first = model.series[0]!;
    const drawn = data.series.find((s) => s.themeId === first.id)!;
    expect(drawn.pattern).toBe(first.style.pattern);
    expect(drawn.colour).toBe(TIMELINE_TONES[first.style.colour as number]!.fill);
  });

  it('draws the count axis the live chart draws for the same model', () => {
    for (const filters of [EMPTY_FILTERS, { ...EMPTY_FILTERS, themes: ['drug-trafficking'] }]) {
      const model = modelFor(filters);
      const body = serializeSvgFragment(drawTimelineBody(timelineFigureDataFromModel(model), { width: 1000, height: 500 }));
      const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`);
      const axis = Array.from(document.getElementsByTagName('text'))
        .filter((text) => text.getAttribute('text-anchor') === 'end')
        .map((text) => Number(text.textContent));
      expect(model.maxTotal).toBeGreaterThan(0);
      expect(axis).toEqual(countAxisTicks(model.maxTotal));
    }
  });

  it('marks uncovered months and unselected themes as the chart does', () => {
    const data = timelineFigureDataFromModel(modelFor({ ...EMPTY_FILTERS, themes: ['drug-trafficking'] }));
    expect(data.buckets.find((b) => b.start === '2020-05-01')?.covered).toBe(false);
    expect(data.buckets.find((b) => b.start === '2020-03-01')?.covered).toBe(true);
    expect(data.series.filter((s) => !s.muted).map((s) => s.themeId)).toEqual(['drug-trafficking']);
  });
});

describe('the exported timeline palette', () => {
  it('matches the light palette of the live chart (theme-timeline.css)', () => {
    const css = readFileSync(new URL('../../../src/features/theme-timeline/theme-timeline.css', import.meta.url), 'utf8');
    const light = css.slice(css.indexOf('.panel--timeline {'), css.indexOf('@media (prefers-color-scheme: dark)'));
    const value = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(light)?.[1]?.trim();
    TIMELINE_TONES.forEach((tone, i) => {
      expect({ fill: value(`tl-${i}`), ink: value(`tl-ink-${i}`) }).toEqual(tone);
    });
    expect({ fill: value('tl-neutral'), ink: value('tl-ink-neutral') }).toEqual(TIMELINE_NEUTRAL_TONE);
    expect(value(`tl-${TIMELINE_TONES.length}`)).toBeUndefined();
  });
});
