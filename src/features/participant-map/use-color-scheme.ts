import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const read = (): 'light' | 'dark' =>
  typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches ? 'dark' : 'light';

/** The page's colour scheme, which the map's palette follows (SVG paint cannot read CSS tokens in an export). */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, read, () => 'light');
}
