import { memo, useMemo } from 'react';
import { factSpans, textRuns, type FactKind } from '../../domain/working-corpus/fact-spans.ts';
import type { ReleaseRecords } from '../../domain/working-corpus/release-corrections.ts';

const KIND_ORDER: readonly FactKind[] = ['speaker', 'verb', 'participant', 'mentioned', 'date', 'count', 'organiser', 'format', 'location', 'theme', 'title', 'statement'];

/**
 * The release as text, every fact's span marked. The text is only ever a
 * React text child: pasted markup shows as the characters it is.
 */
export const ReleaseText = memo(function ReleaseText({ records, focusKey }: { records: ReleaseRecords; focusKey: string | null }) {
  const { text } = records.document;
  const runs = useMemo(() => textRuns(text.length, factSpans(records)), [records, text.length]);
  return (
    <div className="release-text" data-testid="release-text">
      {runs.map((run) => {
        const slice = text.slice(run.start, run.end);
        if (run.facts.length === 0) return slice;
        // The most specific kind colours the run; every fact covering it is named.
        const kind = [...run.facts].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0]!.kind;
        const labels = [...new Set(run.facts.map((f) => f.label))].join(', ');
        const focused = focusKey !== null && run.facts.some((f) => f.key === focusKey);
        return (
          <mark
            key={run.start}
            className={`fact fact--${kind}${run.facts.some((f) => f.kind === 'statement') ? ' fact--in-statement' : ''}${focused ? ' fact--focused' : ''}`}
            data-kind={kind}
            title={labels}
          >
            {slice}
          </mark>
        );
      })}
    </div>
  );
});

export function HighlightKey() {
  const items: [FactKind, string][] = [
    ['statement', 'statement'],
    ['speaker', 'speaker'],
    ['verb', 'reporting verb'],
    ['participant', 'participating country'],
    ['mentioned', 'mentioned country'],
    ['date', 'date'],
    ['title', 'event title'],
    ['theme', 'theme cue'],
    ['count', 'count, format, place, organiser'],
  ];
  return (
    <ul className="highlight-key" aria-label="Marks in the text">
      {items.map(([kind, label]) => (
        <li key={kind}>
          <mark className={`fact fact--${kind}`}>{label}</mark>
        </li>
      ))}
    </ul>
  );
}
