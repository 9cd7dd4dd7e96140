import { describe, expect, it } from 'vitest';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { ByteWriter, parquetWrite } from 'hyparquet-writer';
import { corpusParquetSchema, corpusToParquet } from '../../../../src/domain/corpus/corpus-parquet-writer.ts';
import { PARQUET_META, VIEW_COPY_COLUMNS } from '../../../../src/domain/corpus/corpus-parquet-layout.ts';
import type { Corpus, CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { outlineCorpus } from '../../../../src/domain/corpus/corpus-outline.ts';
import { describeCoverage } from '../../../../src/domain/corpus/coverage.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { openParquetCorpus } from '../../../../src/domain/corpus/read-corpus-parquet.ts';
import { readJsonViewRecords, readParquetViewRecords } from '../../../../src/domain/corpus/read-view-columns.ts';
import { checkViewRecords, speakerCorpusOf, type RawViewRecords } from '../../../../src/domain/corpus/view-records.ts';
import { buildColumnarIndex } from '../../../../src/domain/engine/columnar/columnar-index.ts';
import {
  createColumnarEngineFromIndex,
  createColumnarEventListFromIndex,
  createColumnarSpeakerComparisonFromIndex,
} from '../../../../src/domain/engine/linked-views-engine.ts';
import { buildCompareDirectory } from '../../../../src/domain/speakers/compare-targets.ts';
import { generateSyntheticCorpusJson } from '../../../../src/domain/synthetic/generate-corpus.ts';
import { coveredPeriods, eventStartExtent } from '../../../../src/domain/timeline/timeline-coverage.ts';
import { buildLinkVocabulary } from '../../../../src/domain/view-state/link-problems.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { DEFAULT_EVENT_SORT } from '../../../../src/domain/view-state/event-sort.ts';

const OPTIONS = { statements: 1500, seed: 23 };
const json = [...generateSyntheticCorpusJson(OPTIONS)].join('');
const full = openCorpus(json, 'corpus.json');
const corpus = full.corpus;
const fullIndex = buildColumnarIndex(corpus);

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const speakers = [...new Set(corpus.statements.flatMap((s) => (s.speaker ? [s.speaker.id] : [])))];
const QUERIES: Array<[string, Filters]> = [
  ['nothing set', EMPTY_FILTERS],
  ['one country', filters({ countries: ['CHN' as CountryCode] })],
  ['countries with mentions', filters({ countries: ['AFG', 'KAZ'] as CountryCode[], includeMentions: true })],
  ['two themes', filters({ themes: ['pandemic-health', 'law-enforcement'] })],
  ['speakers', filters({ speakers: speakers.slice(0, 3) })],
  ['events', filters({ events: [corpus.events[2]!.id, corpus.events[30]!.id] })],
  ['date range', filters({ from: '2012-01-01', to: '2016-12-31' })],
  ['combined', filters({ countries: ['RUS' as CountryCode], themes: ['terrorism-extremism'], from: '2010-01-01' })],
];

function expectSameAnswers(raw: RawViewRecords) {
  const { corpus: view, index } = checkViewRecords(raw);
  expect(view.setAside).toBe(0);
  expect(index.statementCount).toBe(corpus.statements.length);
  const engine = createColumnarEngineFromIndex(index);
  const reference = createColumnarEngineFromIndex(fullIndex);
  for (const [, f] of QUERIES) {
    for (const sort of ['date-asc', 'date-desc'] as const) expect(engine.query({ filters: f, sort })).toEqual(reference.query({ filters: f, sort }));
  }
  const groups = [speakers.slice(0, 2), speakers.slice(2, 5)];
  for (const [, f] of QUERIES) {
    expect(createColumnarSpeakerComparisonFromIndex(index).compareSpeakers({ filters: f, groups })).toEqual(
      createColumnarSpeakerComparisonFromIndex(fullIndex).compareSpeakers({ filters: f, groups }),
    );
    const request = { filters: f, sort: { ...DEFAULT_EVENT_SORT, direction: 'desc' as const } };
    expect(createColumnarEventListFromIndex(index, view.events).listEvents(request)).toEqual(
      createColumnarEventListFromIndex(fullIndex, corpus.events).listEvents(request),
    );
  }
  return view;
}

describe('the first views of a sound corpus equal the full read', () => {
  it('from JSON: every query answers as the full index does', () => {
    expectSameAnswers(readJsonViewRecords(json, 'corpus.json').records);
  });

  it('from Parquet: every query answers as the full index does', async () => {
    const bytes = corpusToParquet(corpus, 400);
    expectSameAnswers(await readParquetViewRecords(bytes.slice().buffer));
    const opened = await openParquetCorpus(bytes.slice().buffer, 'corpus.parquet');
    expect(opened.corpus.statements.length).toBe(corpus.statements.length);
  });

  it('from Parquet without the view copies (another tool, or layout 1), from the JSON cells: the same first views', async () => {
    const bytes = corpusToParquet(corpus, 400);
    const withCopies = checkViewRecords(await readParquetViewRecords(bytes.slice().buffer));
    // Copies that disagree with the records: were they read, every statement would have one theme.
    const layoutOne = await rewriteParquet(bytes, { layout: 'one-table-with-kind/1', change: wrongThemeCopies });
    const oneDropped = await rewriteParquet(bytes, { drop: [VIEW_COPY_COLUMNS[0]!.name], change: wrongThemeCopies });
    for (const file of [layoutOne, oneDropped]) {
      const fromJson = checkViewRecords(await readParquetViewRecords(file));
      expect(fromJson.corpus).toEqual(withCopies.corpus);
      expect(fromJson.index).toEqual(withCopies.index);
    }
  });

  it('from a layout-2 file the first views read the copies; the full read ignores them', async () => {
    const bytes = corpusToParquet(corpus, 400);
    const wrong = await rewriteParquet(bytes, { change: wrongThemeCopies });
    const engine = createColumnarEngineFromIndex(checkViewRecords(await readParquetViewRecords(wrong)).index);
    const matching = (themeId: string) => engine.query({ filters: filters({ themes: [themeId] }), sort: 'date-asc' }).matchingStatements.length;
    expect(matching('law-enforcement')).toBe(corpus.statements.length);
    expect(matching('pandemic-health')).toBe(0);
    // What is shown once the full read is in: the records as written.
    expect((await openParquetCorpus(wrong, 'corpus.parquet')).corpus).toEqual((await openParquetCorpus(bytes.slice().buffer, 'corpus.parquet')).corpus);
  });

  it('gives the labels, link vocabulary, outline, coverage and speaker directory of the full corpus', () => {
    const { corpus: view } = checkViewRecords(readJsonViewRecords(json, 'corpus.json').records);
    const stand = speakerCorpusOf(view);
    const labels = buildLabels(corpus);
    const viewLabels = buildLabels(stand);
    for (const id of speakers) expect(viewLabels.speaker(id)).toBe(labels.speaker(id));
    for (const event of corpus.events.slice(0, 50)) expect(viewLabels.event(event.id)).toBe(labels.event(event.id));
    expect(buildLinkVocabulary(stand)).toEqual(buildLinkVocabulary(corpus));
    expect(buildCompareDirectory(stand)).toEqual(buildCompareDirectory(corpus));
    expect(describeCoverage(stand)).toEqual(describeCoverage(corpus));
    expect(coveredPeriods(stand)).toEqual(coveredPeriods(corpus));
    expect(eventStartExtent(stand)).toEqual(eventStartExtent(corpus));
    expect(view.severalThemes).toEqual(outlineCorpus(corpus).severalThemes);
  });
});

/** The rows of a Parquet corpus, written back as given. */
function writeParquetRows(rows: Array<Record<string, unknown>>, metadata: Array<{ key: string; value: string }>, drop: readonly string[] = []): ArrayBuffer {
  const schema = corpusParquetSchema().filter((element, i) => i === 0 || !drop.includes(element.name));
  schema[0] = { ...schema[0]!, num_children: schema.length - 1 };
  const writer = new ByteWriter();
  void parquetWrite({ writer, schema, columnData: schema.slice(1).map(({ name }) => ({ name, data: rows.map((row) => (row[name] ?? null) as string | number | null) })), kvMetadata: metadata });
  const written = writer.getBytes();
  return written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength);
}

