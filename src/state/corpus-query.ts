import { queryOptions } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import {
  createCorpusAssembly,
  fromLoadFailure,
  type LoadProgress,
  type LoadRequest,
  type LoadResponse,
  type WorkerSource,
} from '../domain/corpus/corpus-load-protocol.ts';
import { CorpusError } from '../domain/corpus/corpus-problems.ts';
import type { Corpus } from '../domain/corpus/corpus-schema.ts';
import type { ColumnarIndex } from '../domain/engine/columnar/columnar-index.ts';
import type { ExcludedRecord, RepairedRecord } from '../domain/corpus/excluded-records.ts';
import type { ViewCorpus } from '../domain/corpus/view-records.ts';
import { demoCorpusName, demoCorpusParam, type DemoCorpus } from '../domain/synthetic/demo-corpus.ts';
import type { KeptRelease } from '../domain/working-corpus/working-corpus.ts';
import { WORKING_CORPUS_NAME, workingCorpusFile } from './working-corpus-file.ts';

/** The corpus bundled with the app, served as data (never as JavaScript). */
export const BUNDLED_CORPUS_PATH = 'data/corpus.json';

/**
 * Which corpus to open: the bundled one, one named in the URL (a path under
 * the app), or a file the user picked or dropped. A picked file is not in the
 * URL; `id` tells two picks of the same file apart.
 */
export type CorpusSource =
  | { kind: 'bundled' }
  | { kind: 'url'; path: string }
  | { kind: 'file'; file: File; id: number }
  | { kind: 'synthetic'; demo: DemoCorpus }
  /** The bundled corpus with the releases the analyst added in this browser. */
  | { kind: 'working'; releases: readonly KeptRelease[]; revision: string };

export type LoadedCorpus = {
  stage: 'ready';
  corpus: Corpus;
  /** First 12 hex digits of the SHA-256 of the file. */
  version: string;
  /** Where it came from: a path under the app, or a file name. */
  source: string;
  origin: CorpusSource['kind'];
  /** Records left out because they were unsound, with why; empty when the file was sound. */
  excluded: ExcludedRecord[];
  /** Records kept without a part that was unsound (a value or a fact), with what and why. */
  repaired: RepairedRecord[];
  /** A sound corpus without documents. */
  empty: boolean;
  /** What the linked-views engine queries, built in the worker. */
  engineIndex: ColumnarIndex;
};

/** What the load of the texts has got to, while the first views are shown. */
export type TextsArrival = {
  progress: LoadProgress | null;
  /** The corpus once every record, text and the search index are in. */
  loaded: LoadedCorpus | null;
  error: Error | null;
};

/** A corpus whose first views are in, its records and texts still arriving. */
export type ViewsLoadedCorpus = {
  stage: 'views';
  view: ViewCorpus;
  version: string;
  source: string;
  origin: CorpusSource['kind'];
  /** The views' index: answers every query but a search, until the full one replaces it. */
  engineIndex: ColumnarIndex;
  /** Follows the rest of the load (useSyncExternalStore's pair). */
  arrival: { subscribe: (listener: () => void) => () => void; get: () => TextsArrival };
};

export type OpenedCorpusData = LoadedCorpus | ViewsLoadedCorpus;

/** The texts' arrival as a tiny store: the worker's later messages update it. */
function createArrival() {
  let state: TextsArrival = { progress: null, loaded: null, error: null };
  const listeners = new Set<() => void>();
  const set = (change: Partial<TextsArrival>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const store = {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => state,
  };
  return { store, set };
}

/** The arrival of the texts of a corpus whose views are shown; null for a corpus already whole. */
export function useTextsArrival(data: OpenedCorpusData | undefined): TextsArrival | null {
  const store = data?.stage === 'views' ? data.arrival : null;
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.get ?? noArrival);
}
const noSubscribe = () => () => undefined;
const noArrival = () => null;

export function sourceName(source: CorpusSource): string {
  if (source.kind === 'bundled') return BUNDLED_CORPUS_PATH;
  if (source.kind === 'url') return source.path;
  if (source.kind === 'synthetic') return demoCorpusName(source.demo);
  if (source.kind === 'working') return WORKING_CORPUS_NAME;
  return source.file.name;
}

function corpusKey(source: CorpusSource) {
  if (source.kind === 'file') return ['corpus', 'file', source.id, source.file.name] as const;
  if (source.kind === 'synthetic') return ['corpus', 'synthetic', demoCorpusParam(source.demo)] as const;
  if (source.kind === 'working') return ['corpus', 'working', source.revision] as const;
  return ['corpus', 'url', sourceName(source)] as const;
}

// Progress of each load in flight, by query key, for the loading view to follow.
const progressByKey = new Map<string, LoadProgress>();
const progressListeners = new Set<() => void>();

function setProgress(key: string, progress: LoadProgress | null): void {
  if (progress === null) progressByKey.delete(key);
  else progressByKey.set(key, progress);
  for (const listener of progressListeners) listener();
}

function subscribeProgress(listener: () => void): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

