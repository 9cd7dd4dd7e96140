import { render } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import type { Corpus } from '../../../src/domain/corpus/corpus-schema.ts';
import { SourceReaderPanel } from '../../../src/features/source-reader/source-reader-panel.tsx';
import { StatementsPanel } from '../../../src/features/statements/statements-panel.tsx';
import { DashboardHarness } from '../dashboard-harness.tsx';

export function renderStatements(corpus: Corpus, search = '', statementsLeftOut = 0) {
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <DashboardHarness corpus={corpus} statementsLeftOut={statementsLeftOut}>
      {(statement) => (
        <>
          <button type="button">Somewhere else</button>
          <StatementsPanel />
          {statement !== null ? <SourceReaderPanel /> : null}
        </>
      )}
    </DashboardHarness>,
  );
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
