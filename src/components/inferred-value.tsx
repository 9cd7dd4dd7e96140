import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './inferred-value.css';

// Where popovers are missing (older browsers, jsdom) the reason opens in place instead.
const SUPPORTS_POPOVER = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/**
 * A value the source does not state outright, marked "inferred" in words
 * (not colour alone). The reason shows on hover or keyboard focus, stays
 * while the pointer is over it, and Escape dismisses it. It opens as a
 * popover in the browser's top layer, so no scroll box (the statement list,
 * the source reader) can clip it; it is placed under the badge, kept inside
 * the viewport, and follows the badge when something scrolls.
 */
export function InferredValue({ children, reason }: { children: ReactNode; reason: string }) {
  const reasonId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = !dismissed && (hovered || focused || pinned);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const reason = reasonRef.current;
    const badge = badgeRef.current;
    if (!open || !reason || !badge || !SUPPORTS_POPOVER) return;
    const place = () => {
      const anchor = badge.getBoundingClientRect();
      const width = reason.offsetWidth;
      const height = reason.offsetHeight;
      const gap = 5;
      const left = Math.max(4, Math.min(anchor.left, window.innerWidth - width - 4));
      const below = anchor.bottom + gap;
      const top = below + height > window.innerHeight && anchor.top - gap - height > 0 ? anchor.top - gap - height : below;
      reason.style.left = `${left}px`;
      reason.style.top = `${top}px`;
    };
    reason.showPopover();
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
      if (reason.matches(':popover-open')) reason.hidePopover();
    };
  }, [open]);

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
        ref={badgeRef}
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
      <span id={reasonId} ref={reasonRef} role="tooltip" popover={SUPPORTS_POPOVER ? 'manual' : undefined} className={`inferred__reason${SUPPORTS_POPOVER ? '' : ' inferred__reason--inline'}`} hidden={!open}>
        {reason}
      </span>
    </span>
  );
}

/** `children` as is, or marked inferred with the reason when `inferred`. */
export function MaybeInferred({ inferred, reason, children }: { inferred: boolean; reason: string; children: ReactNode }) {
  return inferred ? <InferredValue reason={reason}>{children}</InferredValue> : children;
}
