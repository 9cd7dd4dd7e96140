import type { CorpusDocument } from '../../domain/corpus/corpus-schema.ts';
import { formatCalendarDate } from '../../domain/format/format-date.ts';

/** Where the document comes from. The title is shown only when the source gives one. */
export function DocumentProvenance({ document }: { document: CorpusDocument }) {
  return (
    <dl className="provenance">
      {document.title !== undefined ? (
        <div>
          <dt>Title</dt>
          <dd>{document.title}</dd>
        </div>
      ) : null}
      <div>
        <dt>Publisher</dt>
        <dd data-testid="provenance-publisher">{document.publisher}</dd>
      </div>
      <div>
        <dt>Published</dt>
        <dd>
          <span data-testid="provenance-published">{formatCalendarDate(document.publishedOn)}</span>
          {document.publishedOnNote ? <span className="provenance__note"> — {document.publishedOnNote}</span> : null}
        </dd>
      </div>
      {document.retrievedOn !== undefined ? (
        <div>
          <dt>Retrieved</dt>
          <dd>{formatCalendarDate(document.retrievedOn)}</dd>
        </div>
      ) : null}
      <div>
        <dt>Original</dt>
        <dd>
          <a href={document.sourceUrl} target="_blank" rel="noopener noreferrer" className="provenance__link">
            {document.sourceUrl}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </dd>
      </div>
    </dl>
  );
}
