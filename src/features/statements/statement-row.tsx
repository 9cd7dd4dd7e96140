import { useId, type Ref } from 'react';
import { MaybeInferred } from '../../components/inferred-value.tsx';
import { StatementText } from '../../components/statement-text.tsx';
import type { CorpusDocument, ForumEvent, Statement } from '../../domain/corpus/corpus-schema.ts';
import { describeEventDate } from '../../domain/format/event-dates.ts';
import type { Labels } from '../../domain/corpus/labels.ts';
import { CopyCitationButton } from '../../state/export-items.tsx';

type StatementRowProps = {
  statement: Statement;
  event: ForumEvent | undefined;
  document: CorpusDocument | undefined;
  labels: Labels;
  searchWords: readonly string[];
  position: number;
  total: number;
  selected: boolean;
  start: number;
  measureRef: Ref<HTMLDivElement>;
  onRead: () => void;
};

/** One statement of the list: who, what, when, where, and a way into the source. */
export function StatementRow({
  statement,
  event,
  document,
  labels,
  searchWords,
  position,
  total,
  selected,
  start,
  measureRef,
  onRead,
}: StatementRowProps) {
  const attributionId = useId();
  const date = event ? describeEventDate(event) : null;
  const themes = [...new Set(statement.themes.map((theme) => theme.themeId))];
  const mentions = [...new Set(statement.mentionedCountries.map((mention) => mention.code))];
  return (
    <div
      ref={measureRef}
      role="listitem"
      aria-posinset={position}
      aria-setsize={total}
      aria-current={selected ? 'true' : undefined}
      data-index={position - 1}
      data-statement-id={statement.id}
      className={`statement-row${selected ? ' statement-row--selected' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
    >
      <StatementText statement={statement} document={document} searchWords={searchWords} attributionId={attributionId} />
      <div className="statement-row__footer">
        {date ? (
          <span className="statement-row__date">
            <MaybeInferred inferred={date.inferred} reason={date.reasons.join(' ')}>
              {date.text}
            </MaybeInferred>
          </span>
        ) : null}
        {event ? (
          <span className="statement-row__event">
            <MaybeInferred inferred={event.title.inferred} reason={event.title.reason ?? 'Not stated in the text.'}>
              {labels.event(event.id)}
            </MaybeInferred>
          </span>
        ) : null}
        {themes.length > 0 ? (
          <ul className="tag-list" aria-label="Themes">
            {themes.map((theme) => (
              <li key={theme} className="tag tag--theme">
                {labels.theme(theme)}
              </li>
            ))}
          </ul>
        ) : null}
        {mentions.length > 0 ? (
          <span className="statement-row__mentions">
            <span className="statement-row__mentions-label">Mentions:</span>{' '}
            {mentions.map((code) => labels.country(code)).join(', ')}
          </span>
        ) : null}
        <span className="statement-row__actions">
          {selected ? <span className="statement-row__open">Open in the reader</span> : null}
          <button type="button" className="statement-row__read" aria-describedby={attributionId} onClick={onRead}>
            Read in source
          </button>
          <CopyCitationButton statementId={statement.id} describedBy={attributionId} />
        </span>
      </div>
    </div>
  );
}
