import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../src/domain/corpus/corpus-schema.ts';
import { CorpusBuildError, buildCorpus, checkCorpus, serializeCorpus } from '../../src/domain/extract/build-corpus.ts';
import { reportDocument } from './ingest-report.ts';
import { CorrectionsSchema } from '../../src/domain/extract/corrections.ts';
import { extractDocument, type ExtractedDocument } from '../../src/domain/extract/extract-document.ts';
import { ExtractionError } from '../../src/domain/extract/types.ts';
import { writeFileAtomically } from './atomic-write.ts';
import { writeParquetAtomically } from './atomic-write-parquet.ts';
import { writeCorpusParquet } from '../../src/domain/corpus/corpus-parquet-writer.ts';
import type { Corpus } from '../../src/domain/corpus/corpus-schema.ts';
import { InputError } from './input-error.ts';
import { offsetOfPath, parseJsonFile } from './json-file.ts';
import { ProvenanceSchema } from '../../src/domain/extract/provenance-schema.ts';
import { loadTables } from './tables.ts';
import { decodeUtf8 } from './utf8.ts';

export const SOURCES_DIR = 'data/sources';
export const CORRECTIONS_FILE = 'data/corrections.json';
export const CORPUS_FILE = 'public/data/corpus.json';
/** Where `--parquet` writes by default: beside corpus.json, git-ignored (the JSON is the committed corpus). */
export const PARQUET_FILE = 'public/data/corpus.parquet';

export type IngestOptions = {
  /** Project root: data/ is read from it and public/data/corpus.json written under it. */
  root: string;
  /** Compare with the committed corpus instead of writing it. */
  check?: boolean;
  /** Print, per document, what was found and what was left for review. */
  report?: boolean;
  /** Also write the corpus as Parquet (the layout of corpus-parquet-layout.ts) to this path, relative to root. */
  parquet?: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
};

export type IngestResult = { exitCode: number; warnings: string[]; refused: string[] };

/** A source file that could not be read or extracted: it is left out, the others go on. */
export type Refusal = { file: string; message: string };

export type BuiltText = { text: string; extracted: ExtractedDocument[]; refused: InputError[] };

const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]*$/;

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Builds the corpus text from the sources under root, collecting warnings.
 * A source that cannot be read or extracted is refused on its own (listed
 * in `refused`); the lexicons, the corrections and the corpus as a whole
 * still stop the run when they are wrong.
 */
export function buildCorpusText(root: string, warnings: string[]): BuiltText {
  const tables = loadTables(root);
  const directory = join(root, SOURCES_DIR);
  const files = readdirSync(directory).sort();
  const texts = files.filter((f) => f.endsWith('.txt'));
  const refused: InputError[] = [];
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    if (!texts.includes(file.replace(/\.json$/, '.txt'))) {
      refused.push(new InputError(`${SOURCES_DIR}/${file}`, 1, `provenance record without a source text (expected ${file.replace(/\.json$/, '.txt')})`));
    }
  }
  if (texts.length === 0) throw new InputError(SOURCES_DIR, 1, 'no source texts (*.txt) found');

  const extracted: ExtractedDocument[] = texts.flatMap((file) => {
    try {
      return [extractSource(root, file, tables, warnings)];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      refused.push(error);
      return [];
    }
  });
  if (extracted.length === 0) throw refused[0] ?? new InputError(SOURCES_DIR, 1, 'no source could be read');

  const correctionsText = existsSync(join(root, CORRECTIONS_FILE))
    ? decodeUtf8(readFileSync(join(root, CORRECTIONS_FILE)), CORRECTIONS_FILE)
    : '[]';
  const corrections = parseJsonFile(correctionsText, CORRECTIONS_FILE, CorrectionsSchema);
  const { corpus, corrections: outcomes } = buildCorpus(extracted, tables.taxonomy, corrections);
  for (const outcome of outcomes) {
    const line = lineOfOffset(correctionsText, offsetOfPath(correctionsText, [outcome.index]));
    if (outcome.status === 'invalid') throw new InputError(CORRECTIONS_FILE, line, `correction [${outcome.index}]: ${outcome.message}`);
    if (outcome.status === 'stale') warnings.push(`${CORRECTIONS_FILE}:${line}: correction [${outcome.index}] no longer matches: ${outcome.message}`);
  }
  return { text: serializeCorpus(corpus), extracted, refused };
}

