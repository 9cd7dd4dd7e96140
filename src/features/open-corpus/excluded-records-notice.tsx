import { useId } from 'react';
import { listExcluded, summarizeExcluded } from '../../domain/corpus/excluded-records.ts';
import type { ExcludedRecord } from '../../domain/corpus/open-corpus.ts';
import './open-corpus.css';

/**
 * Records the loader left out, and why: a corpus with some bad records still
 * opens, but never without saying what is missing from it.
 */
export function ExcludedRecordsNotice({
  excluded,
  source,
  onDismiss,
}: {
  excluded: readonly ExcludedRecord[];
  source: string;
  onDismiss: () => void;
}) {
  const titleId = useId();
  const { entries, more } = listExcluded(excluded);
  return (
    <section className="excluded-notice" aria-labelledby={titleId}>
      <div className="excluded-notice__header">
        <h2 id={titleId} className="excluded-notice__title">
          Some records were left out
        </h2>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p className="excluded-notice__summary">
        {summarizeExcluded(excluded, source)} They break the corpus format or its consistency rules; everything else
        was opened and is shown below.
      </p>
      <details className="excluded-notice__details">
        <summary>Show what was left out and why</summary>
        <ul className="excluded-notice__records">
          {entries.map((entry, i) => (
            <li key={i}>
              <span className="excluded-notice__record">{entry.title}</span>
              {entry.dependent ? <span className="excluded-notice__dependent"> — left out with the record it belongs to</span> : null}
              <ul className="excluded-notice__reasons">
                {entry.reasons.map((reason, j) => (
                  <li key={j}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {more !== null ? <p className="excluded-notice__more">{more}</p> : null}
      </details>
    </section>
  );
}
