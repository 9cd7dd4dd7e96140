import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Corpus, ForumEvent } from '../corpus/corpus-schema.ts';
import { describeCoverage } from '../corpus/coverage.ts';
import { formatCalendarDate } from '../format/format-date.ts';
import { formatCitation } from './citation.ts';
import { calendarDateOf, describeExportMetadata, type ExportContext, type ExportMetadata } from './metadata.ts';
import { SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';
import { statementRowsToCsv, type StatementRow } from './statement-rows.ts';
import { plural } from '../format/format-count.ts';

/**
 * The analyst packet: everything needed to reuse a view elsewhere and to
 * trace it back — figures as SVG and PNG, their numbers, the filtered
 * statements, machine-readable metadata and a README on how to cite the
 * material and what to be careful about.
 */
export type PacketFigure = {
  /** Short file stem: "timeline", "map". */
  id: string;
  title: string;
  svg: string;
  /** Absent when rasterising was not possible (e.g. in Node). */
  png: Uint8Array | null;
  /** The numbers the figure draws, as CSV. */
  csv: string;
};

export type PacketFile = { path: string; data: string | Uint8Array; description: string };

export type PacketInput = {
  context: ExportContext;
  rows: StatementRow[];
  figures: readonly PacketFigure[];
  /** The folder every file sits in inside the zip (the zip's name without .zip). */
  folder: string;
  /** The full link to this view, when known. */
  viewLink?: string;
};

type FactCount = { what: string; count: number; reasons: Set<string> };

function tallyInferred(events: readonly ForumEvent[]): FactCount[] {
  const counts = new Map<string, FactCount>();
  const note = (what: string, fact: { inferred: boolean; reason?: string | undefined } | undefined) => {
    if (!fact?.inferred) return;
    let entry = counts.get(what);
    if (!entry) {
      entry = { what, count: 0, reasons: new Set() };
      counts.set(what, entry);
    }
    entry.count += 1;
    if (fact.reason) entry.reasons.add(fact.reason.trim().replace(/[.\s]+$/, ''));
  };
  for (const event of events) {
    note('event start date', event.startDate);
    note('event end date', event.endDate);
    note('event title', event.title);
    note('event location', event.location);
    note('event format', event.format);
    note('participant count', event.participantCount);
    for (const country of event.participatingCountries) note('participating country', country);
    for (const organisation of event.participatingOrganisations) note('participating organisation', organisation);
    for (const organiser of event.organisers) note('organiser', organiser);
  }
  return [...counts.values()];
}


/**
 * What a reader should know before relying on this selection, derived from
 * the data itself: inferred facts, reported speech, unnamed speakers,
 * unthemed statements, the coverage of the sources, synthetic data.
 */
export function describePacketCaveats(corpus: Corpus, rows: readonly StatementRow[]): string[] {
  const caveats: string[] = [];
  if (corpus.synthetic) caveats.push(`${SYNTHETIC_NOTICE}. ${corpus.synthetic.note}`);
  const eventIds = new Set(rows.map((row) => row.eventId));
  const events = corpus.events.filter((event) => eventIds.has(event.id));
  for (const fact of tallyInferred(events)) {
    const reasons = [...fact.reasons].slice(0, 3).join('; ');
    caveats.push(
      `${plural(fact.count, fact.what)} ${fact.count === 1 ? 'was' : 'were'} inferred rather than stated in the source${reasons ? ` (${reasons})` : ''}.`,
    );
  }
  const recordIds = new Set([...rows.map((row) => row.statementId), ...eventIds, ...rows.map((row) => row.documentId)]);
  const corrections = (corpus.corrections ?? []).filter((correction) => recordIds.has(correction.recordId));
  if (corrections.length > 0) {
    const fields = [...new Set(corrections.map((correction) => correction.field))].slice(0, 5).join(', ');
    caveats.push(
      `${plural(corrections.length, 'field')} of these records ${corrections.length === 1 ? 'was' : 'were'} corrected by an analyst after automatic extraction (${fields}); corpus.json lists each correction with its reason.`,
    );
  }
  const reported = rows.filter((row) => row.speechType === 'reported').length;
  if (reported > 0) {
    const publishers = [...new Set(rows.filter((row) => row.reportedBy).map((row) => row.reportedBy!))].join(', ');
    caveats.push(
      `${plural(reported, 'statement')} ${reported === 1 ? 'is' : 'are'} reported speech: the publisher’s account (${publishers}) of what was said, not a quotation.`,
    );
  }
  const unnamed = rows.filter((row) => row.speakerName === null).length;
  if (unnamed > 0) caveats.push(`${plural(unnamed, 'statement')} ${unnamed === 1 ? 'has' : 'have'} no named speaker.`);
  const unthemed = rows.filter((row) => row.themes.length === 0).length;
  if (unthemed > 0) caveats.push(`${plural(unthemed, 'statement')} matched no theme of the taxonomy.`);
  const coverage = describeCoverage(corpus);
  if (coverage.published) {
    caveats.push(
      `The corpus holds ${plural(coverage.documents, 'source document')} from ${coverage.publishers.join(', ')}, published ${formatCalendarDate(coverage.published.first)}${
        coverage.published.last !== coverage.published.first ? ` to ${formatCalendarDate(coverage.published.last)}` : ''
      }. Periods, forums and countries outside these sources are not covered, which is not the same as nothing having happened.`,
    );
  }
  caveats.push('Themes are assigned by matching taxonomy cue words in the text; they are an index, not a reading of intent.');
  return caveats;
}

export type PacketMetadata = ExportMetadata & {
  files: { path: string; description: string }[];
  caveats: string[];
  viewLink: string | null;
};

function wrapParagraph(text: string, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\r\n');
}

export function buildPacketReadme(
  metadata: PacketMetadata,
  input: Pick<PacketInput, 'context' | 'rows'>,
): string {
  const { context, rows } = input;
  const generatedOn = calendarDateOf(context.generatedAt);
  const out: string[] = [];
  const section = (title: string) => out.push('', title, '-'.repeat(title.length));
  out.push('Forum Atlas — analyst packet');
  out.push('============================');
  if (metadata.notice) out.push('', `*** ${metadata.notice} ***`);
  out.push('');
  out.push(`Selection: ${metadata.filters.description}`);
  out.push(`Statements: ${rows.length} of ${context.corpus.statements.length} in the corpus`);
  out.push(`Corpus version: ${metadata.corpus.version} (schema version ${metadata.corpus.schemaVersion}, file ${metadata.corpus.source})`);
  out.push(`Generated: ${formatCalendarDate(generatedOn)} (${metadata.generatedAt})`);
  if (metadata.viewLink) out.push(`Open this view: ${metadata.viewLink}`);

  section('Contents');
  for (const file of metadata.files) out.push(file.path, wrapParagraph(file.description, 74).replace(/^|\r\n/g, (m) => `${m}    `));

  section('How to cite');
  out.push(
    wrapParagraph(
      'Cite each statement from its original source, with the speaker, the event and the publisher, and say for reported speech that it is the publisher’s account. The CSV and JSON carry, for each statement, the document URL and the exact character span in the source text. "Copy citation" in Forum Atlas gives text like this:',
    ),
  );
  const first = rows[0];
  if (first) {
    out.push('', wrapParagraph(formatCitation({ corpus: context.corpus, statementId: first.statementId, corpusVersion: context.corpusVersion, accessedOn: generatedOn })));
  }
  out.push('', wrapParagraph(`Cite the figures as: Forum Atlas, corpus version ${metadata.corpus.version}, ${metadata.filters.description}, generated ${formatCalendarDate(generatedOn)}.`));

  section('Caveats');
  for (const caveat of metadata.caveats) out.push(wrapParagraph(`- ${caveat}`, 76).replace(/\r\n/g, '\r\n  '));
  out.push('');
  return out.join('\r\n');
}

/** Every file of the packet, in the order they are listed and zipped. */
export function assemblePacketFiles(input: PacketInput): PacketFile[] {
  const { context, rows, folder } = input;
  const files: PacketFile[] = [];
  const add = (name: string, data: string | Uint8Array, description: string) =>
    files.push({ path: `${folder}/${name}`, data, description });
  add('statements.csv', statementRowsToCsv(rows, context), 'The statements matching the selection, in list order, with speaker, verb, source URL and text span (UTF-8 CSV).');
  for (const figure of input.figures) {
    add(`figures/${figure.id}.svg`, figure.svg, `${figure.title}: vector figure (SVG), ready for print or editing.`);
    if (figure.png) add(`figures/${figure.id}.png`, figure.png, `${figure.title}: image (PNG, 2× resolution).`);
    add(`data/${figure.id}.csv`, figure.csv, `${figure.title}: the numbers the figure draws (UTF-8 CSV).`);
  }
  const counts = {
    statements: rows.length,
    statementsInCorpus: context.corpus.statements.length,
    events: new Set(rows.map((row) => row.eventId)).size,
    documents: new Set(rows.map((row) => row.documentId)).size,
    figures: input.figures.length,
  };
  // Listed relative to the packet folder, where metadata.json and the README sit.
  const listed = [
    ...files.map(({ path, description }) => ({ path: path.slice(folder.length + 1), description })),
    { path: 'metadata.json', description: 'Machine-readable description of this packet: selection, corpus version, counts, caveats.' },
    { path: 'README.txt', description: 'This file: what is in the packet, how to cite it, what to be careful about.' },
  ];
  const metadata: PacketMetadata = {
    ...describeExportMetadata(context, counts),
    files: listed,
    caveats: describePacketCaveats(context.corpus, rows),
    viewLink: input.viewLink ?? null,
  };
  add('metadata.json', `${JSON.stringify(metadata, null, 2)}\n`, listed[listed.length - 2]!.description);
  add('README.txt', buildPacketReadme(metadata, input), listed[listed.length - 1]!.description);
  return files;
}

/** The files as a zip archive; already-compressed images are stored, not deflated again. */
export function zipPacket(files: readonly PacketFile[], modified: Date): Uint8Array<ArrayBuffer> {
  const zippable: Zippable = {};
  for (const file of files) {
    const data = typeof file.data === 'string' ? strToU8(file.data) : file.data;
    zippable[file.path] = [data, { level: file.path.endsWith('.png') ? 0 : 6, mtime: modified }];
  }
  return zipSync(zippable);
}
