/// <reference lib="webworker" />
import { computeCorpusVersion } from '../domain/corpus/corpus-version.ts';
import { attachTextIndex, buildTextIndexHere, engineEventOf, engineStatementOf, type ColumnarIndex } from '../domain/engine/columnar/columnar-index.ts';
import { ColumnarIndexBuilder } from '../domain/engine/columnar/columnar-index-builder.ts';
import { TextIndexClient } from '../domain/engine/text/text-index-service.ts';
import {
  httpFailure,
  openedMessages,
  toLoadFailure,
  typedArrayBuffers,
  type LoadProgress,
  type LoadRequest,
  type LoadResponse,
  type ViewsHeader,
  type WorkerSource,
} from '../domain/corpus/corpus-load-protocol.ts';
import { CorpusError } from '../domain/corpus/corpus-problems.ts';
import { checkCorpusRecords, type OpenCorpusOptions, type OpenedCorpus, type TopLevel } from '../domain/corpus/read-corpus-text.ts';
import { readJsonViewRecords, readParquetViewRecords } from '../domain/corpus/read-view-columns.ts';
import { checkViewRecords, type RawViewRecords } from '../domain/corpus/view-records.ts';
import { SCHEMA_VERSION } from '../domain/corpus/corpus-schema.ts';
import { isParquet, openCorpusText, textFormatOf } from '../domain/corpus/read-corpus-file.ts';
import { openParquetCorpus } from '../domain/corpus/read-corpus-parquet.ts';
import { startTextIndexWorker } from './start-text-index-worker.ts';
import { generateSyntheticCorpusJson } from '../domain/synthetic/generate-corpus.ts';

/**
 * Reads, checks and prepares one corpus off the page's thread, so the page
 * keeps answering while a large file loads. One worker per load: the page
 * terminates it when the load ends or is abandoned, which frees the file's
 * text and everything built from it at once.
 */

declare const self: DedicatedWorkerGlobalScope;

/** Progress at most this often: every message costs the page a task. */
const PROGRESS_INTERVAL_MS = 80;

function post(message: LoadResponse): void {
  // The index's typed arrays move to the page instead of being copied.
  self.postMessage(message, message.type === 'index' || message.type === 'views' ? typedArrayBuffers(message.index) : []);
}

function createReporter(id: number) {
  let last = 0;
  return (progress: LoadProgress, force = false) => {
    const now = performance.now();
    if (!force && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    post({ type: 'progress', id, progress });
  };
}

/** A corpus file as read: text (JSON, NDJSON) or, for Parquet, its bytes. */
type FileContent = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array<ArrayBuffer> };

/**
 * Reads a byte stream, reporting bytes read: to text as it arrives, unless
 * its first bytes say Parquet, whose bytes are kept as they are.
 */
