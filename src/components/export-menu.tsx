import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import './export.css';

export type ExportMenuItem = {
  label: string;
  /** Runs the export; may be async (loading code, drawing, rasterising). */
  onSelect: () => void | Promise<void>;
};

type ExportMenuProps = {
  /** The button's text and the menu's accessible name, e.g. "Export map". */
  label: string;
  items: readonly ExportMenuItem[];
};

/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or the arrow
 * keys open it, arrows move, Home/End jump, a letter moves to the next item
 * starting with it, Escape closes it and returns focus to the button. The
 * outcome of an export is announced in a polite live region.
 */
export function ExportMenu({ label, items }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const initialFocus = useRef<'first' | 'last'>('first');
  const menuId = useId();
  const buttonId = useId();

  // The menu hangs from the button's right edge; near the left of a narrow
  // screen that would push it off-screen, so it hangs from the left instead.
  // The list is created anew on each opening, so the class needs no reset.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (open && menu && menu.getBoundingClientRect().left < 0) menu.classList.add('export-menu__list--left');
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const target = initialFocus.current === 'first' ? itemRefs.current[0] : itemRefs.current[items.length - 1];
    target?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open, items.length]);

  const openMenu = (focus: 'first' | 'last') => {
    initialFocus.current = focus;
    setOpen(true);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const run = async (item: ExportMenuItem) => {
    close(true);
    setBusy(true);
    setFailed(false);
    setStatus(`Preparing ${item.label}…`);
    try {
      await item.onSelect();
      setStatus(`${label}: ${item.label} ready.`);
    } catch (error) {
      setFailed(true);
      setStatus(`${label}: ${item.label} failed. ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openMenu('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu('last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = itemRefs.current.findIndex((element) => element === document.activeElement);
    const focusAt = (index: number) => itemRefs.current[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default: {
        if (event.key.length !== 1 || !/\S/.test(event.key)) return;
        const letter = event.key.toLowerCase();
        const order = items.map((_, i) => (current + 1 + i) % items.length);
        const match = order.find((i) => items[i]!.label.toLowerCase().startsWith(letter));
        if (match === undefined) return;
        focusAt(match);
      }
    }
    event.preventDefault();
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <span aria-hidden="true" className="export-menu__caret">
          ▾
        </span>
      </button>
      {open ? (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="export-menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item, i) => (
            <li key={item.label} role="none">
              <button
                ref={(element) => {
                  itemRefs.current[i] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="export-menu__item"
                onClick={() => void run(item)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className={failed ? 'export-status export-status--error' : 'export-status visually-hidden'} role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
