import { csvParseRows } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { buildLabels } from '../../../../src/domain/corpus/labels.ts';
import { assemblePacketFiles, describePacketCaveats, zipPacket, type PacketFigure, type PacketMetadata } from '../../../../src/domain/export/packet.ts';
import { buildStatementRows } from '../../../../src/domain/export/statement-rows.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const GENERATED_AT = new Date('2026-11-28T10:00:00Z');
const FOLDER = 'forum-atlas_packet_all_2026-11-28';

const figure = (id: string, png: Uint8Array | null): PacketFigure => ({
  id,
  title: `The ${id}`,
  svg: `<svg xmlns="http://www.w3.org/2000/svg"><text>${id}</text></svg>`,
  png,
  csv: '\uFEFFa\r\n1\r\n',
});

function packet(corpus: Corpus, filters: Filters = EMPTY_FILTERS, order = corpus.statements.map((_, i) => i)) {
  const labels = buildLabels(corpus);
  const rows = buildStatementRows(corpus, order, labels);
  const context = { corpus, corpusVersion: 'abc123def456', corpusSource: 'data/corpus.json', filters, labels, generatedAt: GENERATED_AT, viewQuery: '' };
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  const files = assemblePacketFiles({ context, rows, figures: [figure('timeline', png), figure('map', png)], folder: FOLDER, viewLink: 'http://127.0.0.1:4173/?country=JPN' });
  const unzipped = unzipSync(zipPacket(files, GENERATED_AT));
  return { files, unzipped, rows };
}

