import { parquetMetadata } from 'hyparquet';
import { ByteWriter, parquetWrite } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { corpusParquetSchema, corpusToParquet, writeCorpusParquet } from '../../../../src/domain/corpus/corpus-parquet-writer.ts';
import { PARQUET_COLUMNS, PARQUET_META } from '../../../../src/domain/corpus/corpus-parquet-layout.ts';
import { CorpusError } from '../../../../src/domain/corpus/corpus-problems.ts';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { describeExcludedRecord, describeRepairedRecord, summarizeExcluded } from '../../../../src/domain/corpus/excluded-records.ts';
import { isParquet } from '../../../../src/domain/corpus/read-corpus-file.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { openParquetCorpus } from '../../../../src/domain/corpus/read-corpus-parquet.ts';
import {
  generateSyntheticChunks,
  generateSyntheticCorpus,
  generateSyntheticCorpusJson,
  syntheticHeader,
} from '../../../../src/domain/synthetic/generate-corpus.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const SOURCE = 'corpus.parquet';
const OPTIONS = { statements: 150, seed: 11 };

const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** The generator's corpus as Parquet, written in small row groups so that several are read back. */
function syntheticParquet(): ArrayBuffer {
  const writer = new ByteWriter();
  writeCorpusParquet(syntheticHeader(OPTIONS), generateSyntheticChunks(OPTIONS), writer, 40);
  return bufferOf(writer.getBytes());
}

type Row = Record<string, string | number | null>;

/** The rows of a corpus file as the layout writes them, to break one and write them back. */
function rowsOf(corpus: Corpus): Row[] {
  const rows: Row[] = [];
  for (const [kind, records] of [['document', corpus.documents], ['event', corpus.events], ['statement', corpus.statements]] as const) {
    for (const record of records) {
      const row: Row = { kind };
      for (const spec of PARQUET_COLUMNS) {
        const field = spec.fields[kind];
        const value = field === undefined ? undefined : (record as Record<string, unknown>)[field];
        row[spec.name] = value === undefined ? null : spec.type === 'JSON' ? JSON.stringify(value) : (value as string | number);
      }
      rows.push(row);
    }
  }
  return rows;
}

function writeRows(rows: Row[], metadata: Array<{ key: string; value: string }>): ArrayBuffer {
  const writer = new ByteWriter();
  const names = ['kind', ...PARQUET_COLUMNS.map((spec) => spec.name)];
  void parquetWrite({
    writer,
    schema: corpusParquetSchema(),
    columnData: names.map((name) => ({ name, data: rows.map((row) => row[name] ?? null) })),
    kvMetadata: metadata,
  });
  return bufferOf(writer.getBytes());
}

function metadataOf(corpus: Corpus) {
  return [
    { key: PARQUET_META.schemaVersion, value: String(corpus.schemaVersion) },
    { key: PARQUET_META.taxonomy, value: JSON.stringify(corpus.taxonomy) },
  ];
}

