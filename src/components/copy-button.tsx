import { useEffect, useId, useRef, useState } from 'react';
import './export.css';

type CopyButtonProps = {
  /** The button's text: "Copy citation", "Copy link". */
  label: string;
  /** Its accessible name when the text alone is ambiguous (several per page). */
  accessibleLabel?: string;
  /** Id of what the button acts on, e.g. the statement's attribution. */
  describedBy?: string;
  /** What was copied, for the confirmation: "Citation", "Link". */
  what: string;
  /** The text to copy; may load code first. */
  getText: () => string | Promise<string>;
  className?: string;
};

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'fallback'; text: string } | { kind: 'error'; message: string };

/** Writes to the clipboard; false when the browser refuses (no permission, insecure page, no API). */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const CONFIRMATION_MS = 4000;

/**
 * Copies text and says so in a live region. When the clipboard is refused it
 * shows the text in a read-only field, selected, so the user can copy it
 * with the keyboard instead.
 */
export function CopyButton({ label, accessibleLabel, describedBy, what, getText, className }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (outcome.kind === 'fallback') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
    if (outcome.kind !== 'copied') return;
    const timer = window.setTimeout(() => setOutcome({ kind: 'idle' }), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    let text: string;
    try {
      text = await getText();
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    setOutcome((await writeClipboard(text)) ? { kind: 'copied' } : { kind: 'fallback', text });
  };

  const closeFallback = () => {
    setOutcome({ kind: 'idle' });
    buttonRef.current?.focus();
  };

  return (
    <span className={`copy-button ${className ?? ''}`}>
      <button ref={buttonRef} type="button" aria-label={accessibleLabel} aria-describedby={describedBy} onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-button__status" role="status" aria-live="polite">
        {outcome.kind === 'copied' ? `${what} copied.` : outcome.kind === 'error' ? `${what} could not be made: ${outcome.message}` : ''}
      </span>
      {outcome.kind === 'fallback' ? (
        <span className="copy-button__fallback">
          <label htmlFor={fieldId}>
            Your browser did not allow copying. The {what.toLowerCase()} is selected below: press Ctrl+C (⌘C on a Mac).
          </label>
          <textarea
            id={fieldId}
            ref={fieldRef}
            readOnly
            rows={Math.min(6, Math.ceil(outcome.text.length / 70) + 1)}
            value={outcome.text}
            onKeyDown={(event) => {
              if (event.key === 'Escape') closeFallback();
            }}
          />
          <button type="button" onClick={closeFallback}>
            Done
          </button>
        </span>
      ) : null}
    </span>
  );
}
