import { render } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, beforeEach } from 'vitest';
import { DashboardContext } from '../../../src/app/dashboard-context.tsx';
import { useViewState } from '../../../src/app/use-view-state.ts';
import type { Corpus } from '../../../src/domain/corpus-schema.ts';
import { indexCorpus } from '../../../src/domain/corpus-index.ts';
import { outlineCorpus } from '../../../src/domain/corpus-outline.ts';
import { describeCoverage } from '../../../src/domain/coverage.ts';
import { buildLabels } from '../../../src/domain/labels.ts';
import { computeLinkedViews, type LinkedViewsQuery } from '../../../src/domain/linked-views.ts';
import { SourceReaderPanel } from '../../../src/features/source-reader/source-reader-panel.tsx';
import { StatementsPanel } from '../../../src/features/statements/statements-panel.tsx';

/**
 * The dashboard's wiring (URL state → linked views → context) around just the
 * statement list and the source reader, so these tests do not depend on the
 * other panels.
 */
function Harness({ corpus }: { corpus: Corpus }) {
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
    <DashboardContext.Provider value={{ corpus, corpusVersion: 'test', corpusSource: 'test', index, engine, views, state, update, labels, coverage }}>
      <button type="button">Somewhere else</button>
      <StatementsPanel />
      {state.statement !== null ? <SourceReaderPanel /> : null}
    </DashboardContext.Provider>
  );
}

export function renderStatements(corpus: Corpus, search = '') {
  window.history.replaceState(null, '', `/${search}`);
  return render(<Harness corpus={corpus} />);
}

export const currentQuery = () => new URLSearchParams(window.location.search);

/**
 * jsdom does no layout, so the virtualised list would see a 0 px viewport and
 * draw almost nothing. Give the list's scroll box a height for these tests.
 */
export function fakeListViewport(height = 2000) {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('statement-list') ? height : 0;
      },
    });
  });
  afterEach(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });
}
