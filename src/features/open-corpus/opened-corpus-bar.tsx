import { useState } from 'react';
import { shorten } from '../../domain/corpus/corpus-problems.ts';
import { plural } from '../../domain/format/format-count.ts';
import type { Corpus } from '../../domain/corpus/corpus-schema.ts';
import type { ExcludedRecord, RepairedRecord } from '../../domain/corpus/excluded-records.ts';
import { ExcludedRecordsNotice } from './excluded-records-notice.tsx';
import './open-corpus.css';

export type CorpusOrigin = 'bundled' | 'url' | 'file' | 'synthetic';

/** The synthetic note comes from the file: shown as text, and never at length. */
const NOTE_LENGTH = 300;

/**
 * Above the dashboard: a banner when the corpus is synthetic, which corpus is
 * open when it is not the bundled one (and the way back to it), and the
 * records that were left out of it.
 */
export function OpenedCorpusBar({
  source,
  origin,
  version,
  synthetic,
  excluded,
  repaired = [],
  bundledHref,
  onOpenBundled,
}: {
  source: string;
  origin: CorpusOrigin;
  version: string;
  synthetic: Corpus['synthetic'];
  excluded: readonly ExcludedRecord[];
  /** Records kept without a part that was unsound; none when not given. */
  repaired?: readonly RepairedRecord[];
  bundledHref: string;
  onOpenBundled: () => void;
}) {
  const lost = excluded.length + repaired.length;
  const [noticeOpen, setNoticeOpen] = useState(lost > 0);
  return (
    <div className="opened-corpus">
      {synthetic !== undefined ? (
        <div className="synthetic-banner" role="note" aria-label="Synthetic data">
          <strong className="synthetic-banner__label">Synthetic corpus:</strong> nothing in it is real. Every event,
          person and statement was generated for tests or benchmarks.
          {synthetic.note ? <span className="synthetic-banner__note"> The file says: “{shorten(synthetic.note, NOTE_LENGTH)}”</span> : null}
        </div>
      ) : null}
      {origin !== 'bundled' ? (
        <p className="opened-corpus__source" data-testid="opened-corpus">
          {origin === 'url' ? (
            <>
              Showing <code>{source}</code>, named in the page address
            </>
          ) : origin === 'synthetic' ? (
            <>Showing a {source}, generated in this browser; links to this view open it again</>
          ) : (
            <>
              Showing <code>{source}</code>, opened from a file on this computer. Links to this view open the bundled
              corpus unless the file is published with the app and named in the address (<code>?corpus=…</code>)
            </>
          )}{' '}
          <span className="opened-corpus__version">(version {version})</span>.{' '}
          {lost > 0 && !noticeOpen ? (
            <>
              <button type="button" className="link-button" onClick={() => setNoticeOpen(true)}>
                {[
                  excluded.length > 0 ? `${plural(excluded.length, 'record')} left out` : '',
                  repaired.length > 0 ? `${plural(repaired.length, 'record')} kept without a value` : '',
                ]
                  .filter((part) => part !== '')
                  .join(', ')}
              </button>
              .{' '}
            </>
          ) : null}
          <a
            href={bundledHref}
            onClick={(event) => {
              event.preventDefault();
              onOpenBundled();
            }}
          >
            {origin === 'synthetic' ? 'Back to the real corpus' : 'Open the bundled corpus'}
          </a>
        </p>
      ) : null}
      {noticeOpen && lost > 0 ? (
        <ExcludedRecordsNotice excluded={excluded} repaired={repaired} source={source} onDismiss={() => setNoticeOpen(false)} />
      ) : null}
    </div>
  );
}
