import type { Ref } from 'react';
import { describeLoadProgress, type LoadProgress } from '../../domain/corpus/corpus-load-protocol.ts';
import { formatCount, plural } from '../../domain/format/format-count.ts';
import './open-corpus.css';

/**
 * Above the first views, while the records, texts and search index are
 * still arriving: what is missing, how far the full read has got, and that
 * the figures are not yet checked. If the texts cannot arrive (the tab ran
 * out of memory, say), it says so and what stays usable.
 */
export function TextsArriving({
  ref,
  progress,
  failure,
  setAside,
  search,
}: {
  ref?: Ref<HTMLDivElement>;
  progress: LoadProgress | null;
  failure: string | null;
  setAside: number;
  /** The search the address asks for: the first views count without it. */
  search: string;
}) {
  if (failure !== null) {
    return (
      <div ref={ref} className="texts-arriving texts-arriving--failed" role="alert">
        <p className="texts-arriving__title">The statement texts could not be opened: {failure}</p>
        <p>
          The map, timeline, counts, heatmap, who-took-part-together and speakers views below are from a first, quick read
          and were not fully checked. The statement list, events table, source reader, search and record exports are not
          available.
        </p>
      </div>
    );
  }
  const { text, fraction } = progress === null ? { text: 'Starting the full read', fraction: null } : describeLoadProgress(progress);
  return (
    <div ref={ref} className="texts-arriving" aria-busy="true" data-testid="texts-arriving">
      <p className="texts-arriving__title" role="status">
        Statement texts and the search index are arriving. The views below are from a first, quick read; the full checks
        are running.
      </p>
      {search !== '' ? (
        <p className="texts-arriving__search">
          Until the texts are in, the views count every statement: the search “{search}” applies once the search index is
          ready.
        </p>
      ) : null}
      {setAside > 0 ? (
        <p>
          {plural(setAside, 'record or value', 'records or values')} looked unsound to the first read and{' '}
          {setAside === 1 ? 'is' : 'are'} not counted; the full checks will say which and why.
        </p>
      ) : null}
      <progress className="texts-arriving__bar" aria-label="Statement texts arriving" max={1} value={fraction ?? undefined} />
      <p className="texts-arriving__step" data-testid="texts-step">
        {text}
      </p>
    </div>
  );
}

/**
 * In the place of TextsArriving once everything is in, until the reader
 * dismisses it: the page does not jump under a reader (or a click) at the
 * moment the texts arrive, and it says what has changed.
 */
export function TextsArrived({
  statements,
  search,
  leftOut,
  minHeight,
  onDismiss,
}: {
  statements: number;
  /** The height of the note it replaces, in px: it is at least as tall, so nothing below it moves. */
  minHeight: number | null;
  search: string;
  /** Records the full checks left out or mended: the notice above says which. */
  leftOut: boolean;
  onDismiss: () => void;
}) {
  return (
    <div className="texts-arriving texts-arriving--arrived" data-testid="texts-arrived" style={minHeight === null ? undefined : { minHeight }}>
      <p className="texts-arriving__title" role="status">
        All {statements === 1 ? '1 statement is' : `${formatCount(statements)} statements are`} in and checked: the list,
        events table, source reader and search work now.
      </p>
      {search !== '' ? <p className="texts-arriving__search">The search “{search}” applies now.</p> : null}
      {leftOut ? <p>The notice above says which records or values the full checks left out or mended, and why.</p> : null}
      <progress className="texts-arriving__bar" aria-label="Statement texts: all in" max={1} value={1} />
      <p className="texts-arriving__step">
        <button type="button" className="texts-arriving__dismiss" onClick={onDismiss}>
          Dismiss this note
        </button>
      </p>
    </div>
  );
}
