import { csvParseRows } from 'd3-dsv';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { CountryCode, Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { indexCorpus } from '../../../../src/domain/engine/reference/corpus-index.ts';
import { computeLinkedViews } from '../../../../src/domain/engine/reference/linked-views.ts';
import type { ExportContext } from '../../../../src/domain/export/metadata.ts';
import { STATEMENT_PARQUET_METADATA_KEY, statementRowsToParquet } from '../../../../src/domain/export/statement-parquet.ts';
import { buildStatementRows, STATEMENT_CSV_HEADER, statementRowsToCsv } from '../../../../src/domain/export/statement-rows.ts';
import { SYNTHETIC_NOTICE } from '../../../../src/domain/synthetic/synthetic-label.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

function exportFor(corpus: Corpus, filters: Filters) {
  const context: ExportContext = {
    corpus,
    corpusVersion: 'abc123def456',
    corpusSource: 'data/corpus.json',
    filters,
    labels: buildLabels(corpus),
    generatedAt: new Date('2026-11-28T10:00:00Z'),
  };
  const views = computeLinkedViews(indexCorpus(corpus), { filters, sort: 'date-desc' });
  return { context, rows: buildStatementRows(corpus, views.matchingStatements, context.labels) };
}

async function readParquet(bytes: Uint8Array) {
  const buffer = bytes.slice().buffer;
  return { rows: await parquetReadObjects({ file: buffer }), metadata: parquetMetadata(buffer) };
}

describe('statementRowsToParquet', () => {
  it('holds the CSV’s columns and rows, in order, with numbers and booleans typed', async () => {
    const corpus = smallTestCorpus();
    corpus.statements[0]!.text = '=HYPERLINK("x") said, “quoted”, and more';
    const { rows, context } = exportFor(corpus, { ...EMPTY_FILTERS, countries: ['JPN' as CountryCode] });
    const { rows: read, metadata } = await readParquet(statementRowsToParquet(rows, context));
    expect(metadata.schema.slice(1).map((element) => element.name)).toEqual([...STATEMENT_CSV_HEADER]);
    const [header, ...csv] = csvParseRows(statementRowsToCsv(rows, context).replace(/^\uFEFF/, ''));
    expect(read).toHaveLength(csv.length);
    expect(read.map((row) => row.statement_id as string)).toEqual(rows.map((row) => row.statementId));
    read.forEach((row, i) => {
      header!.forEach((name, j) => {
        const cell = row[name] as unknown;
        const expected = csv[i]![j]!;
        if (name === 'date_inferred') expect(cell).toBe(expected === 'yes');
        else if (typeof cell === 'number') expect(String(cell)).toBe(expected);
        // The CSV guards formula-like cells with an apostrophe; Parquet keeps the text as it is.
        else expect(cell ?? '').toBe(expected.startsWith("'") ? expected.slice(1) : expected);
      });
    });
    expect(read[0]).toMatchObject({ corpus_version: 'abc123def456', synthetic: SYNTHETIC_NOTICE });
    expect(typeof read[0]!.paragraph_number_from_1).toBe('number');
  });

  it('carries the export metadata: filters, corpus version, synthetic label and counts', async () => {
    const corpus = smallTestCorpus();
    delete corpus.synthetic;
    const { rows, context } = exportFor(corpus, { ...EMPTY_FILTERS, countries: ['JPN' as CountryCode] });
    const { rows: read, metadata } = await readParquet(statementRowsToParquet(rows, context));
    const value = metadata.key_value_metadata?.find((entry) => entry.key === STATEMENT_PARQUET_METADATA_KEY)?.value;
    const exported = JSON.parse(value!) as { counts: { statements: number }; corpus: { version: string; synthetic: boolean }; filters: { description: string } };
    expect(exported.counts.statements).toBe(rows.length);
    expect(exported.corpus).toMatchObject({ version: 'abc123def456', synthetic: false });
    expect(exported.filters.description).toMatch(/^Japan/);
    expect(new Set(read.map((row) => row.synthetic as string))).toEqual(new Set(['no']));
  });
});
