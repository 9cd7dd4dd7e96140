import { formatCount } from '../format/format-count.ts';
import { CorpusError, type CorpusErrorKind, type CorpusProblem } from './corpus-problems.ts';
import type { Corpus } from './corpus-schema.ts';
import type { ColumnarIndex } from '../engine/columnar/columnar-index.ts';
import type { ExcludedRecord, RepairedRecord } from './excluded-records.ts';
import type { CorpusFileFormat } from './read-corpus-file.ts';
import type { ViewCorpus } from './view-records.ts';

/**
 * The messages between the page and the corpus worker. The worker reads a
 * corpus (a URL under the app, or a file the user picked), checks it and
 * builds what the views query; the page only draws. Everything here is
 * plain, structured-cloneable data, and every function is pure, so the
 * protocol is tested without a worker.
 *
 * One load is: progress… → views (what the first views need, and their
 * index: see view-records.ts) → progress… → opened (everything but the big
 * record arrays) → records… (the arrays in slices) → index (what the engine
 * queries, replacing the views' one) → done; or progress… → failed, at any
 * point. `views` is left out where the file cannot be read that way
 * (NDJSON, or a file the full read will refuse). The
 * records come in slices because the page must rebuild every object it
 * receives: one slice per task keeps it answering clicks meanwhile.
 */

/** Where a corpus comes from, as the worker is told. */
export type WorkerSource =
  | { kind: 'url'; /** Shown in messages: the path under the app. */ name: string; url: string }
  | { kind: 'file'; name: string; file: Blob }
  /** Built by the seeded generator in the worker, then opened like a file. */
  | { kind: 'synthetic'; name: string; statements: number; seed: number };

export type LoadProgress =
  | { phase: 'reading'; loaded: number; total: number | null }
  | { phase: 'generating'; statements: number }
  | { phase: 'parsing'; bytes: number; /** JSON when absent. */ format?: CorpusFileFormat }
  | { phase: 'checking'; checked: number; total: number; statements: number }
  | { phase: 'indexing'; statements: number }
  | { phase: 'receiving'; received: number; total: number };

/** The record arrays that travel in slices. */
export type SlicedCollection = 'documents' | 'events' | 'statements';
export const SLICED_COLLECTIONS: readonly SlicedCollection[] = ['documents', 'events', 'statements'];

/** A CorpusError as data; 'failed' is anything else that went wrong (a bug, memory). */
export type LoadFailure = {
  kind: CorpusErrorKind | 'failed';
  source: string;
  message: string;
  problems: CorpusProblem[];
};

/** What an opened corpus is, less the big arrays. */
export type OpenedHeader = {
  source: string;
  version: string;
  excluded: ExcludedRecord[];
  repaired: RepairedRecord[];
  empty: boolean;
  corpus: Omit<Corpus, SlicedCollection>;
  counts: Record<SlicedCollection, number>;
};

export type LoadRequest = { type: 'open'; id: number; source: WorkerSource };

/** How far the records and texts have got, while the first views are shown. */
export type TextsPending = {
  progress: LoadProgress | null;
  /** Why they will not arrive, when the full read failed for a reason other than the file (memory, say). */
  failure: string | null;
};

/** The first views' data: records without texts, cheaply checked (view-records.ts). */
export type ViewsHeader = { source: string; version: string; format: CorpusFileFormat; corpus: ViewCorpus };

export type LoadResponse =
  | { type: 'progress'; id: number; progress: LoadProgress }
  | { type: 'views'; id: number; header: ViewsHeader; index: ColumnarIndex }
  | { type: 'opened'; id: number; header: OpenedHeader }
  | { type: 'records'; id: number; collection: SlicedCollection; records: unknown[] }
  | { type: 'index'; id: number; index: ColumnarIndex }
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; failure: LoadFailure };

/** Records per slice: small enough that rebuilding one slice is a short task. */
export const SLICE_SIZE: Readonly<Record<SlicedCollection, number>> = {
  documents: 250,
  events: 1000,
  statements: 1000,
};

/** Statements as the page reads them: "100,000". */
const count = formatCount;

/** Megabytes with one decimal, the way a file size is read: "12.4 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** One line saying what the loader is doing, and how far it is (0…1, or null when unknown). */
export function describeLoadProgress(progress: LoadProgress): { text: string; fraction: number | null } {
  switch (progress.phase) {
    case 'reading': {
      const { loaded, total } = progress;
      // A compressed response reports its compressed size: never claim more than all of it.
      if (total === null || total <= 0 || loaded > total) {
        return { text: `Reading ${formatMegabytes(loaded)}`, fraction: null };
      }
      return { text: `Reading ${(loaded / 1_000_000).toFixed(1)} of ${formatMegabytes(total)}`, fraction: loaded / total };
    }
    case 'generating':
      return { text: `Generating ${progress.statements === 1 ? '1 synthetic statement' : `${count(progress.statements)} synthetic statements`}`, fraction: null };
    case 'parsing':
      return { text: `Parsing ${formatMegabytes(progress.bytes)} of ${progress.format ?? 'JSON'}`, fraction: null };
    case 'checking': {
      const { checked, total, statements } = progress;
      const what = statements === 1 ? '1 statement' : `${count(statements)} statements`;
      return { text: `Checking ${what}`, fraction: total === 0 ? 1 : Math.min(1, checked / total) };
    }
    case 'indexing':
      return { text: `Indexing ${progress.statements === 1 ? '1 statement' : `${count(progress.statements)} statements`}`, fraction: null };
    case 'receiving': {
      const { received, total } = progress;
      return { text: 'Preparing the views', fraction: total === 0 ? 1 : Math.min(1, received / total) };
    }
  }
}

