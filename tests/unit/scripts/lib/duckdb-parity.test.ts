import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { corpusToParquet } from '../../../../src/domain/corpus/corpus-parquet-writer.ts';
import { createColumnarEngine } from '../../../../src/domain/engine/linked-views-engine.ts';
import type { LinkedViewsEngine } from '../../../../src/domain/engine/contract.ts';
import { buildLinkedViewsSql } from '../../../../src/domain/engine/sql/linked-views-sql.ts';
import { generateSyntheticCorpus } from '../../../../src/domain/synthetic/generate-corpus.ts';
import { EMPTY_FILTERS, type Filters, type SortOrder } from '../../../../src/domain/view-state/filters.ts';
import { openDuckDbEngine, type DuckDbEngine } from '../../../../scripts/lib/duckdb-engine.ts';

// One synthetic corpus (seeded), written to Parquet by the project's writer,
// loaded by DuckDB; the columnar engine gets the same corpus in memory.
const corpus = generateSyntheticCorpus({ statements: 20_000, seed: 2024 });
const columnar: LinkedViewsEngine = createColumnarEngine(corpus);
const folder = mkdtempSync(join(tmpdir(), 'forum-atlas-duckdb-'));
let duckdb: DuckDbEngine;

beforeAll(async () => {
  const path = join(folder, 'corpus.parquet');
  writeFileSync(path, corpusToParquet(corpus));
  duckdb = await openDuckDbEngine(path);
}, 60_000);

afterAll(() => {
  duckdb?.close();
  rmSync(folder, { recursive: true, force: true });
});

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const first = corpus.statements[0]!;
const firstEvent = corpus.events.find((event) => event.id === first.eventId)!;
const participant = firstEvent.participatingCountries[0]!.value;
// A country some statement mentions without its event listing it: includeMentions then widens the match.
const mentionedOnly = corpus.statements
  .flatMap((statement) => {
    const event = corpus.events.find((e) => e.id === statement.eventId)!;
    return statement.mentionedCountries.filter((m) => !event.participatingCountries.some((c) => c.value === m.code)).map((m) => m.code);
  })
  .find(() => true)!;
const speaker = corpus.statements.find((statement) => statement.speaker !== null)!.speaker!.id;
const theme = corpus.taxonomy[0]!.id;
const otherTheme = corpus.taxonomy[1]!.id;

const STATES: Array<[string, Filters, SortOrder]> = [
  ['no filter', EMPTY_FILTERS, 'date-desc'],
  ['no filter, oldest first', EMPTY_FILTERS, 'date-asc'],
  ['one country', filters({ countries: [participant] }), 'date-desc'],
  ['a country only mentioned, with mentions', filters({ countries: [mentionedOnly], includeMentions: true }), 'date-desc'],
  ['two countries, with mentions', filters({ countries: [participant, mentionedOnly], includeMentions: true }), 'date-asc'],
  ['two themes', filters({ themes: [theme, otherTheme] }), 'date-desc'],
  ['a date range', filters({ from: '2015-01-01', to: '2019-12-31' }), 'date-desc'],
  ['an open-ended date range', filters({ from: '2020-06-01' }), 'date-desc'],
  ['a reversed date range matches nothing', filters({ from: '2019-01-01', to: '2018-01-01' }), 'date-desc'],
  ['a speaker', filters({ speakers: [speaker] }), 'date-desc'],
  ['an event', filters({ events: [firstEvent.id] }), 'date-desc'],
  ['a one-letter search', filters({ search: 't' }), 'date-desc'],
  ['a search by prefix and stem', filters({ search: 'terrorism' }), 'date-desc'],
  ['a two-word search', filters({ search: 'border coop' }), 'date-desc'],
  ['a search with diacritics', filters({ search: 'Núñez' }), 'date-desc'],
  ['a search for a mentioned country by name', filters({ search: 'afghanistan' }), 'date-desc'],
  ['a search that matches nothing', filters({ search: 'zzzzqx' }), 'date-desc'],
  [
    'everything at once, with mentions',
    filters({ countries: [participant], includeMentions: true, themes: [theme], from: '2010-01-01', to: '2024-12-31', search: 'secur', speakers: [speaker] }),
    'date-desc',
  ],
  ['country, theme, dates and search', filters({ countries: ['CHN' as CountryCode], themes: [theme], from: '2012-01-01', to: '2022-12-31', search: 'terror' }), 'date-asc'],
];

describe('DuckDB SQL answers what the columnar engine does (20 000 synthetic statements)', () => {
  it('holds the corpus: every statement is in the statements table', () => {
    expect(duckdb.statements).toBe(corpus.statements.length);
  });

  it.each(STATES)('%s', async (_name, state, sort) => {
    const expected = columnar.query({ filters: state, sort });
    const actual = await duckdb.query({ filters: state, sort });
    expect(actual.totals).toEqual(expected.totals);
    expect(Array.from(actual.matchingStatements)).toEqual(Array.from(expected.matchingStatements));
    expect(actual.countries).toEqual(expected.countries);
    expect(actual.timeline).toEqual(expected.timeline);
    expect(actual.facets).toEqual(expected.facets);
  });

  it('the chosen states are not trivial: some match, some do not, mentions widen', () => {
    const count = (state: Filters) => columnar.query({ filters: state, sort: 'date-desc' }).totals.statements;
    expect(count(filters({ search: 'terror' }))).toBeGreaterThan(0);
    expect(count(filters({ search: 'afghanistan' }))).toBeGreaterThan(0);
    expect(count(filters({ countries: [mentionedOnly], includeMentions: true }))).toBeGreaterThan(count(filters({ countries: [mentionedOnly] })));
  });
});

describe('linked-views SQL binds every value', () => {
  it('puts no filter value into the SQL text', () => {
    const hostile = "x'); DROP TABLE statements; --";
    const sql = buildLinkedViewsSql(
      filters({ countries: [hostile as CountryCode], themes: [hostile], speakers: [hostile], events: [hostile], from: hostile, to: hostile, search: hostile }),
      'date-desc',
    );
    for (const query of Object.values(sql)) {
      expect(query.sql).not.toContain('DROP');
      expect(query.params.length).toBe((query.sql.match(/\$\d+/g) ?? []).length);
    }
    expect(sql.list.params).toContain(hostile);
  });
});
