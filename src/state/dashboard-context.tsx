import { createContext, useContext, type ReactNode } from 'react';
import type { Corpus } from '../domain/corpus/corpus-schema.ts';
import type { CorpusOutline } from '../domain/corpus/corpus-outline.ts';
import type { EventListEngine, LinkedViews, LinkedViewsEngine, SpeakerComparisonEngine } from '../domain/engine/contract.ts';
import type { Coverage } from '../domain/corpus/coverage.ts';
import type { Labels } from '../domain/corpus/labels.ts';
import type { ViewState } from '../domain/view-state/url-state.ts';
import type { LinkProblem } from '../domain/view-state/link-problems.ts';
import type { UpdateViewState } from './use-view-state.ts';
import type { TextsPending } from '../domain/corpus/corpus-load-protocol.ts';

/**
 * What every panel of a loaded dashboard may read: the corpus, the views
 * derived from it and the URL state, and the one way to change that state.
 * Nothing here is stored: `views` is recomputed from (corpus, state).
 */
export type Dashboard = {
  corpus: Corpus;
  /** First 12 hex digits of the SHA-256 of the corpus file: printed on every export. */
  corpusVersion: string;
  /** Where the corpus came from (a path under the app or a file name). */
  corpusSource: string;
  /** Small lookups over the corpus (event positions, whether stacks overcount). */
  outline: CorpusOutline;
  /** Answers any other linked-views query, e.g. the views without one filter. */
  engine: LinkedViewsEngine;
  /** The events table's rows (every filter but the event one), in any column's order. */
  eventList: EventListEngine;
  /** Speakers side by side: statements per theme of each compared speaker or role. */
  speakerComparison: SpeakerComparisonEngine;
  views: LinkedViews;
  state: ViewState;
  update: UpdateViewState;
  labels: Labels;
  coverage: Coverage;
  /** What the page's link asked for that it could not use as written (shown as notices). */
  linkProblems: readonly LinkProblem[];
  /** Statements of the file that were left out as unsound (the notice above says which and why). */
  statementsLeftOut?: number;
  /** Statements and events the views count over (corpus.statements is empty until the texts are in). */
  counts?: { statements: number; events: number };
  /**
   * True while only the first views are in: the records, texts and search
   * index are still arriving, and panels that show records say so. How far
   * they have got is in TextsProgressContext, apart, so that its ticks redraw
   * only the notices that show it, not every panel.
   */
  textsPending?: boolean;
};


export const DashboardContext = createContext<Dashboard | null>(null);

/** How far the texts have got while only the first views are in; null once everything is in. */
export const TextsProgressContext = createContext<TextsPending | null>(null);

export function useTextsProgress(): TextsPending | null {
  return useContext(TextsProgressContext);
}

/**
 * Draws what `children` makes of the texts' progress, in a component of its
 * own: a tick of the progress then redraws this, not the panel around it.
 */
export function WithTextsProgress({ children }: { children: (texts: TextsPending) => ReactNode }) {
  return children(useTextsProgress() ?? { progress: null, failure: null });
}

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('useDashboard is used outside a loaded dashboard');
  return dashboard;
}
