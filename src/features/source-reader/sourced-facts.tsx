import { useId } from 'react';
import { InferredValue } from '../../components/inferred-value.tsx';
import type { SourcedFact } from '../../domain/source-reader/provenance.ts';

type SourcedFactsProps = {
  title: string;
  facts: readonly SourcedFact[];
  activeKey: string | null;
  onShow: (key: string | null) => void;
};

/** Each fact with the words it was read from; pressing the words highlights them in the text. */
export function SourcedFacts({ title, facts, activeKey, onShow }: SourcedFactsProps) {
  const headingId = useId();
  const hintId = useId();
  if (facts.length === 0) return null;
  return (
    <section className="sourced-facts" aria-labelledby={headingId}>
      <h3 id={headingId} className="reader-heading">
        {title}
      </h3>
      <p id={hintId} className="visually-hidden">
        Highlights these words in the document text.
      </p>
      <ul className="sourced-facts__list">
        {facts.map((fact) => {
          const value = fact.inferred ? (
            <InferredValue reason={fact.reasons.join(' ')}>{fact.value}</InferredValue>
          ) : (
            fact.value
          );
          return (
            <li key={fact.key} className="sourced-fact">
              <span className="sourced-fact__label">{fact.label}:</span> <span className="sourced-fact__value">{value}</span>
              {fact.note ? <span className="sourced-fact__note"> ({fact.note})</span> : null}
              <span className="sourced-fact__source">
                {fact.quotes.length === 0 ? (
                  ' — not located in the text'
                ) : (
                  <>
                    {' — from '}
                    <button
                      type="button"
                      className="sourced-fact__excerpt"
                      aria-pressed={activeKey === fact.key}
                      aria-describedby={hintId}
                      onClick={() => onShow(activeKey === fact.key ? null : fact.key)}
                    >
                      {fact.quotes.map((quote) => `“${quote}”`).join(' and ')}
                    </button>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
