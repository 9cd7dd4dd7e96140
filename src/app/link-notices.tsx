import { useMemo } from 'react';
import { cleanLinkParameters, describeLinkNotices } from '../domain/view-state/link-problems.ts';
import { useDashboard } from '../state/dashboard-context.tsx';
import { replaceQuery } from '../state/use-view-state.ts';
import './link-notices.css';

/**
 * What the page did with the parts of its link it could not use as written,
 * one notice per parameter. Dismissing a notice cleans that parameter from
 * the address (without a history entry), which is what removes the notice:
 * the notices are read from the address, like everything else.
 */
export function LinkNotices() {
  const { linkProblems, labels, state } = useDashboard();
  const notices = useMemo(() => describeLinkNotices(linkProblems, labels), [linkProblems, labels]);
  return (
    <div className="link-notices" role="status" aria-live="polite">
      {notices.length > 0 ? (
        <ul className="link-notices__list" aria-label="Problems with this page’s link">
          {notices.map((notice) => (
            <li key={notice.parameter} className="link-notice">
              <div className="link-notice__text">
                {notice.kind === 'version' ? (
                  <p className="link-notice__title">This link was made on another version of this corpus</p>
                ) : (
                  <p className="link-notice__title">
                    The link’s <code>{notice.parameter}</code> parameter
                  </p>
                )}
                {notice.lines.map((line, i) => (
                  <p key={i} className="link-notice__line">
                    {line}
                  </p>
                ))}
              </div>
              <button
                type="button"
                onClick={() => replaceQuery(cleanLinkParameters(window.location.search, notice.keys, state))}
                aria-label={
                  notice.kind === 'version'
                    ? 'Continue with this version of the corpus'
                    : `Dismiss the notice about ${notice.parameter}`
                }
              >
                {notice.kind === 'version' ? 'Continue' : 'Dismiss'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
