import { useCallback, useRef, useState } from 'react';

/** Width used where the browser cannot measure (jsdom, very old engines). */
export const FALLBACK_WIDTH = 640;

/**
 * The content width of an element, kept current with a ResizeObserver.
 * Whole pixels only, so sub-pixel jitter does not redraw the map.
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(Math.floor(element.clientWidth) || FALLBACK_WIDTH);
      return;
    }
    observer.current = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const next = Math.floor(entry.contentRect.width);
      if (next > 0) setWidth(next);
    });
    observer.current.observe(element);
  }, []);
  return [ref, width];
}