const CORPUS_ERROR_KINDS: ReadonlySet<string> = new Set<CorpusErrorKind>(['not-found', 'not-json', 'unreadable', 'html', 'invalid', 'empty']);

/** Any error as plain data that survives postMessage; a CorpusError keeps its kind and problems. */
export function toLoadFailure(error: unknown, source: string): LoadFailure {
  if (error instanceof CorpusError) {
    return { kind: error.kind, source: error.source, message: error.message, problems: [...error.problems] };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', source, message: `${source} could not be opened: ${detail}`, problems: [] };
}

/** The error a failure stands for: a CorpusError for the kinds the app explains, else a plain Error. */
export function fromLoadFailure(failure: LoadFailure): Error {
  if (CORPUS_ERROR_KINDS.has(failure.kind)) {
    return new CorpusError(failure.kind as CorpusErrorKind, failure.source, failure.message, failure.problems);
  }
  return new Error(failure.message);
}

/** The HTTP status of a failed corpus request, as a CorpusError. */
export function httpFailure(name: string, status: number, statusText: string): CorpusError {
  const reason = status === 404 || status === 410 ? 'there is no such file' : `the server answered ${status}${statusText ? ` ${statusText}` : ''}`;
  return new CorpusError('not-found', name, `${name} was not found: ${reason}.`);
}

/** The messages that carry an opened corpus and its engine index to the page, in order. */
export function* openedMessages(
  id: number,
  header: Omit<OpenedHeader, 'corpus' | 'counts'>,
  corpus: Corpus,
  index: ColumnarIndex,
): Generator<LoadResponse> {
  const { documents, events, statements, ...rest } = corpus;
  const arrays: Record<SlicedCollection, unknown[]> = { documents, events, statements };
  const counts = { documents: documents.length, events: events.length, statements: statements.length };
  yield { type: 'opened', id, header: { ...header, corpus: rest, counts } };
  for (const collection of SLICED_COLLECTIONS) {
    const records = arrays[collection];
    const size = SLICE_SIZE[collection];
    for (let start = 0; start < records.length; start += size) {
      yield { type: 'records', id, collection, records: records.slice(start, start + size) };
    }
  }
  yield { type: 'index', id, index };
  yield { type: 'done', id };
}

export type AssembledCorpus = Omit<OpenedHeader, 'corpus' | 'counts'> & { corpus: Corpus; index: ColumnarIndex };

/**
 * Rebuilds an opened corpus from its messages on the page. `add` takes the
 * messages after 'opened' and returns the corpus once 'done' arrives with
 * every record and the index, and throws when a slice is out of place.
 */
export function createCorpusAssembly(header: OpenedHeader) {
  const arrays: Record<SlicedCollection, unknown[]> = { documents: [], events: [], statements: [] };
  const total = SLICED_COLLECTIONS.reduce((sum, collection) => sum + header.counts[collection], 0);
  let received = 0;
  let index: ColumnarIndex | null = null;
  return {
    progress(): LoadProgress {
      return { phase: 'receiving', received, total };
    },
    add(message: Extract<LoadResponse, { type: 'records' } | { type: 'index' } | { type: 'done' }>): AssembledCorpus | null {
      if (message.type === 'index') {
        index = message.index;
        return null;
      }
      if (message.type === 'records') {
        const target = arrays[message.collection];
        if (target.length + message.records.length > header.counts[message.collection]) {
          throw new Error(`more ${message.collection} arrived than the corpus has`);
        }
        for (const record of message.records) target.push(record);
        received += message.records.length;
        return null;
      }
      for (const collection of SLICED_COLLECTIONS) {
        if (arrays[collection].length !== header.counts[collection]) {
          throw new Error(`${arrays[collection].length} of ${header.counts[collection]} ${collection} arrived`);
        }
      }
      if (index === null) throw new Error('the corpus arrived without its index');
      const { corpus: rest, counts: _counts, ...meta } = header;
      const corpus = { ...rest, ...arrays } as Corpus;
      return { ...meta, corpus, index };
    },
  };
}

/**
 * The buffers of every typed array in `value`, to transfer rather than copy
 * (the sender must not use them afterwards). Walks plain objects, arrays and
 * Map values.
 */
export function typedArrayBuffers(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (ArrayBuffer.isView(node)) {
      if (node.buffer instanceof ArrayBuffer) buffers.add(node.buffer);
      return;
    }
    if (node instanceof Map) {
      for (const item of node.values()) visit(item);
      return;
    }
    for (const item of Object.values(node)) visit(item);
  };
  visit(value);
  return [...buffers];
}
