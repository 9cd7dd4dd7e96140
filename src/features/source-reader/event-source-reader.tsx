import { useEffect, useMemo, useRef, useState } from 'react';
import { useDashboard } from '../../state/dashboard-context.tsx';
import type { CorpusDocument, ForumEvent, Span } from '../../domain/corpus/corpus-schema.ts';
import { listEventFacts } from '../../domain/source-reader/provenance.ts';
import { isFactOf, type EventFactKey } from '../../domain/view-state/event-fact.ts';
import { InferredValue } from '../../components/inferred-value.tsx';
import { DocumentProvenance } from './document-provenance.tsx';
import { DocumentText } from './document-text.tsx';
import { SourcedFacts } from './sourced-facts.tsx';

const FACT_NAMES: Readonly<Record<EventFactKey, string>> = {
  title: 'The event’s title',
  date: 'The event’s date',
  location: 'Where it took place',
  format: 'Its format',
  organisers: 'Who organised it',
  count: 'How many took part',
  countries: 'Which countries took part',
};

type EventSourceReaderProps = { event: ForumEvent; document: CorpusDocument; fact: EventFactKey };

/**
 * One fact of an event in its source document, opened from the events
 * table: the fact's words highlighted and scrolled into view. Mounted per
 * fact (keyed), so each opening starts on its own fact.
 */
export function EventSourceReader({ event, document, fact }: EventSourceReaderProps) {
  const { labels } = useDashboard();
  const factRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const statementRef = useRef<HTMLElement>(null);
  const facts = useMemo(() => listEventFacts(event, document.text, labels), [event, document, labels]);
  const opened = useMemo(() => facts.filter((candidate) => isFactOf(candidate.key, fact)), [facts, fact]);
  const openedKey = opened[0]?.key ?? null;
  const [activeFact, setActiveFact] = useState<string | null>(openedKey);
  // The opened fact may have been read from several sentences: all of them are marked.
  const spans = useMemo<readonly Span[]>(
    () =>
      activeFact === openedKey ? opened.flatMap((candidate) => candidate.spans) : (facts.find((candidate) => candidate.key === activeFact)?.spans ?? []),
    [activeFact, openedKey, opened, facts],
  );

  useEffect(() => {
    textRef.current?.querySelector('[data-fact-mark]')?.scrollIntoView?.({ block: 'center' });
  }, [spans]);
  useEffect(() => {
    const active = window.document.activeElement;
    if (active !== null && active !== window.document.body) factRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="source-reader">
      <section className="reader-statement" aria-label="Selected fact" ref={factRef} tabIndex={-1}>
        <p className="reader-fact__name">
          {FACT_NAMES[fact]} — {labels.event(event.id)}
        </p>
        {opened.length === 0 ? (
          <p>The event does not state this.</p>
        ) : (
          opened.map((candidate) => (
            <p key={candidate.key} className="reader-fact__value">
              {candidate.inferred ? <InferredValue reason={candidate.reasons.join(' ')}>{candidate.value}</InferredValue> : candidate.value}
              {candidate.quotes.length === 0 ? ' — not located in the text' : ` — from ${candidate.quotes.map((quote) => `“${quote}”`).join(' and ')}`}
            </p>
          ))
        )}
      </section>
      <section className="reader-provenance" aria-label="Source document">
        <DocumentProvenance document={document} />
      </section>
      <div ref={textRef}>
        <DocumentText text={document.text} statementSpan={null} factSpans={spans} statementRef={statementRef} />
      </div>
      <SourcedFacts title="Where the event’s facts come from" facts={facts} activeKey={activeFact} onShow={setActiveFact} />
    </div>
  );
}
