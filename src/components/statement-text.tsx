import { Fragment, useId } from 'react';
import type { CorpusDocument, Statement } from '../domain/corpus/corpus-schema.ts';
import { splitForHighlight } from '../domain/view-state/search.ts';
import { describeAttribution } from '../domain/statements/statement-attribution.ts';
import './statement-text.css';

/** Text with the search matches wrapped in <mark>; every piece is a text node. */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  return splitForHighlight(text, words).map((piece, i) =>
    piece.match ? <mark key={i}>{piece.text}</mark> : <Fragment key={i}>{piece.text}</Fragment>,
  );
}

/** Search covers the speaker's name, not the role: only the name is highlighted. */
function SpeakerName({ speaker, name, words }: { speaker: string; name: string | null; words: readonly string[] }) {
  const named = name !== null && speaker.startsWith(name);
  return (
    <span className="statement-text__speaker">
      {named ? <HighlightedText text={name} words={words} /> : speaker}
      {named ? speaker.slice(name.length) : null}
    </span>
  );
}

type StatementTextProps = {
  statement: Statement;
  document: CorpusDocument | undefined;
  /** Folded search words to highlight; none by default. */
  searchWords?: readonly string[];
  /** Id for the attribution line, so a control can be described by it. */
  attributionId?: string;
};

/**
 * Who said it, who reported it, and the words. Reported speech is the
 * publisher's paraphrase: it is introduced as "as reported by …" and never
 * put in quotation marks; only a direct quotation is.
 */
export function StatementText({ statement, document, searchWords = [], attributionId }: StatementTextProps) {
  const fallbackId = useId();
  const attribution = describeAttribution(statement, document);
  return (
    <div className={`statement-text statement-text--${attribution.quoted ? 'quoted' : 'reported'}`}>
      <p className="statement-text__attribution" id={attributionId ?? fallbackId}>
        {attribution.speaker !== null ? (
          <SpeakerName speaker={attribution.speaker} name={statement.speaker?.name ?? null} words={searchWords} />
        ) : (
          <span className="statement-text__speaker statement-text__speaker--unknown">Unidentified speaker</span>
        )}{' '}
        <span className="statement-text__verb">{attribution.verb}</span>{' '}
        <span className="statement-text__source">— {attribution.source}:</span>
      </p>
      <p className="statement-text__body">
        {attribution.quoted ? '“' : null}
        <HighlightedText text={statement.text} words={searchWords} />
        {attribution.quoted ? '”' : null}
      </p>
    </div>
  );
}
