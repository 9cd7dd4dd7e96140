import type { Corpus } from '../corpus/corpus-schema.ts';

/**
 * The words that mark a synthetic corpus wherever it appears: the headline
 * while it is open, and every export made from it (figures, rows, citations,
 * metadata, the packet's README). One constant, so they all say the same.
 */
export const SYNTHETIC_NOTICE = 'SYNTHETIC DATA — not real events';

export function isSynthetic(corpus: Pick<Corpus, 'synthetic'>): boolean {
  return corpus.synthetic !== undefined;
}
