import type { LinkProblem } from './link-problems.ts';
import { serializeViewState, type ViewState } from './url-state.ts';

/**
 * Versioned links. A copied link carries the version of the corpus it was
 * made on (`v=`, the hex digits exports print as the corpus version), so
 * that opening it on other data, say after a re-ingest of the same source,
 * can say so instead of silently showing other numbers.
 */
export type VersionMatch = 'unversioned' | 'same' | 'other';

/**
 * Whether a link's version names this corpus. Both are leading hex digits of
 * one SHA-256, possibly of different lengths: they agree when the shorter is
 * the start of the longer.
 */
export function compareCorpusVersions(linkVersion: string | null, corpusVersion: string): VersionMatch {
  if (linkVersion === null) return 'unversioned';
  const link = linkVersion.toLowerCase();
  const here = corpusVersion.toLowerCase();
  const length = Math.min(link.length, here.length);
  if (length === 0) return 'unversioned';
  return link.slice(0, length) === here.slice(0, length) ? 'same' : 'other';
}

/**
 * The state as this page shows it, and a problem when the link was made on
 * another version. The page shows this corpus whatever the link says, so the
 * shown state carries this version: a change made on the page, or dismissing
 * the notice, writes it into the address, and the notice is gone.
 */
export function checkLinkVersion(
  state: ViewState,
  corpusVersion: string,
  corpusSource: string,
): { state: ViewState; problems: LinkProblem[] } {
  const match = compareCorpusVersions(state.version, corpusVersion);
  if (match === 'unversioned') return { state, problems: [] };
  const shown = state.version === corpusVersion ? state : { ...state, version: corpusVersion };
  if (match === 'same') return { state: shown, problems: [] };
  const problem: LinkProblem = {
    parameter: 'v',
    keys: ['v'],
    given: state.version ?? '',
    action: 'other-version',
    readAs: corpusVersion,
    reason:
      `The link was made on corpus version ${state.version ?? ''}; this page shows version ${corpusVersion} of ${corpusSource}. ` +
      'Its counts may differ from what the link’s author saw; any filter this version does not know is named in a notice of its own.',
  };
  return { state: shown, problems: [problem] };
}

/** The query string a copied link carries: the view as shown, with this corpus's version. */
export function serializeVersionedLink(state: ViewState, corpusVersion: string): string {
  return serializeViewState({ ...state, version: corpusVersion === '' ? null : corpusVersion.toLowerCase() });
}
