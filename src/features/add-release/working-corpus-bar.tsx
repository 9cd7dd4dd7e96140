import { useState } from 'react';
import type { KeptRelease } from '../../domain/working-corpus/working-corpus.ts';
import { downloadFile } from '../../components/download.ts';
import { removeRelease, restoreRelease, type WorkingStore } from '../../state/working-corpus-store.ts';
import { repositoryBundleZip, workingCorpusFile } from '../../state/working-corpus-file.ts';
import './add-release.css';

const today = () => new Date().toISOString().slice(0, 10);

async function exportReleases(releases: readonly KeptRelease[]): Promise<void> {
  const { serializeReleasesFile } = await import('../../domain/working-corpus/releases-file.ts');
  const text = serializeReleasesFile(releases, new Date().toISOString());
  downloadFile({ name: `forum-atlas-releases-${today()}.json`, blob: new Blob([text], { type: 'application/json' }) });
}

async function exportCorpus(releases: readonly KeptRelease[]): Promise<void> {
  const file = await workingCorpusFile(releases);
  downloadFile({ name: `forum-atlas-working-corpus-${today()}.json`, blob: file });
}

async function exportBundle(releases: readonly KeptRelease[]): Promise<void> {
  downloadFile({ name: `forum-atlas-sources-${today()}.zip`, blob: await repositoryBundleZip(releases) });
}

function releaseName(release: KeptRelease): string {
  const { document, event } = release.extracted;
  return document.title ?? event.title.value;
}

/**
 * What the working corpus holds beyond the bundled one: the releases added
 * in this browser, each removable (and the last removal undoable), and
 * what happened last, announced politely.
 */
export function WorkingCorpusBar({ store, message }: { store: WorkingStore; message: string | null }) {
  const [removed, setRemoved] = useState<KeptRelease | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const releases = store.releases;
  const notExported = (e: unknown) => setError(`Not exported: ${e instanceof Error ? e.message : String(e)}`);
  const status = error ?? (removed ? `Removed “${releaseName(removed)}” from the working corpus.` : message);
  if (store.status === 'unavailable') {
    return (
      <p className="working-corpus working-corpus--unavailable" role="status">
        Releases you add cannot be kept in this browser: {store.message}
      </p>
    );
  }
  if (releases.length === 0 && !status) return null;
  return (
    <section className="working-corpus" aria-label="Releases you added">
      <p className="working-corpus__summary">
        {releases.length > 0 ? (
          <>
            Working corpus: the bundled corpus and{' '}
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {releases.length === 1 ? '1 release' : `${releases.length} releases`} you added in this browser
            </button>
            {store.status === 'ready' && store.persisted === false ? ' (the browser may clear them under storage pressure)' : ''}.
          </>
        ) : null}{' '}
        <span role="status" className="working-corpus__status">
          {status}
          {removed ? (
            <>
              {' '}
              <button
                type="button"
                onClick={() => {
                  const release = removed;
                  setRemoved(null);
                  restoreRelease(release).catch((e: unknown) => setError(`Could not put it back: ${e instanceof Error ? e.message : String(e)}`));
                }}
              >
                Undo
              </button>
            </>
          ) : null}
        </span>
      </p>
      {open && releases.length > 0 ? (
        <>
          <div className="working-corpus__actions">
            <button type="button" onClick={() => void exportReleases(releases).catch(notExported)}>
              Export your releases
            </button>
            <button type="button" onClick={() => void exportCorpus(releases).catch(notExported)}>
              Download the working corpus (corpus file)
            </button>
            <button type="button" onClick={() => void exportBundle(releases).catch(notExported)}>
              Download for the repository (data/sources, .zip)
            </button>
          </div>
          <ul className="working-corpus__list">
            {releases.map((release) => (
              <li key={release.id}>
                <span>
                  {releaseName(release)} — {release.extracted.document.publisher}, {release.extracted.document.publishedOn}
                  {release.corrections.length > 0 ? `, ${release.corrections.length} correction${release.corrections.length === 1 ? '' : 's'}` : ''}
                </span>{' '}
                <button
                  type="button"
                  aria-label={`Remove ${releaseName(release)}`}
                  onClick={() => {
                    setError(null);
                    removeRelease(release.id)
                      .then(() => setRemoved(release))
                      .catch((e: unknown) => setError(`Not removed: ${e instanceof Error ? e.message : String(e)}`));
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
