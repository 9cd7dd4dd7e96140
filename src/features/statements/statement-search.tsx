import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useDashboard, useTextsProgress } from '../../state/dashboard-context.tsx';
import { chooseSearchHistoryMode } from '../../domain/view-state/search-history.ts';

const DEBOUNCE_MS = 200;

/**
 * The search box. What is typed but not yet written to the URL is this
 * component's own draft; once written, the URL is the value again, so
 * back/forward and reload show what the list is filtered by.
 */
export function StatementSearch() {
  const { state, update, textsPending = false } = useDashboard();
  const failed = (useTextsProgress()?.failure ?? null) !== null;
  const inputId = useId();
  const hintId = useId();
  const readyId = useId();
  const gettingReady = textsPending;
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastWriteAt = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const write = (value: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const now = Date.now();
    const mode = chooseSearchHistoryMode(lastWriteAt.current, now);
    lastWriteAt.current = now;
    update((current) => ({ ...current, filters: { ...current.filters, search: value } }), mode);
    setDraft(null);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setDraft(value);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => write(value), DEBOUNCE_MS);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      write(event.currentTarget.value);
    }
  };

  return (
    <div role="search" className="statement-search">
      <label htmlFor={inputId} className="statement-search__label">
        {gettingReady ? 'Search statements (getting ready)' : 'Search statements'}
      </label>
      <input
        id={inputId}
        type="search"
        className="statement-search__input"
        value={draft ?? state.filters.search}
        onChange={onChange}
        onKeyDown={onKeyDown}
        aria-describedby={gettingReady ? `${readyId} ${hintId}` : hintId}
        autoComplete="off"
        spellCheck={false}
      />
      {gettingReady ? (
        <p id={readyId} className="statement-search__ready" role="status">
          {failed
            ? 'Search is unavailable: the statement texts could not be opened.'
            : state.filters.search !== ''
              ? `The search index is getting ready: “${state.filters.search}” applies once the statement texts are in.`
              : 'The search index is getting ready: a search typed now applies once the statement texts are in.'}
        </p>
      ) : null}
      <p id={hintId} className="statement-search__hint">
        Finds words that start with what you type, or other forms of them, in the text, the speaker’s name and role, and
        the countries a statement mentions: “terror” finds “terrorists”, “drugs” finds “drug”, “Afghanistan” finds “Afghan”.
      </p>
    </div>
  );
}