describe('the analyst packet', () => {
  it('zips the expected files in one folder', () => {
    const { unzipped } = packet(smallTestCorpus());
    expect(Object.keys(unzipped).sort()).toEqual(
      [
        'statements.csv',
        'figures/timeline.svg',
        'figures/timeline.png',
        'data/timeline.csv',
        'figures/map.svg',
        'figures/map.png',
        'data/map.csv',
        'metadata.json',
        'README.txt',
      ]
        .map((name) => `${FOLDER}/${name}`)
        .sort(),
    );
  });

  it('keeps images byte for byte and leaves out a PNG that could not be made', () => {
    const corpus = smallTestCorpus();
    const { unzipped } = packet(corpus);
    expect(Array.from(unzipped[`${FOLDER}/figures/map.png`]!)).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const labels = buildLabels(corpus);
    const files = assemblePacketFiles({
      context: { corpus, corpusVersion: 'v', corpusSource: 's', filters: EMPTY_FILTERS, labels, generatedAt: GENERATED_AT },
      rows: [],
      figures: [figure('map', null)],
      folder: 'p',
    });
    expect(files.map((f) => f.path)).toEqual(['p/statements.csv', 'p/figures/map.svg', 'p/data/map.csv', 'p/metadata.json', 'p/README.txt']);
  });

  it('has the statements CSV of exactly the rows given, in order', () => {
    const corpus = smallTestCorpus();
    const { unzipped } = packet(corpus, EMPTY_FILTERS, [3, 0]);
    const bytes = unzipped[`${FOLDER}/statements.csv`]!;
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvParseRows(strFromU8(bytes).replace(/^\uFEFF/, ''));
    expect(records.slice(1).map((r) => r[0])).toEqual([corpus.statements[3]!.id, corpus.statements[0]!.id]);
  });

  it('describes itself in metadata.json: filters, corpus and schema version, time, counts, synthetic flag, files', () => {
    const { unzipped } = packet(smallTestCorpus(), { ...EMPTY_FILTERS, themes: ['drug-trafficking'] }, [0, 3]);
    const metadata = JSON.parse(strFromU8(unzipped[`${FOLDER}/metadata.json`]!)) as PacketMetadata;
    expect(metadata).toMatchObject({
      generatedAt: '2026-11-28T10:00:00.000Z',
      notice: 'SYNTHETIC DATA — not real events',
      corpus: { version: 'abc123def456', schemaVersion: 1, synthetic: true },
      filters: { description: 'All countries · Drug trafficking', values: { themes: ['drug-trafficking'] } },
      counts: { statements: 2, statementsInCorpus: 5, events: 2, documents: 2, figures: 2 },
      viewLink: 'http://127.0.0.1:4173/?country=JPN',
    });
    expect(metadata.files.map((f) => `${FOLDER}/${f.path}`)).toEqual(Object.keys(unzipped));
  });

  it('explains in README.txt how to cite, with a real citation, and the caveats', () => {
    const { unzipped } = packet(smallTestCorpus());
    const readme = strFromU8(unzipped[`${FOLDER}/README.txt`]!);
    expect(readme).toContain('*** SYNTHETIC DATA — not real events ***');
    expect(readme).toContain('Selection: All countries · All themes');
    expect(readme).toContain('Corpus version: abc123def456');
    expect(readme).toMatch(/How to cite[\s\S]*As reported by the Test Secretariat, Ana Ruiz \(Director\) stressed\s+that/);
    expect(readme).toMatch(/Contents[\s\S]*\r\nstatements\.csv\r\n    The statements matching/);
    expect(readme).toMatch(/Caveats[\s\S]*5 statements are reported speech/);
    expect(readme.split('\r\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('has no synthetic notice when the corpus is real', () => {
    const corpus = smallTestCorpus();
    delete corpus.synthetic;
    const { unzipped } = packet(corpus);
    expect(strFromU8(unzipped[`${FOLDER}/README.txt`]!)).not.toContain('SYNTHETIC');
    expect((JSON.parse(strFromU8(unzipped[`${FOLDER}/metadata.json`]!)) as PacketMetadata).notice).toBeNull();
  });
});

describe('describePacketCaveats', () => {
  it('counts inferred facts of the events behind the rows, with their reasons', () => {
    const corpus = smallTestCorpus();
    delete corpus.synthetic;
    corpus.events[0]!.startDate = { ...corpus.events[0]!.startDate, inferred: true, reason: 'year taken from the publication date' };
    corpus.events[1]!.startDate = { ...corpus.events[1]!.startDate, inferred: true, reason: 'year taken from the publication date.' };
    corpus.events[1]!.participatingCountries[0]!.inferred = true;
    const labels = buildLabels(corpus);
    const all = describePacketCaveats(corpus, buildStatementRows(corpus, [0, 3], labels));
    expect(all).toContain('2 event start dates were inferred rather than stated in the source (year taken from the publication date).');
    expect(all).toContain('1 participating country was inferred rather than stated in the source.');
    const alphaOnly = describePacketCaveats(corpus, buildStatementRows(corpus, [0], labels));
    expect(alphaOnly).toContain('1 event start date was inferred rather than stated in the source (year taken from the publication date).');
    expect(alphaOnly.join(' ')).not.toMatch(/participating country/);
  });

  it('counts analyst corrections to the records behind the rows', () => {
    const corpus = smallTestCorpus();
    corpus.corrections = [
      { recordType: 'statement', recordId: corpus.statements[0]!.id, field: 'speaker.name', previous: 'A. Ruiz', reason: 'r' },
      { recordType: 'event', recordId: 'alpha', field: 'title', previous: 'Alpha', reason: 'r' },
      { recordType: 'event', recordId: 'gamma', field: 'title', previous: 'G', reason: 'r' },
    ];
    const caveats = describePacketCaveats(corpus, buildStatementRows(corpus, [0], buildLabels(corpus)));
    expect(caveats).toContain('2 fields of these records were corrected by an analyst after automatic extraction (speaker.name, title); corpus.json lists each correction with its reason.');
  });

  it('names unnamed speakers, unthemed statements and the coverage of the sources', () => {
    const corpus = smallTestCorpus();
    const caveats = describePacketCaveats(corpus, buildStatementRows(corpus, [4], buildLabels(corpus))).join('\n');
    expect(caveats).toContain('1 statement has no named speaker.');
    expect(caveats).toContain('1 statement matched no theme of the taxonomy.');
    expect(caveats).toContain('1 statement is reported speech: the publisher’s account (Other Office)');
    expect(caveats).toMatch(/3 source documents from Other Office, Test Secretariat, published 2 March 2020 to 10 January 2021/);
    expect(caveats).not.toMatch(/inferred/);
  });
});