function extractSource(root: string, file: string, tables: ReturnType<typeof loadTables>, warnings: string[]): ExtractedDocument {
  const id = file.replace(/\.txt$/, '');
  const textFile = `${SOURCES_DIR}/${file}`;
  const provenanceFile = `${SOURCES_DIR}/${id}.json`;
  if (!DOCUMENT_ID.test(id)) {
    throw new InputError(textFile, 1, `file name must be a lower-case slug (a-z, 0-9, "-") since it becomes the document id`);
  }
  if (!existsSync(join(root, provenanceFile))) {
    throw new InputError(textFile, 1, `no provenance record beside it (expected ${provenanceFile})`);
  }
  const provenanceText = decodeUtf8(readFileSync(join(root, provenanceFile)), provenanceFile);
  const provenance = parseJsonFile(provenanceText, provenanceFile, ProvenanceSchema);
  if (provenance.language !== 'en' && !provenance.language.startsWith('en-')) {
    const line = lineOfOffset(provenanceText, offsetOfPath(provenanceText, ['language']));
    throw new InputError(provenanceFile, line, `language "${provenance.language}" is not supported: the extractor reads English releases only`);
  }
  const text = decodeUtf8(readFileSync(join(root, textFile)), textFile);
  if (text.trim() === '') throw new InputError(textFile, 1, 'the source text is empty');
  try {
    const result = extractDocument({ id, text }, provenance, tables);
    const problems = checkCorpus({ schemaVersion: SCHEMA_VERSION, taxonomy: [...tables.taxonomy], documents: [result.document], events: [result.event], statements: result.statements });
    if (problems.length > 0) throw new InputError(textFile, 1, `the extraction of this release is not valid: ${problems.join('; ')}`);
    for (const warning of result.warnings) warnings.push(`${textFile}:${warning.line}: ${warning.message}`);
    return result;
  } catch (error) {
    if (error instanceof ExtractionError) throw new InputError(textFile, error.line, error.message);
    // An extractor fault on one odd release must not block the others.
    if (error instanceof Error) throw new InputError(textFile, 1, `the extractor failed on this release: ${error.message}`);
    throw error;
  }
}

/**
 * The whole ingest run. A source that cannot be read or extracted is named
 * and left out, and the run goes on with the others (exit code 1, so it is
 * not missed). Nothing is written when the lexicons, the corrections or the
 * corpus as a whole are wrong; the write itself is atomic, so a failed run
 * always leaves the previous corpus.json as it was.
 */
export function runIngest(options: IngestOptions): IngestResult {
  const log = options.log ?? ((line: string) => console.log(line));
  const error = options.error ?? ((line: string) => console.error(line));
  const warnings: string[] = [];
  let built: BuiltText;
  try {
    built = buildCorpusText(options.root, warnings);
  } catch (caught) {
    for (const warning of warnings) error(`warning: ${warning}`);
    if (caught instanceof InputError) error(`error: ${caught.message}`);
    else if (caught instanceof CorpusBuildError) error(`error: ${caught.message}`);
    else throw caught;
    error(`ingest failed; ${CORPUS_FILE} was not changed.`);
    return { exitCode: 1, warnings, refused: [] };
  }
  const refused = built.refused.map((r) => r.message);
  for (const warning of warnings) log(`warning: ${warning}`);
  for (const message of refused) error(`error: ${message} (this source is left out of the corpus)`);
  log(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}${refused.length > 0 ? `, ${refused.length} source${refused.length === 1 ? '' : 's'} left out` : ''}`);
  if (options.report) {
    for (const extracted of built.extracted) for (const line of reportDocument(extracted)) log(line);
  }
  const exitCode = refused.length > 0 ? 1 : 0;
  const target = join(options.root, CORPUS_FILE);
  if (options.check) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current !== built.text) {
      error(`${CORPUS_FILE} is out of date with data/: run npm run ingest and commit the result.`);
      return { exitCode: 1, warnings, refused };
    }
    log('corpus.json is up to date');
    return { exitCode, warnings, refused };
  }
  writeFileAtomically(target, built.text);
  log(`wrote ${CORPUS_FILE}${refused.length > 0 ? ` without the ${refused.length} source${refused.length === 1 ? '' : 's'} left out` : ''}`);
  if (options.parquet !== undefined) {
    const bytes = writeCorpusParquetFile(join(options.root, options.parquet), JSON.parse(built.text) as Corpus);
    log(`wrote ${options.parquet} (${bytes} bytes), the same corpus as Parquet`);
  }
  return { exitCode, warnings, refused };
}

/** The corpus as one Parquet file, written atomically; returns its size in bytes. */
export function writeCorpusParquetFile(path: string, corpus: Corpus): number {
  const { documents, events, statements, ...header } = corpus;
  return writeParquetAtomically(path, (writer) => writeCorpusParquet(header, [{ documents, events, statements }], writer));
}
