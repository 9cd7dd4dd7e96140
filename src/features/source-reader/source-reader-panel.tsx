import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef } from 'react';
import { Panel } from '../../components/panel.tsx';
import { EmptyState } from '../../components/panel-states.tsx';
import { TextsPendingState } from '../../components/texts-pending-state.tsx';
import { useDashboard, WithTextsProgress } from '../../state/dashboard-context.tsx';
import { SourceReader } from './source-reader.tsx';
import { EventSourceReader } from './event-source-reader.tsx';
import './source-reader.css';

/**
 * The source document of the selected statement, beside the list. Closing it
 * (button or Escape inside it) clears the selection from the URL and puts
 * focus back where the reader was opened from.
 */
export function SourceReaderPanel() {
  const { corpus, outline, state, update, textsPending = false } = useDashboard();
  const contentRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const selectedId = state.statement;
  // A fact of an event (from the events table) shows when no statement is open.
  const fact = selectedId === null ? state.fact : null;
  const factEventIndex = fact === null ? undefined : outline.eventIndexById.get(fact.event);
  const factEvent = factEventIndex === undefined ? undefined : corpus.events[factEventIndex];
  const factDocument = factEvent ? corpus.documents.find((d) => d.id === factEvent.documentId) : undefined;

  const statement = useMemo(() => corpus.statements.find((s) => s.id === selectedId), [corpus, selectedId]);
  const document = statement ? corpus.documents.find((d) => d.id === statement.documentId) : undefined;
  const eventIndex = statement ? outline.eventIndexById.get(statement.eventId) : undefined;
  const event = eventIndex === undefined ? undefined : corpus.events[eventIndex];

  // Remember what opened this statement (a "Read in source" button) before
  // the reader moves focus in; a layout effect runs before that happens.
  useLayoutEffect(() => {
    const panel = contentRef.current?.closest('.panel');
    const active = window.document.activeElement;
    if (active instanceof HTMLElement && active !== window.document.body && !panel?.contains(active)) {
      returnFocus.current = active;
    }
  }, [selectedId, fact?.event, fact?.key]);

  const close = () => {
    const target = returnFocus.current?.isConnected ? returnFocus.current : window.document.getElementById('statements');
    update((current) => ({ ...current, statement: null, fact: null }));
    target?.focus();
  };
  const closeOnEscape = useEffectEvent(close);

  useEffect(() => {
    const onKeyDown = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key !== 'Escape' || keyEvent.defaultPrevented) return;
      const panel = contentRef.current?.closest('.panel');
      if (panel && keyEvent.target instanceof Node && panel.contains(keyEvent.target)) closeOnEscape();
    };
    window.document.addEventListener('keydown', onKeyDown);
    return () => window.document.removeEventListener('keydown', onKeyDown);
  }, []);

  const closeButton = (
    <button type="button" className="reader-close" aria-label="Close the source reader" onClick={close}>
      Close
    </button>
  );

  return (
    <Panel title="Source" className="panel--reader" actions={closeButton}>
      <div ref={contentRef} className="source-reader-panel">
        {textsPending ? (
          // The link's statement or fact opens here once the documents' texts are in.
          <WithTextsProgress>{(texts) => <TextsPendingState what="source texts" texts={texts} />}</WithTextsProgress>
        ) : fact !== null ? (
          factEvent === undefined || factDocument === undefined ? (
            <EmptyState title="The source of this event is missing.">
              <p>
                The link asks for event <code>{fact.event}</code>, whose document the loaded corpus does not contain.
              </p>
            </EmptyState>
          ) : (
            <EventSourceReader key={`${fact.event}:${fact.key}`} event={factEvent} document={factDocument} fact={fact.key} />
          )
        ) : statement === undefined ? (
          <EmptyState title="This statement is not in the corpus.">
            <p>
              The link asks for statement <code>{selectedId}</code>, which the loaded corpus does not contain. It may
              come from another version of the data.
            </p>
          </EmptyState>
        ) : document === undefined ? (
          <EmptyState title="The source document of this statement is missing.">
            <p>
              The corpus lists the statement but not its document <code>{statement.documentId}</code>, so its context
              cannot be shown.
            </p>
          </EmptyState>
        ) : (
          <SourceReader key={statement.id} statement={statement} document={document} event={event} />
        )}
      </div>
    </Panel>
  );
}