/** A corpus file as another tool might write it back: rows changed, columns dropped, the layout key changed. */
async function rewriteParquet(
  bytes: Uint8Array,
  { drop = [], layout, change = () => undefined }: { drop?: readonly string[]; layout?: string; change?: (row: Record<string, unknown>) => void },
): Promise<ArrayBuffer> {
  const file = bytes.slice().buffer;
  const metadata = (parquetMetadata(file).key_value_metadata ?? []).map(({ key, value }) => ({ key, value: key === PARQUET_META.layout && layout ? layout : (value ?? '') }));
  const rows = await parquetReadObjects({ file });
  rows.forEach(change);
  return writeParquetRows(rows, metadata, drop);
}

const wrongThemeCopies = (row: Record<string, unknown>) => {
  if (row.kind === 'statement') row.viewThemeIds = 'law-enforcement';
};

describe('the cheap checks', () => {
  const raw = (): RawViewRecords => structuredClone<RawViewRecords>(readJsonViewRecords(json, 'corpus.json').records);
  type Mutable = Record<string, unknown> & { themes: Array<{ themeId: string }>; mentionedCountries: Array<{ code: string }> };

  it('leave out a statement with a duplicate id or an unknown event, and count it', () => {
    const records = raw();
    const statements = records.statements as Mutable[];
    statements[5]!.id = statements[4]!.id;
    statements[9]!.eventId = 'no-such-event';
    const { corpus: view, index } = checkViewRecords(records);
    expect(index.statementCount).toBe(corpus.statements.length - 2);
    expect(view.setAside).toBe(2);
  });

  it('drop a country code that is not real and a theme outside the taxonomy, keeping the statement', () => {
    const records = raw();
    const statement = (records.statements as Mutable[]).find((s) => s.themes.length > 0 && s.mentionedCountries.length > 0)!;
    statement.themes[0]!.themeId = 'not-a-theme';
    statement.mentionedCountries[0]!.code = 'XXA';
    const { corpus: view, index } = checkViewRecords(records);
    expect(index.statementCount).toBe(corpus.statements.length);
    expect(view.setAside).toBe(2);
    expect(index.themeIds).not.toContain('not-a-theme');
  });

  it('leave out an event with an impossible date, and its statements with it', () => {
    const records = raw();
    const event = records.events[0] as { id: string; startDate: { value: string } };
    event.startDate.value = '2021-02-30';
    const dependents = corpus.statements.filter((s) => s.eventId === event.id).length;
    const { corpus: view, index } = checkViewRecords(records);
    expect(view.events.some((e) => e.id === event.id)).toBe(false);
    expect(index.statementCount).toBe(corpus.statements.length - dependents);
    expect(view.setAside).toBe(1 + dependents);
  });

  it('keep documents without their texts', () => {
    const { corpus: view } = checkViewRecords(raw());
    expect(view.documents).toHaveLength(corpus.documents.length);
    expect(view.documents.every((document) => document.text === '')).toBe(true);
  });
});

// Keeps the fixture honest: the generator's corpus is sound, so the full read kept everything.
it('uses a sound synthetic corpus', () => {
  expect(full.excluded).toEqual([]);
  expect((corpus satisfies Corpus).statements).toHaveLength(OPTIONS.statements);
});
