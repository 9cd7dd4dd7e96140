import type { KeptRelease } from '../domain/working-corpus/working-corpus.ts';

export const WORKING_CORPUS_NAME = 'working corpus';

const BUNDLED_PATH = 'data/corpus.json';

/**
 * The working corpus as a corpus file: the bundled corpus fetched from the
 * app, the kept releases merged in (with their corrections) by the domain's
 * merge, serialised as ingest serialises. The merge code loads on demand, so
 * a first visit without releases does not pay for it.
 */
export async function workingCorpusFile(releases: readonly KeptRelease[]): Promise<File> {
  const response = await fetch(`${import.meta.env.BASE_URL}${BUNDLED_PATH}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The bundled corpus could not be read (the server answered ${response.status}).`);
  const bundled: unknown = await response.json();
  const [{ mergeWorkingCorpus }, { serializeCorpus }] = await Promise.all([
    import('../domain/working-corpus/working-corpus.ts'),
    import('../domain/extract/build-corpus.ts'),
  ]);
  const merged = mergeWorkingCorpus(bundled as Parameters<typeof mergeWorkingCorpus>[0], releases);
  return new File([serializeCorpus(merged)], `${WORKING_CORPUS_NAME}.json`, { type: 'application/json' });
}
