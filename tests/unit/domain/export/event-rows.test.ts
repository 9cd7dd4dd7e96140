import { csvParseRows } from 'd3-dsv';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { createReferenceEventList } from '../../../../src/domain/engine/linked-views-engine.ts';
import { eventRowsToParquet } from '../../../../src/domain/export/event-parquet.ts';
import { buildEventRows, EVENT_CSV_HEADER, eventRowsToCsv, eventRowsToJson } from '../../../../src/domain/export/event-rows.ts';
import type { ExportContext } from '../../../../src/domain/export/metadata.ts';
import { generateSyntheticCorpus } from '../../../../src/domain/synthetic/generate-corpus.ts';
import { SYNTHETIC_NOTICE } from '../../../../src/domain/synthetic/synthetic-label.ts';
import { EMPTY_FILTERS } from '../../../../src/domain/view-state/filters.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

function contextOf(corpus: Corpus): ExportContext {
  return {
    corpus,
    corpusVersion: 'abc123def456',
    corpusSource: 'data/corpus.json',
    filters: EMPTY_FILTERS,
    labels: buildLabels(corpus),
    generatedAt: new Date('2026-12-03T10:00:00Z'),
  };
}

describe('event export rows', () => {
  const corpus = generateSyntheticCorpus({ statements: 400, seed: 5 });
  const order = createReferenceEventList(corpus).listEvents({ filters: EMPTY_FILTERS, sort: { column: 'title', direction: 'desc' } });
  const chosen = new Set([corpus.events[2]!.id]);
  const rows = buildEventRows(corpus, order, chosen);
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));

  it('keeps the table order and marks the chosen events', () => {
    expect(rows.map((row) => row.eventId)).toEqual(Array.from(order, (i) => corpus.events[i]!.id));
    expect(rows.filter((row) => row.chosen).map((row) => row.eventId)).toEqual([corpus.events[2]!.id]);
  });

  it('every span slices the value it claims from the document', () => {
    for (const row of rows) {
      const text = documents.get(row.documentId)!.text;
      const event = corpus.events.find((e) => e.id === row.eventId)!;
      expect(text.slice(...row.titleSpan)).toBe(event.title.value);
      if (row.placeSpan && row.online === false) expect(row.place!.startsWith(text.slice(...row.placeSpan))).toBe(true);
      row.organiserSpans.forEach((span, i) => expect(text.slice(...span)).toBe(row.organisers[i]));
    }
  });

  it('CSV: the header, one record per row, the corpus version and synthetic label on each', () => {
    const [header, ...records] = csvParseRows(eventRowsToCsv(rows, contextOf(corpus)).replace(/^\uFEFF/, ''));
    expect(header).toEqual([...EVENT_CSV_HEADER]);
    expect(records).toHaveLength(rows.length);
    const at = (name: string) => header!.indexOf(name);
    expect(records.every((record) => record[at('corpus_version')] === 'abc123def456' && record[at('synthetic')] === SYNTHETIC_NOTICE)).toBe(true);
    expect(records[0]![at('event_id')]).toBe(rows[0]!.eventId);
    expect(records.find((record) => record[at('chosen')] === 'yes')?.[at('event_id')]).toBe(corpus.events[2]!.id);
  });

  it('CSV guards cells a spreadsheet would run as a formula', () => {
    const real = smallTestCorpus();
    real.events[0]!.title.value = '=HYPERLINK("x")';
    const csv = eventRowsToCsv(buildEventRows(real, [0], new Set()), contextOf(real));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('JSON: metadata with counts and notes, then the rows', () => {
    const json = JSON.parse(eventRowsToJson(rows, contextOf(corpus))) as { metadata: { counts: Record<string, number>; notes: string[] }; events: unknown[] };
    expect(json.metadata.counts).toEqual({ events: rows.length, eventsInCorpus: corpus.events.length, chosen: 1, documents: new Set(rows.map((r) => r.documentId)).size });
    expect(json.events).toHaveLength(rows.length);
    expect(json.metadata.notes.join(' ')).toContain('UTF-16');
  });

  it('Parquet: the CSV’s columns, with spans and counts as integers and flags as booleans', async () => {
    const bytes = eventRowsToParquet(rows, contextOf(corpus));
    const buffer = bytes.slice().buffer;
    const metadata = parquetMetadata(buffer);
    expect(metadata.schema.slice(1).map((element) => element.name)).toEqual([...EVENT_CSV_HEADER]);
    const read = await parquetReadObjects({ file: buffer });
    expect(read).toHaveLength(rows.length);
    expect(read[0]!.event_id).toBe(rows[0]!.eventId);
    expect(read[0]!.title_span_start_utf16).toBe(rows[0]!.titleSpan[0]);
    expect(read.map((row): unknown => row.chosen)).toEqual(rows.map((row) => row.chosen));
    const withoutCount = rows.findIndex((row) => row.participantCount === null);
    expect(read[withoutCount]!.participant_count).toBeNull();
    const exported = JSON.parse(metadata.key_value_metadata!.find((entry) => entry.key === 'forum-atlas.export')!.value!) as { counts: { events: number } };
    expect(exported.counts.events).toBe(rows.length);
  });
});
