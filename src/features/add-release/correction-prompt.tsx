import { useEffect, useId, useRef, useState } from 'react';

/**
 * Asks why, before a correction is made: the reason is part of the
 * correction (data/corrections.json requires one). Enter applies, Escape
 * cancels (and does not close the dialog).
 */
export function CorrectionPrompt({ label, onApply, onCancel }: { label: string; onApply: (reason: string) => void; onCancel: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  useEffect(() => input.current?.focus(), []);
  const apply = () => {
    if (reason.trim() === '') {
      setError(true);
      input.current?.focus();
      return;
    }
    onApply(reason.trim());
  };
  return (
    <div className="correction-prompt" role="group" aria-labelledby={`${id}-what`}>
      <p id={`${id}-what`} className="correction-prompt__what">
        Correction: {label}
      </p>
      <label htmlFor={`${id}-reason`}>Reason for this correction (required)</label>
      <input
        ref={input}
        id={`${id}-reason`}
        value={reason}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setError(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      {error ? (
        <p className="release-form__error" id={`${id}-error`}>
          Say why the extraction is wrong, in a sentence.
        </p>
      ) : null}
      <div className="correction-prompt__actions">
        <button type="button" className="button-primary" onClick={apply}>
          Apply correction
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
