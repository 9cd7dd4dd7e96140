import { useCallback, useMemo, type ReactNode } from 'react';
import { outlineCorpus } from '../domain/corpus/corpus-outline.ts';
import {
  createColumnarEngineFromIndex,
  createColumnarEventListFromIndex,
  createColumnarSpeakerComparisonFromIndex,
} from '../domain/engine/linked-views-engine.ts';
import { deferEventListSearch, deferSearch, deferSpeakerComparisonSearch } from '../domain/engine/search-deferred.ts';
import { buildColumnarIndex } from '../domain/engine/columnar/columnar-index.ts';
import { describeCoverage } from '../domain/corpus/coverage.ts';
import { buildLabels } from '../domain/corpus/labels.ts';
import { DEFAULT_VIEW_STATE, parseViewState, readViewState, serializeViewState } from '../domain/view-state/url-state.ts';
import { buildLinkVocabulary, checkViewStateAgainstCorpus } from '../domain/view-state/link-problems.ts';
import { checkLinkVersion } from '../domain/view-state/link-version.ts';
import { DashboardContext, TextsProgressContext, type Dashboard } from '../state/dashboard-context.tsx';
import type { LoadedCorpus } from '../state/corpus-query.ts';
import { useLocationSearch, useViewState, type UpdateViewState } from '../state/use-view-state.ts';
import { rememberCompareDirectory } from '../state/speaker-comparison.ts';
import type { TextsPending } from '../domain/corpus/corpus-load-protocol.ts';
import { speakerCorpusOf, type ViewCorpus } from '../domain/corpus/view-records.ts';
import type { Corpus } from '../domain/corpus/corpus-schema.ts';
import { buildCompareDirectory } from '../domain/speakers/compare-targets.ts';

export type DashboardInput = Pick<LoadedCorpus, 'corpus' | 'version' | 'source'> &
  Partial<Pick<LoadedCorpus, 'engineIndex' | 'excluded'>> & {
    /**
     * Given while only the first views are in: `corpus` then has documents
     * without texts and no statements, and `view` says who speaks and what
     * is mentioned, for the labels, links and speaker directory.
     */
    pending?: { view: ViewCorpus; texts: TextsPending };
  };

/** The first phase's corpus as the Dashboard holds it: no statements, documents without texts. */
export function dashboardCorpusOf(view: ViewCorpus): Corpus {
  const { schemaVersion, synthetic, taxonomy, documents, events } = view;
  return { schemaVersion, synthetic, taxonomy, documents, events, statements: [] };
}

/**
 * The dashboard's wiring, URL state → columnar engine → context, around
 * whatever panels it is given. The page and the component tests both use it,
 * so a panel under test runs on the engine users get.
 */
export function DashboardProvider({ loaded, children }: { loaded: DashboardInput; children: ReactNode }) {
  const { corpus, version: corpusVersion, source: corpusSource } = loaded;
  const search = useLocationSearch();
  const [, update] = useViewState();
  // The loader's worker built the index; a corpus handed over directly is indexed here.
  const engineIndex = loaded.engineIndex;
  const index = useMemo(() => engineIndex ?? buildColumnarIndex(corpus), [engineIndex, corpus]);
  // Until the texts are in, the index cannot search: every view then answers without the search.
  const textsPending = loaded.pending !== undefined;
  const engine = useMemo(() => {
    const columnar = createColumnarEngineFromIndex(index);
    return textsPending ? deferSearch(columnar) : columnar;
  }, [index, textsPending]);
  const eventList = useMemo(() => {
    const columnar = createColumnarEventListFromIndex(index, corpus.events);
    return textsPending ? deferEventListSearch(columnar) : columnar;
  }, [index, corpus, textsPending]);
  const speakerComparison = useMemo(() => {
    const columnar = createColumnarSpeakerComparisonFromIndex(index);
    return textsPending ? deferSpeakerComparisonSearch(columnar) : columnar;
  }, [index, textsPending]);
  const view = loaded.pending?.view ?? null;
  // Before the statements arrive, the readers of speakers and mentions read them from the view corpus.
  const lookup = useMemo(() => (view ? speakerCorpusOf(view) : corpus), [view, corpus]);
  const outline = useMemo(
    () =>
      view
        ? { eventIndexById: new Map(view.events.map((event, i) => [event.id, i])), severalThemes: view.severalThemes }
        : outlineCorpus(corpus),
    [view, corpus],
  );
  const labels = useMemo(() => buildLabels(lookup), [lookup]);
  const coverage = useMemo(() => describeCoverage(lookup), [lookup]);
  const vocabulary = useMemo(() => buildLinkVocabulary(lookup), [lookup]);
  useMemo(() => {
    if (view) rememberCompareDirectory(corpus, buildCompareDirectory(lookup));
  }, [view, corpus, lookup]);
  // What the link says, less what it cannot mean here: a code this corpus
  // does not know never filters, and every such part is reported; a link
  // made on another version of the corpus says so first.
  const link = useMemo(() => {
    const read = readViewState(search);
    const versioned = checkLinkVersion(read.state, corpusVersion, corpusSource);
    const checked = checkViewStateAgainstCorpus(versioned.state, vocabulary);
    return { state: checked.state, problems: [...versioned.problems, ...read.problems, ...checked.problems] };
  }, [search, vocabulary, corpusVersion, corpusSource]);
  const state = link.state;
  // A change made on the page starts from the state shown, so what the page
  // ignored is not written back into the address.
  const updateChecked = useCallback<UpdateViewState>(
    (change, mode) =>
      update(
        (current) => change(checkViewStateAgainstCorpus(checkLinkVersion(current, corpusVersion, corpusSource).state, vocabulary).state),
        mode,
      ),
    [update, vocabulary, corpusVersion, corpusSource],
  );
  // Keyed on the query's text, not the state object: opening a statement or
  // switching a table changes the URL but must not recompute every view.
  const queryKey = serializeViewState({ ...DEFAULT_VIEW_STATE, filters: state.filters, sort: state.sort });
  const views = useMemo(() => {
    const { filters, sort } = parseViewState(queryKey);
    return engine.query({ filters, sort });
  }, [engine, queryKey]);
  const excluded = loaded.excluded;
  const statementsLeftOut = useMemo(() => excluded?.filter((record) => record.collection === 'statements').length ?? 0, [excluded]);
  const linkProblems = link.problems;
  const { statementCount, eventCount } = index;
  // One object for as long as what it holds is the same: a parent's redraw
  // (the load's progress ticking, say) then redraws no panel.
  const dashboard = useMemo<Dashboard>(
    () => ({
      corpus,
      corpusVersion,
      corpusSource,
      outline,
      engine,
      eventList,
      speakerComparison,
      views,
      state,
      update: updateChecked,
      labels,
      coverage,
      linkProblems,
      statementsLeftOut,
      counts: { statements: statementCount, events: eventCount },
      textsPending,
    }),
    [corpus, corpusVersion, corpusSource, outline, engine, eventList, speakerComparison, views, state, updateChecked, labels, coverage, linkProblems, statementsLeftOut, statementCount, eventCount, textsPending],
  );
  const progress = loaded.pending?.texts.progress ?? null;
  const failure = loaded.pending?.texts.failure ?? null;
  const texts = useMemo(() => (textsPending ? { progress, failure } : null), [textsPending, progress, failure]);
  return (
    <DashboardContext.Provider value={dashboard}>
      <TextsProgressContext.Provider value={texts}>{children}</TextsProgressContext.Provider>
    </DashboardContext.Provider>
  );
}
