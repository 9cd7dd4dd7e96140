import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import './inferred-value.css';

/**
 * A value the source does not state outright, marked "inferred" in words
 * (not colour alone). The reason shows on hover or keyboard focus, stays
 * while the pointer is over it, and Escape dismisses it.
 */
export function InferredValue({ children, reason }: { children: ReactNode; reason: string }) {
  const reasonId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = !dismissed && (hovered || focused || pinned);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape' && open) {
      // Handled here, so the panel around it does not close as well.
      event.preventDefault();
      event.stopPropagation();
      setDismissed(true);
      setPinned(false);
    }
  };

  return (
    <span
      className="inferred"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => {
        setHovered(false);
        if (!focused) setDismissed(false);
      }}
    >
      <span className="inferred__value">{children}</span>{' '}
      <button
        type="button"
        className="inferred__badge"
        aria-describedby={reasonId}
        aria-expanded={open}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
          setDismissed(false);
        }}
        onClick={() => {
          setDismissed(false);
          setPinned((value) => !value);
        }}
        onKeyDown={onKeyDown}
      >
        inferred
      </button>
      <span id={reasonId} role="tooltip" className="inferred__reason" hidden={!open}>
        {reason}
      </span>
    </span>
  );
}

/** `children` as is, or marked inferred with the reason when `inferred`. */
export function MaybeInferred({ inferred, reason, children }: { inferred: boolean; reason: string; children: ReactNode }) {
  return inferred ? <InferredValue reason={reason}>{children}</InferredValue> : children;
}
