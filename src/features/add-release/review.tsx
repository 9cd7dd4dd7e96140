import { useMemo, useRef, useState } from 'react';
import type { Theme } from '../../domain/corpus/corpus-schema.ts';
import type { Correction } from '../../domain/extract/corrections.ts';
import type { ExtractWarning } from '../../domain/extract/types.ts';
import { addCorrection, applyReleaseCorrections, withoutCorrection, type Change, type ReleaseRecords } from '../../domain/working-corpus/release-corrections.ts';
import { reviewFirst } from '../../domain/working-corpus/review-first.ts';
import { CorrectionPrompt } from './correction-prompt.tsx';
import { HighlightKey, ReleaseText } from './release-text.tsx';
import { ReviewEvent } from './review-event.tsx';
import { ReviewStatements } from './review-statements.tsx';
import { MarkMissedStatement } from './mark-missed-statement.tsx';

export type ReviewState = {
  documentId: string;
  extracted: ReleaseRecords;
  warnings: ExtractWarning[];
  taxonomy: Theme[];
  corrections: Correction[];
};

/**
 * The extraction beside its text: what to check first, then every fact with
 * its controls; each fix asks for its reason and becomes a correction.
 */
export function Review({
  review,
  onCorrections,
  onKeep,
  onBack,
  saving,
  saveError,
}: {
  review: ReviewState;
  onCorrections: (corrections: Correction[]) => void;
  onKeep: () => void;
  onBack: () => void;
  saving: boolean;
  saveError: string | null;
}) {
  const corrected = useMemo(() => applyReleaseCorrections(review.extracted, review.corrections), [review.extracted, review.corrections]);
  const [pending, setPending] = useState<{ label: string; changes: Change[] } | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const factsHeading = useRef<HTMLHeadingElement>(null);
  const textBox = useRef<HTMLDivElement>(null);
  const check = reviewFirst(corrected, review.warnings);

  const ask = (label: string, changes: Change[]) => {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending({ label, changes });
  };
  const settle = () => {
    setPending(null);
    // Back to the control that asked, when it is still there; else the facts.
    requestAnimationFrame(() => {
      if (trigger.current?.isConnected) trigger.current.focus();
      else factsHeading.current?.focus();
    });
  };

  return (
    <div className="review">
      <section className="review__text" aria-labelledby="review-text-heading">
        <h3 id="review-text-heading">The release, facts marked</h3>
        <HighlightKey />
        <div ref={textBox}>
          <ReleaseText records={corrected} focusKey={focusKey} />
        </div>
      </section>
      <div className="review__facts">
        <h3 ref={factsHeading} tabIndex={-1} className="review__facts-heading">
          What was extracted
        </h3>
        {pending ? (
          <CorrectionPrompt
            label={pending.label}
            onCancel={settle}
            onApply={(reason) => {
              onCorrections(pending.changes.reduce((list, change) => addCorrection(review.extracted, list, change, reason), review.corrections));
              settle();
            }}
          />
        ) : null}
        <section className="review-section review-section--first" aria-labelledby="review-first-heading">
          <h3 id="review-first-heading">Check these first ({check.length})</h3>
          {check.length === 0 ? (
            <p>Nothing was left for review: every fact was read from the text.</p>
          ) : (
            <ul>
              {check.map((item) => (
                <li key={item.key}>{item.text}</li>
              ))}
            </ul>
          )}
        </section>
        <ReviewEvent records={corrected} taxonomy={review.taxonomy} ask={ask} />
        <ReviewStatements statements={corrected.statements} taxonomy={review.taxonomy} ask={ask} onFocus={setFocusKey} />
        <MarkMissedStatement records={corrected} textBox={textBox} ask={ask} />
        <section className="review-section" aria-labelledby="review-corrections-heading">
          <h3 id="review-corrections-heading">Your corrections ({review.corrections.length})</h3>
          {corrected.problems.length > 0 ? (
            <ul className="release-form__error">
              {corrected.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          {review.corrections.length === 0 ? (
            <p>None yet. Each correction is kept with its reason, as in data/corrections.json.</p>
          ) : (
            <ol className="review-corrections" aria-label="Your corrections">
              {review.corrections.map((c, i) => (
                <li key={`${c.record}:${c.id}:${c.field}`}>
                  <code>
                    {c.record} {c.field}
                  </code>{' '}
                  — {c.reason}{' '}
                  <button type="button" onClick={() => onCorrections(withoutCorrection(review.corrections, i))} aria-label={`Undo the correction of ${c.field}`}>
                    Undo
                  </button>
                </li>
              ))}
            </ol>
          )}
        </section>
        <div className="review__actions">
          {saveError ? (
            <p className="release-form__error" role="alert">
              Not kept: {saveError} The release and your corrections are still here; try again, or export them.
            </p>
          ) : null}
          <button type="button" className="button-primary" onClick={onKeep} disabled={saving || pending !== null}>
            {saving ? 'Keeping…' : `Keep this release (${corrected.statements.length} statement${corrected.statements.length === 1 ? '' : 's'})`}
          </button>
          <button type="button" onClick={onBack} disabled={saving}>
            Back to the form
          </button>
        </div>
      </div>
    </div>
  );
}
