import { useId, useMemo, type Ref } from 'react';
import type { Span } from '../../domain/corpus/corpus-schema.ts';
import { segmentDocument, type ReaderPiece } from '../../domain/source-reader/reader-segments.ts';

type DocumentTextProps = {
  text: string;
  statementSpan: Span | null;
  factSpans: readonly Span[];
  /** Receives the <mark> where the statement begins. */
  statementRef: Ref<HTMLElement>;
};

function Pieces({ pieces }: { pieces: readonly ReaderPiece[] }) {
  return pieces.map((piece) =>
    piece.fact ? (
      <mark key={piece.start} className="reader-mark reader-mark--fact" data-fact-mark="">
        {piece.text}
      </mark>
    ) : (
      <span key={piece.start}>{piece.text}</span>
    ),
  );
}

/**
 * The document as published, one <p> per paragraph, with the statement in a
 * <mark> (focusable, so it can be scrolled to and announced) and the words of
 * the inspected fact in nested marks. Text nodes only; never HTML.
 */
export function DocumentText({ text, statementSpan, factSpans, statementRef }: DocumentTextProps) {
  const headingId = useId();
  const paragraphs = useMemo(
    () => segmentDocument(text, { statement: statementSpan, facts: factSpans }),
    [text, statementSpan, factSpans],
  );
  return (
    <div className="reader-text">
      <h3 id={headingId} className="reader-heading">
        Document text
      </h3>
      <div className="reader-text__scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        {paragraphs.length === 0 ? <p className="reader-text__empty">This document has no text.</p> : null}
        {paragraphs.map((paragraph) => (
          <p key={paragraph.index} className="reader-text__paragraph">
            {paragraph.runs.map((run) =>
              run.statement ? (
                <span key={run.start}>
                  {run.statementStart ? <span className="visually-hidden">Selected statement: </span> : null}
                  <mark
                    className="reader-mark reader-mark--statement"
                    tabIndex={run.statementStart ? -1 : undefined}
                    ref={run.statementStart ? statementRef : undefined}
                    data-statement-mark=""
                  >
                    <Pieces pieces={run.pieces} />
                  </mark>
                </span>
              ) : (
                <Pieces key={run.start} pieces={run.pieces} />
              ),
            )}
          </p>
        ))}
      </div>
    </div>
  );
}
