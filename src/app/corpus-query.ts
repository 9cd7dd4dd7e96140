import { queryOptions } from '@tanstack/react-query';
import type { Corpus } from '../domain/corpus-schema.ts';
import { computeCorpusVersion } from '../domain/corpus-version.ts';
import { CorpusError, parseCorpusText } from '../domain/parse-corpus.ts';

/** The corpus bundled with the app, served as data (never as JavaScript). */
export const BUNDLED_CORPUS_PATH = 'data/corpus.json';

export type LoadedCorpus = {
  corpus: Corpus;
  /** First 12 hex digits of the SHA-256 of the file. */
  version: string;
  /** Where it came from: a path under the app, or a file name. */
  source: string;
};

export async function fetchCorpus(path: string): Promise<LoadedCorpus> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  const response = await fetch(url);
  if (!response.ok) {
    throw new CorpusError('not-found', path, `${path} could not be loaded (HTTP ${response.status}).`);
  }
  const text = await response.text();
  const corpus = parseCorpusText(text, path);
  return { corpus, version: await computeCorpusVersion(text), source: path };
}

export function corpusQuery(path: string = BUNDLED_CORPUS_PATH) {
  return queryOptions({
    queryKey: ['corpus', path],
    queryFn: () => fetchCorpus(path),
    // A corpus file does not change while the page is open.
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
