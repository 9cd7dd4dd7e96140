import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusSchema, type CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { CorpusBuildError } from '../../../../src/domain/extract/build-corpus.ts';
import { CorrectionsSchema } from '../../../../src/domain/extract/corrections.ts';
import { bundledTables } from '../../../../src/domain/working-corpus/extraction-tables.ts';
import { runExtraction } from '../../../../src/domain/working-corpus/extract-protocol.ts';
import { addCorrection, applyReleaseCorrections, withoutCorrection, type ReleaseRecords } from '../../../../src/domain/working-corpus/release-corrections.ts';
import { ANALYST_CUE, dropStatement, moveCountry, reassignSpeaker, setDate, setFormat, setThemes, speakersOf } from '../../../../src/domain/working-corpus/review-changes.ts';
import { mergeWorkingCorpus, type KeptRelease } from '../../../../src/domain/working-corpus/working-corpus.ts';
import { findDuplicate, newDocumentId, normaliseText, normaliseUrl } from '../../../../src/domain/working-corpus/duplicates.ts';
import { loadTables } from '../../../../scripts/lib/tables.ts';

const TEXT = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8').trim();
const PROVENANCE = { url: 'https://example.org/news/2024/03/round-table', publisher: 'SCO Secretariat', publishedOn: '2024-03-15', language: 'en' };
const bundled = CorpusSchema.parse(JSON.parse(readFileSync('public/data/corpus.json', 'utf8')));
const IND = 'IND' as CountryCode;

function extract(id = 'release-2024-03-15-round-table'): ReleaseRecords {
  const response = runExtraction({ type: 'extract', id: 1, documentId: id, text: TEXT, provenance: PROVENANCE }, bundledTables());
  if (response.type !== 'extracted') throw new Error(response.message);
  return response.records;
}

const kept = (records: ReleaseRecords, corrections: KeptRelease['corrections'] = []): KeptRelease => ({
  id: records.document.id,
  addedAt: '2026-12-03T12:00:00.000Z',
  extracted: records,
  warnings: [],
  corrections,
});

describe('the extraction in the page', () => {
  it('reads the same tables ingest loads', () => {
    expect(bundledTables()).toEqual(loadTables(process.cwd()));
  });
  it('gives the facts of the invented release', () => {
    const { event, statements } = extract();
    expect(event.participatingCountries.map((f) => f.value)).toEqual(['KAZ', 'KGZ', 'PAK', 'IND']);
    expect(event.mentionedCountries?.map((m) => m.code)).toEqual(['AFG']);
    expect(statements.map((s) => s.speaker?.name)).toEqual(['Arman Telibek', 'Mira Sandoval']);
  });
  it('answers a failure of the extractor with what went wrong, never with a half record', () => {
    const broken = { ...bundledTables(), reportingVerbs: null } as unknown as ReturnType<typeof bundledTables>;
    const response = runExtraction({ type: 'extract', id: 2, documentId: 'x', text: TEXT, provenance: PROVENANCE }, broken);
    expect(response).toMatchObject({ type: 'failed', id: 2, message: expect.stringMatching(/^The extractor failed on this text: /) as unknown });
  });
});

describe('review corrections', () => {
  it('moves a country to the mentioned ones, in the corrections.json format, and back', () => {
    const records = extract();
    let corrections = moveCountry(records, IND, 'mentioned').reduce(
      (list, change) => addCorrection(records, list, change, 'India sent a message; it did not attend.'),
      [] as KeptRelease['corrections'],
    );
    expect(CorrectionsSchema.parse(corrections)).toEqual(corrections);
    expect(corrections.map((c) => [c.record, c.id, c.field, c.reason])).toEqual([
      ['event', records.event.id, 'participatingCountries', 'India sent a message; it did not attend.'],
      ['event', records.event.id, 'mentionedCountries', 'India sent a message; it did not attend.'],
    ]);
    const corrected = applyReleaseCorrections(records, corrections);
    expect(corrected.problems).toEqual([]);
    expect(corrected.event.participatingCountries.map((f) => f.value)).toEqual(['KAZ', 'KGZ', 'PAK']);
    expect(corrected.event.mentionedCountries).toContainEqual({ code: 'IND', surface: 'India', span: records.event.participatingCountries[3]!.span });
    expect(corrected.applied.map((a) => a.field)).toEqual(['participatingCountries', 'mentionedCountries']);

    // Moving it back is the extraction again: no corrections left.
    corrections = moveCountry(corrected, IND, 'participating').reduce((list, change) => addCorrection(records, list, change, 'It did attend.'), corrections);
    expect(corrections).toEqual([]);
    expect(applyReleaseCorrections(records, corrections).event.participatingCountries.map((f) => f.value).sort()).toEqual(['IND', 'KAZ', 'KGZ', 'PAK']);
  });

  it('changes a date and a format, keeps what was extracted in `was`, and joins the reasons', () => {
    const records = extract();
    let corrections = addCorrection(records, [], setDate(records.event, 'startDate', '2024-03-13'), 'The release misdates it.');
    corrections = addCorrection(records, corrections, setDate(applyReleaseCorrections(records, corrections).event, 'startDate', '2024-03-12'), 'Checked the agenda.');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]!.was).toEqual(records.event.startDate);
    expect(corrections[0]!.reason).toBe('The release misdates it.; Checked the agenda.');
    corrections = addCorrection(records, corrections, setFormat(records.event, 'in-person'), 'Held at the Secretariat.');
    const corrected = applyReleaseCorrections(records, corrections);
    expect(corrected.event.startDate.value).toBe('2024-03-12');
    expect(corrected.event.format).toEqual({ value: 'in-person', span: [0, 0], inferred: true, reason: 'Given by the analyst in review; the text does not say.' });
  });

  it('drops a statement and sets themes; undo removes a correction', () => {
    const records = extract();
    const [first, second] = records.statements;
    let corrections = addCorrection(records, [], dropStatement(second!), 'Not a statement about the meeting.');
    corrections = addCorrection(records, corrections, setThemes({ kind: 'statement', statement: first! }, ['drug-trafficking'], bundledTables().taxonomy), 'About drugs, not youth.');
    let corrected = applyReleaseCorrections(records, corrections);
    expect(corrected.statements.map((s) => s.id)).toEqual([first!.id]);
    expect(corrected.statements[0]!.themes).toEqual([{ themeId: 'drug-trafficking', cue: ANALYST_CUE, span: first!.span }]);
    expect(corrected.applied.map((a) => [a.recordId, a.field, a.previous])).toEqual([
      [second!.id, 'removed', false],
      [first!.id, 'themes', first!.themes],
    ]);
    corrected = applyReleaseCorrections(records, withoutCorrection(corrections, 0));
    expect(corrected.statements).toHaveLength(2);
    expect(() => addCorrection(records, [], dropStatement(first!), '  ')).toThrow(/reason/);
  });
});

