import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../../src/domain/engine/reference/corpus-index.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { computeLinkedViews } from '../../../../src/domain/engine/reference/linked-views.ts';
import type { ExportContext } from '../../../../src/domain/export/metadata.ts';
import { SYNTHETIC_NOTICE } from '../../../../src/domain/synthetic/synthetic-label.ts';
import {
  buildStatementRows,
  STATEMENT_CSV_HEADER,
  statementRowsToCsv,
  statementRowsToJson,
  type StatementsJson,
} from '../../../../src/domain/export/statement-rows.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';
import type { CountryCode, Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';

const GENERATED_AT = new Date('2026-11-28T10:00:00Z');

function contextFor(corpus: Corpus, filters: Filters): ExportContext {
  return { corpus, corpusVersion: 'abc123def456', corpusSource: 'data/corpus.json', filters, labels: buildLabels(corpus), generatedAt: GENERATED_AT };
}

function exportFor(corpus: Corpus, filters: Filters, sort: 'date-asc' | 'date-desc' = 'date-asc') {
  const views = computeLinkedViews(indexCorpus(corpus), { filters, sort });
  const context = contextFor(corpus, filters);
  const rows = buildStatementRows(corpus, views.matchingStatements, context.labels);
  return { views, context, rows };
}

function readCsv(csv: string): Record<string, string>[] {
  const [header, ...records] = csvParseRows(csv.replace(/^\uFEFF/, ''));
  return records.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i]!])));
}

describe('buildStatementRows', () => {
  it.each([
    { name: 'no filters, oldest first', filters: EMPTY_FILTERS, sort: 'date-asc' as const, texts: ['terrorism and drug crime threaten everyone', 'dialogue with Afghan partners matters', 'cyber threats grow', 'drug routes through Japan must close', 'nothing was settled'] },
    { name: 'no filters, newest first', filters: EMPTY_FILTERS, sort: 'date-desc' as const, texts: ['nothing was settled', 'drug routes through Japan must close', 'terrorism and drug crime threaten everyone', 'dialogue with Afghan partners matters', 'cyber threats grow'] },
    { name: 'Japan', filters: { ...EMPTY_FILTERS, countries: ['JPN' as CountryCode] }, sort: 'date-asc' as const, texts: ['terrorism and drug crime threaten everyone', 'dialogue with Afghan partners matters', 'cyber threats grow', 'drug routes through Japan must close'] },
    { name: 'a filter nothing matches', filters: { ...EMPTY_FILTERS, search: 'zzz' }, sort: 'date-asc' as const, texts: [] },
  ])('gives exactly the list’s rows in list order: $name', ({ filters, sort, texts }) => {
    const { rows, views } = exportFor(smallTestCorpus(), filters, sort);
    expect(rows.map((row) => row.text)).toEqual(texts);
    expect(rows).toHaveLength(views.matchingStatements.length);
  });

  it('carries the provenance of each statement', () => {
    const { rows } = exportFor(smallTestCorpus(), { ...EMPTY_FILTERS, events: ['beta'] });
    expect(rows).toEqual([
      {
        statementId: rows[0]!.statementId,
        date: '2020-09-03',
        dateInferred: false,
        eventId: 'beta',
        eventTitle: 'Beta Meeting',
        speakerId: 'bo-lind',
        speakerName: 'Bo Lind',
        speakerRole: 'Envoy',
        speakerOrganisation: null,
        speakerCountry: null,
        verb: 'said',
        verbLemma: 'say',
        speechType: 'reported',
        reportedBy: 'Test Secretariat',
        text: 'drug routes through Japan must close',
        themes: [{ id: 'drug-trafficking', label: 'Drug trafficking' }],
        mentionedCountries: ['JPN'],
        participatingCountries: ['RUS', 'JPN'],
        documentId: 'doc-b',
        documentUrl: 'https://example.org/doc-b',
        publisher: 'Test Secretariat',
        publishedOn: '2020-09-05',
        spanStart: 79,
        spanEnd: 115,
        paragraphNumber: 1,
        correctedFields: [],
      },
    ]);
    const corpus = smallTestCorpus();
    const document = corpus.documents.find((d) => d.id === 'doc-b')!;
    expect(document.text.slice(rows[0]!.spanStart, rows[0]!.spanEnd)).toBe(rows[0]!.text);
  });

  it('counts paragraphs from 1 and marks quoted speech as nobody’s report', () => {
    const corpus = smallTestCorpus();
    corpus.statements[2]!.paragraphIndex = 4;
    corpus.statements[2]!.speechType = 'quoted';
    const [row] = buildStatementRows(corpus, [2], buildLabels(corpus));
    expect(row!.paragraphNumber).toBe(5);
    expect(row!.reportedBy).toBeNull();
  });

  it('names the speaker’s country and the fields an analyst corrected', () => {
    const corpus = smallTestCorpus();
    corpus.statements[0]!.speaker!.country = 'JPN' as CountryCode;
    corpus.corrections = [
      { recordType: 'statement', recordId: corpus.statements[0]!.id, field: 'speaker.name', previous: 'A. Ruiz', reason: 'Full name in paragraph 1.' },
      { recordType: 'statement', recordId: corpus.statements[0]!.id, field: 'themes', previous: [], reason: 'Missed cue.' },
      { recordType: 'event', recordId: 'alpha', field: 'title', previous: 'Alpha', reason: 'Full title.' },
    ];
    const [first, second] = buildStatementRows(corpus, [0, 1], buildLabels(corpus));
    expect(first).toMatchObject({ speakerCountry: 'JPN', correctedFields: ['speaker.name', 'themes'] });
    expect(second).toMatchObject({ speakerCountry: null, correctedFields: [] });
    const records = readCsv(statementRowsToCsv([first!, second!], contextFor(corpus, EMPTY_FILTERS)));
    expect(records.map((r) => [r.speaker_country, r.corrected_fields])).toEqual([
      ['JPN', 'speaker.name; themes'],
      ['', ''],
    ]);
  });

  it('lists a theme once even when several cues fired', () => {
    const corpus = smallTestCorpus();
    const s = corpus.statements[0]!;
    s.themes.push({ ...s.themes[0]! });
    const [row] = buildStatementRows(corpus, [0], buildLabels(corpus));
    expect(row!.themes.map((t) => t.id)).toEqual(['terrorism-extremism', 'drug-trafficking']);
  });

  it('does not change the corpus', () => {
    const corpus = smallTestCorpus();
    const before = JSON.stringify(corpus);
    buildStatementRows(corpus, [0, 1, 2, 3, 4], buildLabels(corpus));
    expect(JSON.stringify(corpus)).toBe(before);
  });

  it('refuses an index outside the corpus', () => {
    const corpus = smallTestCorpus();
    expect(() => buildStatementRows(corpus, [99], buildLabels(corpus))).toThrow(/99/);
  });
});

