import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach } from 'vitest';
import { DashboardProvider } from '../../src/app/dashboard-provider.tsx';
import type { Corpus } from '../../src/domain/corpus/corpus-schema.ts';
import { useDashboard } from '../../src/state/dashboard-context.tsx';
import { SourceReaderPanel } from '../../src/features/source-reader/source-reader-panel.tsx';
import { StatementsPanel } from '../../src/features/statements/statements-panel.tsx';

/**
 * The page's own wiring (DashboardProvider: URL state → columnar engine →
 * context) around just the panels a test renders, so a panel suite runs the
 * engine users get and does not depend on the other panels.
 */
export function DashboardHarness({ corpus, children }: { corpus: Corpus; children: ReactNode }) {
  return <DashboardProvider loaded={{ corpus, version: 'test', source: 'test' }}>{children}</DashboardProvider>;
}

/** Renders `panel` with the dashboard's wiring at the address `/${search}`. */
export function renderPanelAt(corpus: Corpus, search: string, panel: ReactNode) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<DashboardHarness corpus={corpus}>{panel}</DashboardHarness>);
}

function StatementsWithReader() {
  const { state } = useDashboard();
  return (
    <>
      <button type="button">Somewhere else</button>
      <StatementsPanel />
      {state.statement !== null ? <SourceReaderPanel /> : null}
    </>
  );
}

/** The statement list with the source reader opening beside it, as on the page. */
export function renderStatements(corpus: Corpus, search = '') {
  return renderPanelAt(corpus, search, <StatementsWithReader />);
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
