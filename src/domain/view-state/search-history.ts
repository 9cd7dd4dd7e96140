/**
 * Typing a search should leave one history entry per search, not one per
 * keystroke: the first write of a typing burst pushes, the writes that
 * follow within the burst replace it. A burst ends after a pause this long.
 */
export const SEARCH_BURST_GAP_MS = 1500;

export function chooseSearchHistoryMode(
  lastWriteAt: number | null,
  now: number,
  gap: number = SEARCH_BURST_GAP_MS,
): 'push' | 'replace' {
  return lastWriteAt !== null && now - lastWriteAt < gap ? 'replace' : 'push';
}
