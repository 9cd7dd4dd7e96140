import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { UNTHEMED, type LinkedViews } from '../../../../src/domain/engine/contract.ts';
import { engineEventOf, engineStatementOf } from '../../../../src/domain/engine/columnar/columnar-index.ts';
import { ColumnarIndexBuilder } from '../../../../src/domain/engine/columnar/columnar-index-builder.ts';
import { createColumnarEngineFromIndex } from '../../../../src/domain/engine/linked-views-engine.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { generateSyntheticChunks } from '../../../../src/domain/synthetic/generate-corpus.ts';
import { CrossfilterModelBuilder, dayOf, type CrossfilterViews } from '../../../../scripts/lib/crossfilter-model.ts';

// Both engines are fed the same in-process generated corpus, record by record.
const columnarBuilder = new ColumnarIndexBuilder(20_000);
const crossfilterBuilder = new CrossfilterModelBuilder();
const eventIds: string[] = [];
for (const chunk of generateSyntheticChunks({ statements: 20_000, seed: 2024 })) {
  for (const event of chunk.events) {
    const engineEvent = engineEventOf(event);
    columnarBuilder.addEvent(engineEvent);
    crossfilterBuilder.addEvent(engineEvent);
    eventIds.push(event.id);
  }
  for (const statement of chunk.statements) {
    const engineStatement = engineStatementOf(statement);
    columnarBuilder.addStatement(engineStatement);
    crossfilterBuilder.addStatement(engineStatement);
  }
}
const engine = createColumnarEngineFromIndex(columnarBuilder.finish());
const model = crossfilterBuilder.finish();

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const codes = (...values: string[]) => values as CountryCode[];

/** Facet counts keyed by value, without zero counts and in no order. */
function facetMap(entries: ReadonlyArray<{ key: number; value: number }>, values: readonly string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const { key, value } of entries) if (value > 0 && key >= 0) result[values[key]!] = value;
  return result;
}

function engineFacet(entries: LinkedViews['facets']['themes']): Record<string, number> {
  return Object.fromEntries(entries.map(({ value, count }) => [value, count]));
}

/** Timeline statement counts of the given themes, keyed "theme@date", zeros left out. */
function crossfilterTimeline(views: CrossfilterViews, themes: readonly string[]): Record<string, number> {
  const result: Record<string, number> = {};
  const themeValues = model.builder.themes.values;
  for (const { key: day, value: counts } of views.timeline) {
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    counts.forEach((count, slot) => {
      const theme = slot === themeValues.length ? UNTHEMED : themeValues[slot]!;
      if (count > 0 && themes.includes(theme)) result[`${theme}@${date}`] = count;
    });
  }
  return result;
}

function engineTimeline(views: LinkedViews, themes: readonly string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const theme of themes) {
    (views.timeline.statements[theme] ?? []).forEach((count, i) => {
      if (count > 0) result[`${theme}@${views.timeline.dates[i]!}`] = count;
    });
  }
  return result;
}

// Applied in this order to one crossfilter, as a user would change them.
const SEQUENCE: Array<[string, Filters]> = [
  ['nothing set', EMPTY_FILTERS],
  ['a country', filters({ countries: codes('CHN') })],
  ['and a theme', filters({ countries: codes('CHN'), themes: ['drug-trafficking'] })],
  ['and a date range', filters({ countries: codes('CHN'), themes: ['drug-trafficking'], from: '2012-03-01', to: '2019-10-15' })],
  ['and a search', filters({ countries: codes('CHN'), themes: ['drug-trafficking'], from: '2012-03-01', to: '2019-10-15', search: 'terror' })],
  ['mentions too', filters({ countries: codes('CHN', 'AFG'), includeMentions: true, themes: ['drug-trafficking'], search: 'terror' })],
  ['speakers and events', filters({ speakers: ['syn-speaker-1', 'syn-speaker-7'], events: eventIds.slice(0, 400) })],
  ['accented search', filters({ search: 'Núñez' })],
  ['two-word search', filters({ search: 'border coop', themes: ['law-enforcement', 'youth-prevention'] })],
  ['a role', filters({ search: 'Secretary-General' })],
  ['a plural and an -ism', filters({ search: 'drugs terrorist' })],
  ['a country by name', filters({ search: 'Kazakhstan' })],
  ['inverted dates', filters({ from: '2020-01-01', to: '2019-01-01' })],
  ['clear all', EMPTY_FILTERS],
];

describe('columnar engine agrees with crossfilter2 on 20 000 statements', () => {
  it.each(SEQUENCE)('%s', (_name, f) => {
    model.apply(f);
    const fromCrossfilter = model.read('date-asc');
    const fromEngine = engine.query({ filters: f, sort: 'date-asc' });

    expect(new Set(fromCrossfilter.matching.map((record) => record.id))).toEqual(new Set(fromEngine.matchingStatements));
    expect(facetMap(fromCrossfilter.countries, model.builder.countries.values)).toEqual(engineFacet(fromEngine.facets.countries));
    expect(facetMap(fromCrossfilter.themes, model.builder.themes.values)).toEqual(engineFacet(fromEngine.facets.themes));
    expect(facetMap(fromCrossfilter.speakers, model.builder.speakers.values)).toEqual(engineFacet(fromEngine.facets.speakers));
    expect(facetMap(fromCrossfilter.events, model.builder.events.values)).toEqual(engineFacet(fromEngine.facets.events));
    // crossfilter's timeline group still sees the theme filter, so compare
    // the series both define: the selected themes, or all without a filter.
    const themes = f.themes.length > 0 ? f.themes : [...model.builder.themes.values, UNTHEMED];
    expect(crossfilterTimeline(fromCrossfilter, themes)).toEqual(engineTimeline(fromEngine, themes));
  });

  it('matches something in every non-empty step (the comparison is not vacuous)', () => {
    const sizes = SEQUENCE.map(([, f]) => engine.query({ filters: f, sort: 'date-asc' }).totals.statements);
    expect(sizes.filter((size) => size > 0).length).toBeGreaterThanOrEqual(SEQUENCE.length - 1);
    expect(sizes.at(-2)).toBe(0);
    expect(dayOf('1970-01-02')).toBe(1);
  });
});