async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  report: (progress: LoadProgress, force?: boolean) => void,
): Promise<FileContent> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const chunks: Uint8Array[] = [];
  let binary: boolean | null = null;
  let loaded = 0;
  report({ phase: 'reading', loaded, total }, true);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    // The magic is four bytes: a first chunk shorter than that is rare enough to be kept as bytes and looked at once whole.
    if (binary === null && loaded >= 4) binary = isParquet(chunks.length === 0 ? value : concat([...chunks, value]));
    if (binary === false) {
      for (const chunk of chunks.splice(0)) parts.push(decoder.decode(chunk, { stream: true }));
      parts.push(decoder.decode(value, { stream: true }));
    } else {
      chunks.push(value);
    }
    report({ phase: 'reading', loaded, total });
  }
  report({ phase: 'reading', loaded, total: total ?? loaded }, true);
  if (binary === true) return { kind: 'bytes', bytes: concat(chunks) };
  for (const chunk of chunks) parts.push(decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return { kind: 'text', text: parts.join('') };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function readSource(source: WorkerSource, report: ReturnType<typeof createReporter>): Promise<FileContent> {
  if (source.kind === 'file') {
    return readStream(source.file.stream(), source.file.size, report);
  }
  if (source.kind === 'synthetic') {
    // The same JSON text `npm run gen:corpus` writes, so the corpus is checked and versioned like a file.
    report({ phase: 'generating', statements: source.statements }, true);
    return { kind: 'text', text: [...generateSyntheticCorpusJson({ statements: source.statements, seed: source.seed })].join('') };
  }
  let response: Response;
  try {
    // Asking for JSON keeps a single-page-app server from answering a missing file with the app's own page.
    response = await fetch(source.url, { headers: { accept: 'application/json' } });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CorpusError('not-found', source.name, `${source.name} could not be reached: ${detail}.`);
  }
  if (!response.ok) throw httpFailure(source.name, response.status, response.statusText);
  const length = Number(response.headers.get('content-length'));
  const encoded = response.headers.get('content-encoding');
  const total = Number.isFinite(length) && length > 0 && !encoded ? length : null;
  if (response.body === null) return { kind: 'text', text: await response.text() };
  return readStream(response.body, total, report);
}

/**
 * Checks the file and indexes it in one pass: each record is indexed as
 * soon as it is kept, and the statement texts go to a second worker that
 * builds the search index meanwhile (most of an index build). Should that
 * worker fail, the search index is built here instead.
 */
async function checkAndIndex(
  content: FileContent,
  parsed: TopLevel | null,
  name: string,
  report: ReturnType<typeof createReporter>,
): Promise<{ opened: OpenedCorpus; index: ColumnarIndex }> {
  const port = startTextIndexWorker();
  const textIndex = port ? new TextIndexClient(port) : null;
  try {
    const builder = new ColumnarIndexBuilder(0, { text: textIndex ?? 'inline' });
    const options: OpenCorpusOptions = {
      mode: 'partial',
      onProgress: (progress) => report({ phase: 'checking', ...progress }, progress.checked === progress.total),
      onKept: {
        event: (event) => builder.addEvent(engineEventOf(event)),
        statement: (statement) => builder.addStatement(engineStatementOf(statement)),
      },
    };
    const opened =
      content.kind === 'bytes'
        ? await openParquetCorpus(content.bytes.buffer, name, options)
        : parsed !== null
          ? // JSON whose top level the first views already parsed and checked as openCorpusText would: not parsed twice.
            checkCorpusRecords(parsed, name, options)
          : openCorpusText(content.text, name, options);
    report({ phase: 'indexing', statements: opened.corpus.statements.length }, true);
    const index = builder.finish();
    if (textIndex) {
      try {
        attachTextIndex(index, (await textIndex.finish(index.corpusIndexOf)).index);
      } catch {
        buildTextIndexHere(index, opened.corpus.statements);
      }
    }
    return { opened, index };
  } finally {
    textIndex?.close();
  }
}

/**
 * The first views: the columns they need, cheaply checked and indexed, posted
 * before the full checks start. JSON is parsed here once for both phases
 * (its fatal errors are the full read's own); a Parquet file this cannot
 * read is left to the full read, which says exactly what is wrong with it.
 */
async function postViews(id: number, content: FileContent, header: Omit<ViewsHeader, 'corpus'>): Promise<TopLevel | null> {
  let raw: RawViewRecords;
  let parsed: TopLevel | null = null;
  if (content.kind === 'text') {
    if (header.format !== 'JSON') return null;
    ({ top: parsed, records: raw } = readJsonViewRecords(content.text, header.source));
  } else {
    try {
      raw = await readParquetViewRecords(content.bytes.buffer);
    } catch {
      return null;
    }
    if (raw.schemaVersion !== SCHEMA_VERSION) return null;
  }
  const { corpus, index } = checkViewRecords(raw);
  // Nothing to draw: the full read says why (an empty corpus, or every record unsound).
  if (corpus.documents.length > 0 && corpus.statementCount > 0) post({ type: 'views', id, header: { ...header, corpus }, index });
  return parsed;
}

async function load({ id, source }: LoadRequest): Promise<void> {
  const report = createReporter(id);
  try {
    const content = await readSource(source, report);
    const format = content.kind === 'bytes' ? 'Parquet' : textFormatOf(content.text);
    report({ phase: 'parsing', bytes: content.kind === 'bytes' ? content.bytes.byteLength : content.text.length, format }, true);
    // Hashed before checking: a Parquet reader may keep views of the buffer, never a changed copy.
    const version = await computeCorpusVersion(content.kind === 'bytes' ? content.bytes : content.text);
    const parsed = await postViews(id, content, { source: source.name, version, format });
    // The text is parsed: let it go before the full checks build the records.
    if (parsed !== null && content.kind === 'text') content.text = '';
    const { opened, index } = await checkAndIndex(content, parsed, source.name, report);
    const header = { source: source.name, version, excluded: opened.excluded, repaired: opened.repaired, empty: opened.empty };
    for (const message of openedMessages(id, header, opened.corpus, index)) post(message);
  } catch (error) {
    post({ type: 'failed', id, failure: toLoadFailure(error, source.name) });
  }
}

self.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  if (event.data.type === 'open') void load(event.data);
});
