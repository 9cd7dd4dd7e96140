import { BackToBundledLink, type BundledCorpusLink } from '../features/open-corpus/back-to-bundled-link.tsx';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { DEFAULT_VIEW_STATE, serializeViewState, type ViewState } from '../domain/view-state/url-state.ts';
import { CorpusLoading } from '../features/open-corpus/corpus-loading.tsx';
import { DropOverlay } from '../features/open-corpus/drop-overlay.tsx';
import { EmptyCorpus } from '../features/open-corpus/empty-corpus.tsx';
import { OpenFileButton } from '../features/open-corpus/open-file-button.tsx';
import { OpenedCorpusBar } from '../features/open-corpus/opened-corpus-bar.tsx';
import { useFileDrop } from '../features/open-corpus/use-file-drop.ts';
import { DemoCorpusOffer } from '../features/open-corpus/demo-corpus-offer.tsx';
import { DEMO_CORPUS, demoCorpusParam, parseDemoCorpusParam } from '../domain/synthetic/demo-corpus.ts';
import { CorpusLoadError } from './corpus-load-error.tsx';
import { BUNDLED_CORPUS_PATH, corpusQuery, sourceName, useLoadProgress, type CorpusSource } from '../state/corpus-query.ts';
import { Dashboard } from './dashboard.tsx';
import { SkipLinks } from './skip-links.tsx';
import { useViewState } from '../state/use-view-state.ts';
import { useWorkingStore } from '../state/working-corpus-store.ts';
import type { KeptRelease } from '../domain/working-corpus/working-corpus.ts';
import { workingRevision } from '../domain/working-corpus/revision.ts';
import { WorkingCorpusBar } from '../features/add-release/working-corpus-bar.tsx';
import { EMPTY_FILTERS } from '../domain/view-state/filters.ts';
import { isAddition, isRemoval } from '../domain/extract/corrections.ts';

// The form, the review and the extractor load when the analyst asks for them.
const AddReleaseDialog = lazy(() => import('../features/add-release/add-release-dialog.tsx'));

type FileSource = Extract<CorpusSource, { kind: 'file' }>;

/**
 * The view state for a newly opened corpus: its filters and selection meant
 * something only in the old one; how the user likes to see things stays.
 */
function freshViewState(current: ViewState): ViewState {
  return { ...DEFAULT_VIEW_STATE, sort: current.sort, bucket: current.bucket, measure: current.measure, scale: current.scale, tables: current.tables };
}

type Opening = {
  source: CorpusSource;
  openFile: (file: File) => void;
  bundled: BundledCorpusLink;
  /** The synthetic demo corpus: a link to it, and opening it in place. */
  demo: BundledCorpusLink;
};

function LoadedDashboard({ source, openFile, bundled, demo }: Opening) {
  const query = useQuery(corpusQuery(source));
  const progress = useLoadProgress(source);
  const name = sourceName(source);
  const backToBundled = source.kind === 'bundled' || source.kind === 'working' ? null : bundled;

  if (query.isPending) return <CorpusLoading name={name} progress={progress} />;
  if (query.error) {
    return (
      <CorpusLoadError
        error={query.error}
        // The working corpus is merged on the page and opened as a file; the bar above it can remove a release.
        origin={source.kind === 'working' ? 'file' : source.kind}
        onRetry={() => void query.refetch()}
        onOpenFile={openFile}
        bundled={backToBundled}
      />
    );
  }
  const loaded = query.data;
  return (
    <>
      <OpenedCorpusBar
        key={`${loaded.source}:${loaded.version}`}
        source={loaded.source}
        origin={loaded.origin === 'working' ? 'bundled' : loaded.origin}
        version={loaded.version}
        synthetic={loaded.corpus.synthetic}
        excluded={loaded.excluded}
        repaired={loaded.repaired}
        bundledHref={bundled.href}
        onOpenBundled={bundled.open}
      />
      {source.kind === 'bundled' && !loaded.empty ? (
        <DemoCorpusOffer documents={loaded.corpus.documents.length} href={demo.href} onOpen={demo.open} />
      ) : null}
      {loaded.empty ? (
        <EmptyCorpus source={loaded.source}>
          <div className="corpus-error__actions">
            <OpenFileButton onFile={openFile} label="Open another file…" />
            {backToBundled ? <BackToBundledLink bundled={backToBundled} /> : null}
          </div>
        </EmptyCorpus>
      ) : (
        <Dashboard loaded={loaded} />
      )}
    </>
  );
}

let pickCount = 0;

