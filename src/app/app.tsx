import { BackToBundledLink, type BundledCorpusLink } from '../features/open-corpus/back-to-bundled-link.tsx';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
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
import { BUNDLED_CORPUS_PATH, corpusQuery, sourceName, useLoadProgress, useTextsArrival, type CorpusSource } from '../state/corpus-query.ts';
import { Dashboard } from './dashboard.tsx';
import { dashboardCorpusOf, type DashboardInput } from './dashboard-provider.tsx';
import { TextsArrived, TextsArriving } from '../features/open-corpus/texts-arriving.tsx';
import { CorpusError } from '../domain/corpus/corpus-problems.ts';
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

/**
 * Where the load is, for the browser benchmark and the e2e suite:
 * `loading`, then `views` once the first views are drawn and answer, then
 * `ready` once records, texts and the search index are all in (or `failed`).
 * Set after the commit that draws the stage, so it never runs ahead of the page.
 */
function useCorpusStage(stage: 'loading' | 'views' | 'ready' | 'failed') {
  useEffect(() => {
    document.documentElement.dataset.corpusStage = stage;
  }, [stage]);
}

function LoadedDashboard({ source, openFile, bundled, demo }: Opening) {
  const query = useQuery(corpusQuery(source));
  const progress = useLoadProgress(source);
  const arrival = useTextsArrival(query.data);
  const [viewState] = useViewState();
  const name = sourceName(source);
  const backToBundled = source.kind === 'bundled' || source.kind === 'working' ? null : bundled;
  const first = query.data?.stage === 'views' ? query.data : null;
  const viewCorpus = useMemo(() => (first ? dashboardCorpusOf(first.view) : null), [first]);
  const whole = query.data?.stage === 'ready' ? query.data : (arrival?.loaded ?? null);
  // The full read refusing the file is what today's page shows: the error, not views it would not have drawn.
  const refused = arrival?.error instanceof CorpusError ? arrival.error : null;
  const error = query.error ?? refused;
  useCorpusStage(query.isPending ? 'loading' : error ? 'failed' : whole ? 'ready' : 'views');
  // The corpus whose "texts are in" note the reader dismissed.
  const [dismissed, setDismissed] = useState<string | null>(null);
  // How tall the arriving note last was: the note that the texts are in takes at least its place.
  const [arrivingHeight, setArrivingHeight] = useState<number | null>(null);
  const followArrivingHeight = useCallback((element: HTMLElement | null) => {
    if (element === null) return;
    const observer = new ResizeObserver(() => setArrivingHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  if (query.isPending) return <CorpusLoading name={name} progress={progress} />;
  if (error) {
    return (
      <CorpusLoadError
        error={error}
        // The working corpus is merged on the page and opened as a file; the bar above it can remove a release.
        origin={source.kind === 'working' ? 'file' : source.kind}
        onRetry={() => void query.refetch()}
        onOpenFile={openFile}
        bundled={backToBundled}
      />
    );
  }
  const shown = whole ?? first!;
  const opened = `${shown.source}:${shown.version}`;
  const synthetic = whole ? whole.corpus.synthetic : first!.view.synthetic;
  const documents = whole ? whole.corpus.documents.length : first!.view.documents.length;
  const empty = whole?.empty ?? false;
  const input: DashboardInput = whole ?? {
    corpus: viewCorpus!,
    version: first!.version,
    source: first!.source,
    engineIndex: first!.engineIndex,
    pending: {
      view: first!.view,
      texts: { progress: arrival?.progress ?? null, failure: arrival?.error ? arrival.error.message : null },
    },
  };
  return (
    <>
      <OpenedCorpusBar
        // Drawn again once the full checks are in, so the notice of what they left out opens then.
        key={`${shown.source}:${shown.version}:${shown.stage}`}
        source={shown.source}
        origin={shown.origin === 'working' ? 'bundled' : shown.origin}
        version={shown.version}
        synthetic={synthetic}
        excluded={whole?.excluded ?? []}
        repaired={whole?.repaired ?? []}
        bundledHref={bundled.href}
        onOpenBundled={bundled.open}
      />
      {!whole ? (
        <TextsArriving
          ref={followArrivingHeight}
          progress={arrival?.progress ?? null}
          failure={arrival?.error ? arrival.error.message : null}
          setAside={first!.view.setAside}
          search={viewState.filters.search}
        />
      ) : arrival?.loaded && dismissed !== opened && !empty ? (
        <TextsArrived
          statements={whole.corpus.statements.length}
          search={viewState.filters.search}
          leftOut={whole.excluded.length + whole.repaired.length > 0}
          minHeight={arrivingHeight}
          onDismiss={() => {
            setDismissed(opened);
            // The button goes with the note: the keyboard goes back to the top of the page's main area.
            document.getElementById('main')?.focus();
          }}
        />
      ) : null}
      {source.kind === 'bundled' && !empty ? <DemoCorpusOffer documents={documents} href={demo.href} onOpen={demo.open} /> : null}
      {empty ? (
        <EmptyCorpus source={shown.source}>
          <div className="corpus-error__actions">
            <OpenFileButton onFile={openFile} label="Open another file…" />
            {backToBundled ? <BackToBundledLink bundled={backToBundled} /> : null}
          </div>
        </EmptyCorpus>
      ) : (
        <Dashboard loaded={input} />
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
  const openedWhole = useTextsArrival(opened.data)?.loaded ?? (opened.data?.stage === 'ready' ? opened.data : null);
  const showsStatements = opened.isSuccess && !(openedWhole?.empty ?? false);
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
    ...(openedWhole && (openedWhole.origin === 'bundled' || openedWhole.origin === 'working') ? openedWhole.corpus.documents : []),
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