describe('statementRowsToCsv', () => {
  it('writes one record per row, multi-valued cells joined with "; ", provenance in every row', () => {
    const { rows, context } = exportFor(smallTestCorpus(), { ...EMPTY_FILTERS, countries: ['JPN' as CountryCode] });
    const records = readCsv(statementRowsToCsv(rows, context));
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({
      statement_text: 'terrorism and drug crime threaten everyone',
      themes: 'Terrorism and extremism; Drug trafficking',
      theme_ids: 'terrorism-extremism; drug-trafficking',
      participating_countries: 'JPN; CHN',
      reporting_verb: 'stressed',
      reporting_verb_lemma: 'stress',
      reported_by: 'Test Secretariat',
      paragraph_number_from_1: '1',
      corpus_version: 'abc123def456',
      synthetic: SYNTHETIC_NOTICE,
    });
    expect(records[1]!.mentioned_countries).toBe('AFG');
  });

  it('says "no" in the synthetic column for a real corpus', () => {
    const corpus = smallTestCorpus();
    delete corpus.synthetic;
    const { rows, context } = exportFor(corpus, EMPTY_FILTERS);
    expect(new Set(readCsv(statementRowsToCsv(rows, context)).map((r) => r.synthetic))).toEqual(new Set(['no']));
  });

  it('writes the header alone for an empty selection', () => {
    const { rows, context } = exportFor(smallTestCorpus(), { ...EMPTY_FILTERS, search: 'zzz' });
    const csv = statementRowsToCsv(rows, context);
    expect(csvParseRows(csv.replace(/^\uFEFF/, ''))).toEqual([[...STATEMENT_CSV_HEADER]]);
  });

  it('neutralises statement text that a spreadsheet would run', () => {
    const corpus = smallTestCorpus();
    corpus.statements[0]!.text = '=cmd|"/c calc"!A1';
    const csv = statementRowsToCsv(buildStatementRows(corpus, [0], buildLabels(corpus)), contextFor(corpus, EMPTY_FILTERS));
    expect(readCsv(csv)[0]!.statement_text).toBe(`'=cmd|"/c calc"!A1`);
  });
});

describe('statementRowsToJson', () => {
  it('writes the same rows under a metadata header', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['JPN' as CountryCode], themes: ['drug-trafficking'] };
    const { rows, context } = exportFor(smallTestCorpus(), filters);
    const json = JSON.parse(statementRowsToJson(rows, { ...context, viewQuery: 'country=JPN&theme=drug-trafficking' })) as StatementsJson;
    expect(json.statements).toEqual(rows);
    expect(json.metadata).toMatchObject({
      generator: 'Forum Atlas',
      generatedAt: '2026-11-28T10:00:00.000Z',
      notice: SYNTHETIC_NOTICE,
      corpus: { version: 'abc123def456', schemaVersion: 1, synthetic: true, source: 'data/corpus.json' },
      filters: { description: 'Japan · Drug trafficking', values: filters, viewQuery: 'country=JPN&theme=drug-trafficking' },
      counts: { statements: 2, statementsInCorpus: 5, events: 2, documents: 2 },
    });
    expect(json.metadata.notes.join(' ')).toMatch(/counts paragraphs of the document from 1/);
  });

  it('has no notice for a real corpus, and an empty list for an empty selection', () => {
    const corpus = smallTestCorpus();
    delete corpus.synthetic;
    const { rows, context } = exportFor(corpus, { ...EMPTY_FILTERS, search: 'zzz' });
    const json = JSON.parse(statementRowsToJson(rows, context)) as StatementsJson;
    expect(json.metadata.notice).toBeNull();
    expect(json.metadata.corpus.synthetic).toBe(false);
    expect(json.statements).toEqual([]);
    expect(json.metadata.counts.statements).toBe(0);
  });
});
