import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from '../domain/view-state/url-state.ts';

// pushState fires no event, so our own writes announce themselves with this.
const LOCATION_CHANGE = 'forum-atlas:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGE, onChange);
  };
}

const readSearch = () => window.location.search;

export type HistoryMode = 'push' | 'replace';

/**
 * Replaces the query string as it is, without a history entry: for cleaning
 * one parameter of a link while leaving the others exactly as they were.
 */
export function replaceQuery(query: string): void {
  const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  window.history.replaceState(null, '', next);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
}

/** The query string, following every change (back, forward, our own writes). */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, readSearch, readSearch);
}
export type UpdateViewState = (change: (current: ViewState) => ViewState, mode?: HistoryMode) => void;

/**
 * The dashboard state, read from and written to the URL. Filter changes push
 * a history entry so back and forward step through them; callers pass
 * 'replace' for changes that should not (each keystroke of a search).
 */
export function useViewState(): [ViewState, UpdateViewState] {
  const search = useLocationSearch();
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback<UpdateViewState>((change, mode = 'push') => {
    const current = parseViewState(window.location.search);
    const query = serializeViewState(change(current));
    const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (mode === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
    window.dispatchEvent(new Event(LOCATION_CHANGE));
  }, []);
  return [state, update];
}