/** How far the load of `source` has got; null before the worker says anything. */
export function useLoadProgress(source: CorpusSource): LoadProgress | null {
  const key = JSON.stringify(corpusKey(source));
  return useSyncExternalStore(subscribeProgress, () => progressByKey.get(key) ?? null);
}

let nextLoadId = 1;

/**
 * Opens a corpus in a Web Worker: the worker reads, checks and prepares it;
 * the page rebuilds it slice by slice. Resolves as soon as the first views
 * can be drawn (a ViewsLoadedCorpus whose `arrival` then follows the texts),
 * or with the whole corpus when the file gives no first views (NDJSON).
 * Rejects with a CorpusError that says what is wrong, or an AbortError when
 * `signal` aborts before then (the worker is then stopped).
 */
export function loadCorpus(
  source: Exclude<CorpusSource, { kind: 'working' }>,
  {
    signal,
    onProgress,
    as,
  }: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void; as?: { origin: CorpusSource['kind']; source: string } } = {},
): Promise<OpenedCorpusData> {
  const name = sourceName(source);
  const workerSource: WorkerSource =
    source.kind === 'file'
      ? { kind: 'file', name, file: source.file }
      : source.kind === 'synthetic'
        ? { kind: 'synthetic', name, ...source.demo }
        : { kind: 'url', name, url: `${import.meta.env.BASE_URL}${name}` };
  const id = nextLoadId++;
  const origin = as?.origin ?? source.kind;

  return new Promise<OpenedCorpusData>((resolve, reject) => {
    const worker = new Worker(new URL('../workers/corpus-worker.ts', import.meta.url), { type: 'module' });
    let assembly: ReturnType<typeof createCorpusAssembly> | null = null;
    // Set once the first views are out: from then on the arrival hears of the rest.
    let arrival: ReturnType<typeof createArrival> | null = null;
    const progress = (value: LoadProgress) => (arrival ? arrival.set({ progress: value }) : onProgress?.(value));
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const fail = (error: Error) => {
      finish();
      if (arrival) arrival.set({ error });
      else reject(error);
    };
    function abort() {
      fail(new DOMException(`Opening ${name} was cancelled.`, 'AbortError'));
    }
    if (signal?.aborted) {
      abort();
      return;
    }
    signal?.addEventListener('abort', abort);

    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail(new Error(`The corpus loader could not start, so ${name} was not opened.`));
    });
    worker.addEventListener('messageerror', () => fail(new Error(`${name} could not be passed to the page.`)));
    worker.addEventListener('message', (event: MessageEvent<LoadResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      try {
        switch (message.type) {
          case 'progress':
            progress(message.progress);
            return;
          case 'failed':
            fail(fromLoadFailure(message.failure));
            return;
          case 'views': {
            // The query has its data now; a later abort of the query no longer concerns this load.
            signal?.removeEventListener('abort', abort);
            arrival = createArrival();
            const { header } = message;
            resolve({
              stage: 'views',
              view: header.corpus,
              version: header.version,
              source: as?.source ?? header.source,
              origin,
              engineIndex: message.index,
              arrival: arrival.store,
            });
            return;
          }
          case 'opened':
            assembly = createCorpusAssembly(message.header);
            progress(assembly.progress());
            return;
          case 'records':
          case 'index':
          case 'done': {
            if (assembly === null) throw new Error('records arrived before the corpus was opened');
            const assembled = assembly.add(message);
            if (assembled === null) {
              progress(assembly.progress());
              return;
            }
            finish();
            const { index: engineIndex, ...rest } = assembled;
            const loaded: LoadedCorpus = { ...rest, stage: 'ready', engineIndex, origin, ...(as ? { source: as.source } : {}) };
            if (arrival) arrival.set({ loaded, progress: null });
            else resolve(loaded);
            return;
          }
        }
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    const request: LoadRequest = { type: 'open', id, source: workerSource };
    worker.postMessage(request);
  });
}

export function corpusQuery(source: CorpusSource = { kind: 'bundled' }) {
  const queryKey = corpusKey(source);
  const progressKey = JSON.stringify(queryKey);
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => {
      // Cleared when a load starts, not when it ends: the loading view stays as it was until the dashboard replaces it.
      setProgress(progressKey, null);
      const onProgress = (progress: LoadProgress) => setProgress(progressKey, progress);
      if (source.kind === 'working') {
        // Merged on the page (the bundled corpus is small), then opened like a file: checked, indexed and versioned the same way.
        return workingCorpusFile(source.releases).then((file) =>
          loadCorpus({ kind: 'file', file, id: 0 }, { signal, onProgress, as: { origin: 'working', source: WORKING_CORPUS_NAME } }),
        );
      }
      return loadCorpus(source, { signal, onProgress });
    },
    // A corpus file does not change while the page is open.
    staleTime: Infinity,
    // The bundled corpus is kept; another one is let go soon after it is closed (it may be large).
    gcTime: source.kind === 'bundled' ? Infinity : 30_000,
    // A corpus error will not mend itself; a dropped connection to the app's own server might.
    retry: (failures, error) => source.kind !== 'file' && source.kind !== 'working' && !(error instanceof CorpusError) && failures < 1,
  });
}