describe('reassigning a speaker', () => {
  it('gives the statement to the other speaker, keeping how the sentence names them', () => {
    const records = extract();
    const [first, second] = records.statements;
    const speakers = speakersOf(records.statements);
    expect(speakers.map((s) => s.name)).toEqual(['Arman Telibek', 'Mira Sandoval']);
    const corrections = addCorrection(records, [], reassignSpeaker(first!, speakers[1]!), 'The Director said it, not the Deputy Secretary-General.');
    const corrected = applyReleaseCorrections(records, corrections);
    expect(corrected.problems).toEqual([]);
    const speaker = corrected.statements[0]!.speaker!;
    expect([speaker.id, speaker.name, speaker.mention, speaker.mentionSpan]).toEqual([second!.speaker!.id, 'Mira Sandoval', first!.speaker!.mention, first!.speaker!.mentionSpan]);
    expect(corrections[0]!.was).toEqual(first!.speaker);
    expect(mergeWorkingCorpus(bundled, [kept(records, corrections)]).statements).toHaveLength(bundled.statements.length + 2);
  });
});

describe('mergeWorkingCorpus', () => {
  it('adds a release to the bundled corpus as ingest orders records, with its corrections', () => {
    const records = extract();
    const corrections = moveCountry(records, IND, 'mentioned').map((change) => ({ change }));
    const list = corrections.reduce((l, { change }) => addCorrection(records, l, change, 'Only mentioned.'), [] as KeptRelease['corrections']);
    const corpus = mergeWorkingCorpus(bundled, [kept(records, list)]);
    expect(corpus.documents.map((d) => d.id)).toEqual([records.document.id, bundled.documents[0]!.id]);
    expect(corpus.statements).toHaveLength(bundled.statements.length + 2);
    expect(corpus.statements[0]!.documentId).toBe(records.document.id);
    expect(corpus.events.find((e) => e.documentId === records.document.id)!.participatingCountries).toHaveLength(3);
    expect(corpus.corrections?.slice(-2).map((c) => c.recordId)).toEqual([records.event.id, records.event.id]);
    expect(mergeWorkingCorpus(bundled, [])).toEqual(bundled);
  });
  it('refuses a release whose id is taken', () => {
    const records = extract();
    expect(() => mergeWorkingCorpus(bundled, [kept(records), kept(records)])).toThrow(CorpusBuildError);
  });
});

describe('duplicates and ids', () => {
  it.each([
    ['https://WWW.Example.org/news/a/', 'example.org/news/a'],
    ['https://example.org/news/a#top', 'example.org/news/a'],
    ['http://example.org/news/a?id=2', 'example.org/news/a?id=2'],
  ])('normaliseUrl(%s)', (url, normal) => expect(normaliseUrl(url)).toBe(normal));

  it('normaliseText ignores spacing, case, accents and curly quotes', () => {
    expect(normaliseText('  The “Forum”\n\nof Café  ')).toBe(normaliseText('the "forum" of cafe'));
  });

  it('finds the same URL or the same text, and nothing else', () => {
    const doc = bundled.documents[0]!;
    expect(findDuplicate(bundled.documents, { url: doc.sourceUrl.replace('http://', 'https://') + '/', text: 'other' })?.by).toBe('url');
    expect(findDuplicate(bundled.documents, { url: 'https://example.org/x', text: doc.text.toUpperCase() })).toMatchObject({ by: 'text', documentId: doc.id });
    expect(findDuplicate(bundled.documents, { url: 'https://example.org/x', text: TEXT })).toBeNull();
  });

  it('makes a slug id from the date and the title or address, unique', () => {
    expect(newDocumentId({ publishedOn: '2024-03-15', url: 'https://example.org/news/round-table.html' }, new Set())).toBe('release-2024-03-15-round-table');
    expect(newDocumentId({ publishedOn: '2024-03-15', url: 'https://example.org/', title: 'Réunion: Youth & Security!' }, new Set(['release-2024-03-15-reunion-youth-security']))).toBe(
      'release-2024-03-15-reunion-youth-security-2',
    );
  });
});
