import { useMemo, type ReactNode } from 'react';
import { outlineCorpus } from '../domain/corpus/corpus-outline.ts';
import { createColumnarEngine, createColumnarEngineFromIndex } from '../domain/engine/linked-views-engine.ts';
import { describeCoverage } from '../domain/corpus/coverage.ts';
import { buildLabels } from '../domain/corpus/labels.ts';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState } from '../domain/view-state/url-state.ts';
import { DashboardContext, type Dashboard } from '../state/dashboard-context.tsx';
import type { LoadedCorpus } from '../state/corpus-query.ts';
import { useViewState } from '../state/use-view-state.ts';

export type DashboardInput = Pick<LoadedCorpus, 'corpus' | 'version' | 'source'> & Partial<Pick<LoadedCorpus, 'engineIndex'>>;

/**
 * The dashboard's wiring, URL state → columnar engine → context, around
 * whatever panels it is given. The page and the component tests both use it,
 * so a panel under test runs on the engine users get.
 */
export function DashboardProvider({ loaded, children }: { loaded: DashboardInput; children: ReactNode }) {
  const { corpus, version: corpusVersion, source: corpusSource } = loaded;
  const [state, update] = useViewState();
  // The loader's worker built the index; a corpus handed over directly is indexed here.
  const engineIndex = loaded.engineIndex;
  const engine = useMemo(
    () => (engineIndex ? createColumnarEngineFromIndex(engineIndex) : createColumnarEngine(corpus)),
    [engineIndex, corpus],
  );
  const outline = useMemo(() => outlineCorpus(corpus), [corpus]);
  const labels = useMemo(() => buildLabels(corpus), [corpus]);
  const coverage = useMemo(() => describeCoverage(corpus), [corpus]);
  // Keyed on the query's text, not the state object: opening a statement or
  // switching a table changes the URL but must not recompute every view.
  const queryKey = serializeViewState({ ...DEFAULT_VIEW_STATE, filters: state.filters, sort: state.sort });
  const views = useMemo(() => {
    const { filters, sort } = parseViewState(queryKey);
    return engine.query({ filters, sort });
  }, [engine, queryKey]);
  const dashboard: Dashboard = { corpus, corpusVersion, corpusSource, outline, engine, views, state, update, labels, coverage };
  return <DashboardContext.Provider value={dashboard}>{children}</DashboardContext.Provider>;
}
