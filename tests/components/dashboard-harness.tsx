import { useMemo, type ReactNode } from 'react';
import { DashboardContext } from '../../src/state/dashboard-context.tsx';
import { useViewState } from '../../src/state/use-view-state.ts';
import type { Corpus } from '../../src/domain/corpus/corpus-schema.ts';
import { indexCorpus } from '../../src/domain/engine/reference/corpus-index.ts';
import { outlineCorpus } from '../../src/domain/corpus/corpus-outline.ts';
import { describeCoverage } from '../../src/domain/corpus/coverage.ts';
import { buildLabels } from '../../src/domain/corpus/labels.ts';
import { computeLinkedViews } from '../../src/domain/engine/reference/linked-views.ts';
import type { LinkedViewsQuery } from '../../src/domain/engine/contract.ts';

/**
 * The dashboard's wiring (URL state → linked views → context) around just the
 * panels a test renders, so it does not depend on the others. Views come
 * from the reference engine, the one every other engine must equal.
 */
export function DashboardHarness({
  corpus,
  statementsLeftOut = 0,
  children,
}: {
  corpus: Corpus;
  statementsLeftOut?: number;
  children: (statement: string | null) => ReactNode;
}) {
  const [state, update] = useViewState();
  const reference = useMemo(() => indexCorpus(corpus), [corpus]);
  const index = useMemo(() => outlineCorpus(corpus), [corpus]);
  const engine = useMemo(() => ({ query: (query: LinkedViewsQuery) => computeLinkedViews(reference, query) }), [reference]);
  const labels = useMemo(() => buildLabels(corpus), [corpus]);
  const coverage = useMemo(() => describeCoverage(corpus), [corpus]);
  const views = useMemo(
    () => engine.query({ filters: state.filters, sort: state.sort }),
    [engine, state.filters, state.sort],
  );
  return (
    <DashboardContext.Provider
      value={{ corpus, corpusVersion: 'test', corpusSource: 'test', outline: index, engine, views, state, update, labels, coverage, statementsLeftOut }}
    >
      {children(state.statement)}
    </DashboardContext.Provider>
  );
}
