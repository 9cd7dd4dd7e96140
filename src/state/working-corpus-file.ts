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

/**
 * The analyst's releases as a zip for the repository: data/sources/ files and
 * data/corrections.json (the bundled corpus's corrections, then theirs).
 */
export async function repositoryBundleZip(releases: readonly KeptRelease[]): Promise<Blob> {
  const response = await fetch(`${import.meta.env.BASE_URL}${BUNDLED_PATH}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The bundled corpus could not be read (the server answered ${response.status}).`);
  const bundled: unknown = await response.json();
  const [{ correctionsOfCorpus, repositoryBundle }, { strToU8, zipSync }] = await Promise.all([
    import('../domain/working-corpus/repository-bundle.ts'),
    import('fflate'),
  ]);
  const { files } = repositoryBundle(releases, correctionsOfCorpus(bundled as Parameters<typeof correctionsOfCorpus>[0]));
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.content)])));
  return new Blob([zipped], { type: 'application/zip' });
}
