import type { Corpus } from '../corpus/corpus-schema.ts';
import { indexCorpus } from './reference/corpus-index.ts';
import { computeLinkedViews, type LinkedViews, type LinkedViewsQuery } from './reference/linked-views.ts';
import { buildColumnarIndex, type ColumnarIndex } from './columnar/columnar-index.ts';
import { createQueryCache, queryLinkedViews } from './columnar/query-linked-views.ts';

/**
 * What the views need from an engine: one call per state of the filters.
 * Both engines return identical results for every query; pick the reference
 * for small corpora (simplest) and the columnar one for large ones. Results
 * may be shared between calls: treat them as read-only.
 */
export type LinkedViewsEngine = {
  query(query: LinkedViewsQuery): LinkedViews;
};

export function createReferenceEngine(corpus: Corpus): LinkedViewsEngine {
  const index = indexCorpus(corpus);
  return { query: (query) => computeLinkedViews(index, query) };
}

/** An engine over an already built index (e.g. one built record by record). */
export function createColumnarEngineFromIndex(index: ColumnarIndex): LinkedViewsEngine {
  const cache = createQueryCache();
  return { query: (query) => queryLinkedViews(index, query, cache) };
}

export function createColumnarEngine(corpus: Corpus): LinkedViewsEngine {
  return createColumnarEngineFromIndex(buildColumnarIndex(corpus));
}
