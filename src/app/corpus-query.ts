import { queryOptions } from '@tanstack/react-query';
import { CorpusError, parseCorpusText } from '../domain/parse-corpus.ts';

/** The corpus bundled with the app, served as data (never as JavaScript). */
export const BUNDLED_CORPUS_PATH = 'data/corpus.json';

export async function fetchCorpus(path: string) {
  const url = `${import.meta.env.BASE_URL}${path}`;
  const response = await fetch(url);
  if (!response.ok) {
    throw new CorpusError('not-found', path, `${path} could not be loaded (HTTP ${response.status}).`);
  }
  return parseCorpusText(await response.text(), path);
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