async function openError(bytes: ArrayBuffer): Promise<CorpusError> {
  try {
    await openParquetCorpus(bytes, SOURCE);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected the corpus not to open');
}

describe('openParquetCorpus: a sound file', () => {
  it('reads back the generator’s Parquet as the same corpus as its JSON, synthetic label included', async () => {
    const bytes = syntheticParquet();
    expect(isParquet(new Uint8Array(bytes))).toBe(true);
    const opened = await openParquetCorpus(bytes, SOURCE);
    expect(opened.excluded).toEqual([]);
    expect(opened.repaired).toEqual([]);
    expect(opened.corpus).toEqual(generateSyntheticCorpus(OPTIONS));
    expect(opened.corpus).toEqual(openCorpus([...generateSyntheticCorpusJson(OPTIONS)].join(''), 'corpus.json').corpus);
    expect(opened.corpus.synthetic?.seed).toBe(OPTIONS.seed);
  });

  it('keeps the hand-made corpus exactly: absent optional fields, null speakers and fields, no synthetic label', async () => {
    const corpus = smallTestCorpus();
    delete corpus.synthetic;
    corpus.statements[0]!.speaker = null;
    const opened = await openParquetCorpus(bufferOf(corpusToParquet(corpus)), SOURCE);
    expect(opened.corpus).toEqual(corpus);
    expect('synthetic' in opened.corpus).toBe(false);
  });

  it('writes each kind of record in row groups of its own, which the kind column’s statistics name', () => {
    const metadata = parquetMetadata(syntheticParquet());
    const kinds = metadata.row_groups.map((group) => {
      const { min_value: min, max_value: max } = group.columns[0]!.meta_data!.statistics!;
      expect(min).toBe(max);
      return min;
    });
    // 150 statements in groups of 40, and the documents and events in theirs.
    expect(kinds.filter((kind) => kind === 'statement')).toHaveLength(4);
    expect(new Set(kinds)).toEqual(new Set(['document', 'event', 'statement']));
  });

  it('tells the indexer of each event and statement as it is kept', async () => {
    const seen = { events: 0, statements: 0 };
    const opened = await openParquetCorpus(syntheticParquet(), SOURCE, {
      onKept: { event: () => (seen.events += 1), statement: () => (seen.statements += 1) },
    });
    expect(seen).toEqual({ events: opened.corpus.events.length, statements: opened.corpus.statements.length });
  });
});

describe('openParquetCorpus: bad rows are named by row and column, the rest opens', () => {
  const corpus = smallTestCorpus();
  const firstStatementRow = corpus.documents.length + corpus.events.length + 1;

  it('leaves out a statement whose JSON cell does not parse', async () => {
    const rows = rowsOf(corpus);
    rows[firstStatementRow - 1]!.speaker = '{"id": ';
    const opened = await openParquetCorpus(writeRows(rows, metadataOf(corpus)), SOURCE);
    expect(opened.corpus.statements).toHaveLength(corpus.statements.length - 1);
    const entry = describeExcludedRecord(opened.excluded[0]!);
    expect(entry.title).toBe(`statement "${corpus.statements[0]!.id}" (row ${firstStatementRow})`);
    expect(entry.reasons).toEqual([expect.stringMatching(new RegExp(`^row ${firstStatementRow}, column speaker: not JSON`))]);
  });

  it('names the column and the path inside it of a value that breaks the schema', async () => {
    const rows = rowsOf(corpus);
    rows[firstStatementRow]!.paragraphIndex = -2;
    const verb = JSON.parse(rows[firstStatementRow + 1]!.verb as string) as Record<string, unknown>;
    verb.lemma = '';
    rows[firstStatementRow + 1]!.verb = JSON.stringify(verb);
    const opened = await openParquetCorpus(writeRows(rows, metadataOf(corpus)), SOURCE);
    expect(opened.excluded.map((record) => record.problems[0]!.path)).toEqual([
      `row ${firstStatementRow + 1}, column paragraphIndex`,
      `row ${firstStatementRow + 2}, column verb.lemma`,
    ]);
  });

  it('names an event’s dropped value by its column (an event’s title is the eventTitle column)', async () => {
    const rows = rowsOf(corpus);
    const eventRow = corpus.documents.length + 1;
    const countries = JSON.parse(rows[eventRow - 1]!.participatingCountries as string) as Array<{ value: string }>;
    countries[0]!.value = 'XXX';
    rows[eventRow - 1]!.participatingCountries = JSON.stringify(countries);
    const title = JSON.parse(rows[eventRow - 1]!.eventTitle as string) as { value: string };
    title.value = '';
    rows[eventRow - 1]!.eventTitle = JSON.stringify(title);
    const opened = await openParquetCorpus(writeRows(rows, metadataOf(corpus)), SOURCE);
    const [event, ...statements] = opened.excluded;
    expect(event!.problems.map((problem) => problem.path)).toContain(`row ${eventRow}, column eventTitle.value`);
    expect(event).toMatchObject({ collection: 'events', at: `row ${eventRow}`, dependent: false });
    // Its statements go with it, each named by its own row.
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((record) => record.dependent && /^row \d+$/.test(record.at ?? ''))).toBe(true);
  });

  it('names a value dropped from a kept record by row and column', async () => {
    const rows = rowsOf(corpus);
    const eventRow = corpus.documents.length + 1;
    const countries = JSON.parse(rows[eventRow - 1]!.participatingCountries as string) as Array<{ value: string }>;
    countries[1]!.value = 'XXX';
    rows[eventRow - 1]!.participatingCountries = JSON.stringify(countries);
    const opened = await openParquetCorpus(writeRows(rows, metadataOf(corpus)), SOURCE);
    expect(opened.excluded).toEqual([]);
    expect(describeRepairedRecord(opened.repaired[0]!).dropped[0]).toContain(`(row ${eventRow}, column participatingCountries[1])`);
  });

  it('leaves out a row of no known kind as an unreadable row', async () => {
    const rows = rowsOf(corpus);
    rows.splice(1, 0, { kind: 'speech' });
    const opened = await openParquetCorpus(writeRows(rows, metadataOf(corpus)), SOURCE);
    expect(opened.corpus.statements).toHaveLength(corpus.statements.length);
    expect(opened.excluded.map(describeExcludedRecord)).toEqual([
      { title: 'row 2', reasons: ['row 2, column kind: "speech"; expected document, event or statement'], dependent: false },
    ]);
    expect(summarizeExcluded(opened.excluded, SOURCE)).toBe(`1 unreadable row was left out of ${SOURCE}.`);
  });
});

describe('openParquetCorpus: files that cannot be opened', () => {
  it('says bytes that are not Parquet, or a file cut short, cannot be read', async () => {
    const whole = new Uint8Array(syntheticParquet());
    for (const bytes of [new TextEncoder().encode('{"schemaVersion": 1}'), whole.slice(0, whole.length - 100)]) {
      const error = await openError(bufferOf(bytes));
      expect(error.kind).toBe('unreadable');
      expect(error.message).toMatch(/^corpus\.parquet is not a readable Parquet file/);
    }
  });

  it('refuses a Parquet file without Forum Atlas metadata, or of another schema version', async () => {
    const rows = rowsOf(smallTestCorpus());
    expect((await openError(writeRows(rows, []))).message).toMatch(/is a Parquet file but not a Forum Atlas corpus: its metadata has no forum-atlas\.schemaVersion/);
    const other = [{ key: PARQUET_META.schemaVersion, value: '2' }, { key: PARQUET_META.taxonomy, value: '[]' }];
    expect((await openError(writeRows(rows, other))).message).toMatch(/has schemaVersion 2/);
    const broken = [{ key: PARQUET_META.schemaVersion, value: '1' }, { key: PARQUET_META.taxonomy, value: '[{' }];
    expect((await openError(writeRows(rows, broken))).message).toMatch(/the metadata forum-atlas\.taxonomy is not JSON/);
  });

  it('refuses a table without a kind column', async () => {
    const writer = new ByteWriter();
    void parquetWrite({ writer, columnData: [{ name: 'id', data: ['a'], type: 'STRING' }], kvMetadata: metadataOf(smallTestCorpus()) });
    expect((await openError(bufferOf(writer.getBytes()))).message).toMatch(/has no kind column/);
  });
});
