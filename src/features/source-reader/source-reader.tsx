import { useEffect, useMemo, useRef, useState } from 'react';
import { useDashboard } from '../../state/dashboard-context.tsx';
import { MaybeInferred } from '../../components/inferred-value.tsx';
import { StatementText } from '../../components/statement-text.tsx';
import type { CorpusDocument, ForumEvent, Span, Statement } from '../../domain/corpus/corpus-schema.ts';
import { describeEventDate } from '../../domain/format/event-dates.ts';
import { listEventFacts, listStatementFacts } from '../../domain/source-reader/provenance.ts';
import { DocumentProvenance } from './document-provenance.tsx';
import { DocumentText } from './document-text.tsx';
import { SourcedFacts } from './sourced-facts.tsx';
import { CopyCitationButton } from '../../state/export-items.tsx';

const NO_SPANS: readonly Span[] = [];

type SourceReaderProps = {
  statement: Statement;
  document: CorpusDocument;
  event: ForumEvent | undefined;
};

/**
 * One statement in its source document. Mounted per statement (keyed by id),
 * so the inspected fact starts empty for each new statement.
 */
export function SourceReader({ statement, document, event }: SourceReaderProps) {
  const { labels } = useDashboard();
  const statementMark = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [activeFact, setActiveFact] = useState<string | null>(null);

  const eventFacts = useMemo(() => (event ? listEventFacts(event, document.text, labels) : []), [event, document, labels]);
  const statementFacts = useMemo(() => listStatementFacts(statement, document.text, labels), [statement, document, labels]);
  const factSpans = useMemo(
    () => [...eventFacts, ...statementFacts].find((fact) => fact.key === activeFact)?.spans ?? NO_SPANS,
    [eventFacts, statementFacts, activeFact],
  );
  const date = event ? describeEventDate(event) : null;

  useEffect(() => {
    const mark = statementMark.current;
    if (!mark) return;
    mark.scrollIntoView?.({ block: 'center' });
    // Follow the reader's choice with focus, but do not grab focus on page load.
    const active = window.document.activeElement;
    if (active !== null && active !== window.document.body) mark.focus({ preventScroll: true });
  }, [statement.id]);

  useEffect(() => {
    if (activeFact === null) return;
    textRef.current?.querySelector('[data-fact-mark]')?.scrollIntoView?.({ block: 'center' });
  }, [activeFact]);

  return (
    <div className="source-reader">
      <section className="reader-statement" aria-label="Selected statement">
        <StatementText statement={statement} document={document} />
        <p className="reader-statement__meta">
          {date ? (
            <span>
              <MaybeInferred inferred={date.inferred} reason={date.reasons.join(' ')}>
              {date.text}
            </MaybeInferred>
            </span>
          ) : null}
          {event ? (
            <span>
              <MaybeInferred inferred={event.title.inferred} reason={event.title.reason ?? 'Not stated in the text.'}>
                {labels.event(event.id)}
              </MaybeInferred>
            </span>
          ) : null}
        </p>
        <CopyCitationButton statementId={statement.id} />
      </section>
      <section className="reader-provenance" aria-label="Source document">
        <DocumentProvenance document={document} />
      </section>
      <div ref={textRef}>
        <DocumentText
          text={document.text}
          statementSpan={statement.span}
          factSpans={factSpans}
          statementRef={statementMark}
        />
      </div>
      <SourcedFacts
        title="Where the event’s facts come from"
        facts={eventFacts}
        activeKey={activeFact}
        onShow={setActiveFact}
      />
      <SourcedFacts
        title="Where this statement’s details come from"
        facts={statementFacts}
        activeKey={activeFact}
        onShow={setActiveFact}
      />
    </div>
  );
}