/** The corpus the address names: a synthetic demo, a file under the app, or the bundled one. */
function sourceInAddress(corpus: string | null): CorpusSource {
  const demo = parseDemoCorpusParam(corpus);
  if (demo !== null) return { kind: 'synthetic', demo };
  if (corpus !== null && corpus !== BUNDLED_CORPUS_PATH) return { kind: 'url', path: corpus };
  return { kind: 'bundled' };
}

/**
 * Which corpus is open: a file the user picked or dropped (held here, since
 * a file cannot live in the URL), else the one the URL names, else the
 * bundled one.
 */
function CorpusApp() {
  const [state, update] = useViewState();
  const [picked, setPicked] = useState<FileSource | null>(null);
  const working = useWorkingStore();
  const [adding, setAdding] = useState(false);
  const [keptMessage, setKeptMessage] = useState<string | null>(null);
  const addressed = picked ?? sourceInAddress(state.corpus);
  // The bundled corpus comes with the analyst's own releases, once the browser's store has answered.
  const source: CorpusSource =
    addressed.kind === 'bundled' && working.releases.length > 0
      ? { kind: 'working', releases: working.releases, revision: workingRevision(working.releases) }
      : addressed;

  const openFile = (file: File) => {
    pickCount += 1;
    setPicked({ kind: 'file', file, id: pickCount });
    update(freshViewState);
  };
  const query = serializeViewState(freshViewState(state));
  const bundled = {
    href: `${import.meta.env.BASE_URL}${query ? `?${query}` : ''}`,
    open: () => {
      setPicked(null);
      update(freshViewState);
    },
  };
  const demoQuery = serializeViewState({ ...freshViewState(state), corpus: demoCorpusParam(DEMO_CORPUS) });
  const demo = {
    href: `${import.meta.env.BASE_URL}?${demoQuery}`,
    open: () => {
      setPicked(null);
      update((current) => ({ ...freshViewState(current), corpus: demoCorpusParam(DEMO_CORPUS) }));
    },
  };
  // A file dropped on the add-release form is the release's text, not a corpus.
  const dragging = useFileDrop(adding ? () => undefined : openFile);
  // The statements are there only once a corpus with documents is shown; until then the skip link goes to the main area.
  const opened = useQuery(corpusQuery(source));
  const showsStatements = opened.isSuccess && !opened.data.empty;
  const onKept = (release: KeptRelease) => {
    setAdding(false);
    const statements = release.extracted.statements.length + release.corrections.filter(isAddition).length - release.corrections.filter(isRemoval).length;
    setKeptMessage(`Added “${release.extracted.document.title ?? release.extracted.event.title.value}” with ${statements === 1 ? '1 statement' : `${statements} statements`}.`);
    setPicked(null);
    update((current) => ({ ...freshViewState(current), corpus: null }));
  };
  const showExisting = (documentId: string) => {
    setAdding(false);
    update((current) => ({ ...freshViewState(current), filters: { ...EMPTY_FILTERS, events: [`${documentId}:event`] } }));
  };
  const knownDocuments = [
    ...(opened.data && (opened.data.origin === 'bundled' || opened.data.origin === 'working') ? opened.data.corpus.documents : []),
    ...working.releases.map((r) => r.extracted.document),
  ];

  return (
    <>
      <SkipLinks dashboard={showsStatements} />
      <header className="app-header">
        <div className="app-header__title">
          <h1>Forum Atlas</h1>
          <p className="app-header__tagline">Who took part in which security forum, what was raised, and what was said.</p>
        </div>
        <div className="app-header__actions">
          <button type="button" className="button-primary" onClick={() => setAdding(true)} aria-haspopup="dialog">
            Add a press release
          </button>
          <OpenFileButton onFile={openFile} />
          <span className="app-header__hint">or drop one on the page</span>
        </div>
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        <WorkingCorpusBar store={working} message={keptMessage} />
        {working.status === 'loading' && addressed.kind === 'bundled' ? (
          <CorpusLoading name={sourceName(addressed)} progress={null} />
        ) : (
          <LoadedDashboard source={source} openFile={openFile} bundled={bundled} demo={demo} />
        )}
      </main>
      {adding ? (
        <Suspense fallback={null}>
          <AddReleaseDialog
            documents={[...new Map(knownDocuments.map((d) => [d.id, d])).values()]}
            onClose={() => setAdding(false)}
            onKept={onKept}
            onShowExisting={showExisting}
            onImported={(message) => {
              setAdding(false);
              setKeptMessage(message);
              setPicked(null);
              update((current) => ({ ...freshViewState(current), corpus: null }));
            }}
          />
        </Suspense>
      ) : null}
      <DropOverlay visible={dragging} />
    </>
  );
}

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <CorpusApp />
    </QueryClientProvider>
  );
}
