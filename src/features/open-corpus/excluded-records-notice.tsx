import { useId } from 'react';
import {
  listExcluded,
  listRepaired,
  summarizeExcluded,
  summarizeRepaired,
  type ExcludedRecord,
  type RepairedRecord,
} from '../../domain/corpus/excluded-records.ts';
import './open-corpus.css';

/**
 * What the loader left out of a corpus, and why: records left out whole,
 * and records kept without a value or fact that was unsound. A corpus with
 * some bad parts still opens, but never without saying what is missing.
 */
export function ExcludedRecordsNotice({
  excluded,
  repaired,
  source,
  onDismiss,
}: {
  excluded: readonly ExcludedRecord[];
  repaired: readonly RepairedRecord[];
  source: string;
  onDismiss: () => void;
}) {
  const titleId = useId();
  const left = listExcluded(excluded);
  const kept = listRepaired(repaired);
  const title = excluded.length > 0 ? 'Some records were left out' : 'Some values were dropped';
  return (
    // A status, so a screen reader hears of it when the corpus opens.
    <div role="status">
      <section className="excluded-notice" aria-labelledby={titleId}>
        <div className="excluded-notice__header">
          <h2 id={titleId} className="excluded-notice__title">
            {title}
          </h2>
          <button type="button" onClick={onDismiss} aria-label={`Dismiss: ${title.toLowerCase()}`}>
            Dismiss
          </button>
        </div>
        <p className="excluded-notice__summary">
          {excluded.length > 0 ? `${summarizeExcluded(excluded, source)} ` : null}
          {repaired.length > 0 ? `${summarizeRepaired(repaired)} ` : null}
          They break the corpus format or its consistency rules; everything else was opened and is shown below.
        </p>
        <details className="excluded-notice__details">
          <summary>Show what was left out and why</summary>
          {excluded.length > 0 ? (
            <>
              {repaired.length > 0 ? <h3 className="excluded-notice__heading">Records left out</h3> : null}
              <ul className="excluded-notice__records">
                {left.entries.map((entry, i) => (
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
              {left.more !== null ? <p className="excluded-notice__more">{left.more}</p> : null}
            </>
          ) : null}
          {repaired.length > 0 ? (
            <>
              {excluded.length > 0 ? <h3 className="excluded-notice__heading">Records kept without a value or fact</h3> : null}
              <ul className="excluded-notice__records">
                {kept.entries.map((entry, i) => (
                  <li key={i}>
                    <span className="excluded-notice__record">{entry.title}</span>
                    <span className="excluded-notice__dependent"> — {entry.kept}</span>
                    <ul className="excluded-notice__reasons">
                      {entry.dropped.map((line, j) => (
                        <li key={j}>{line}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              {kept.more !== null ? <p className="excluded-notice__more">{kept.more}</p> : null}
            </>
          ) : null}
        </details>
      </section>
    </div>
  );
}
