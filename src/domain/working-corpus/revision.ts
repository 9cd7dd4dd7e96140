import type { KeptRelease } from './working-corpus.ts';

/** A short fingerprint of the releases, so a change of any one opens the working corpus again. */
export function workingRevision(releases: readonly KeptRelease[]): string {
  return releases
    .map((r) => `${r.id}@${r.addedAt}#${r.corrections.length}`)
    .sort()
    .join('|');
}
