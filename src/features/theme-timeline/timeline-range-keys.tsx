import { useState, type KeyboardEvent } from 'react';
import type { IsoDate } from '../../domain/corpus/corpus-schema.ts';
import type { BucketUnit } from '../../domain/timeline/time-buckets.ts';
import { rangeOfBars, type IndexRange, type TimelineBar } from '../../domain/timeline/timeline-model.ts';
import {
  clampKeyboardRange,
  describeKeyboardRange,
  movingEnd,
  pressRangeKey,
  type KeyboardRange,
} from '../../domain/timeline/timeline-keyboard-range.ts';

type Props = {
  bars: readonly TimelineBar[];
  unit: BucketUnit;
  /** The buckets of the applied dates: where the keys start from. */
  selection: IndexRange | null;
  pending: KeyboardRange | null;
  onPending: (range: KeyboardRange | null) => void;
  describedBy: string;
  onSelectRange: (range: { from: IsoDate; to: IsoDate }) => void;
};

/**
 * The drag's keyboard equivalent: one Tab stop laid over the plot (a slider
 * whose value is the moving end), which the mouse passes through. The keys
 * are read by `pressRangeKey`; the pending range is drawn by the chart and
 * said in words below it.
 */
export function TimelineRangeKeys({ bars, unit, selection, pending, onPending, describedBy, onSelectRange }: Props) {
  const [said, setSaid] = useState('');
  const labels = bars.map((bar) => bar.label);
  const shown = pending === null ? null : clampKeyboardRange(pending, bars.length);
  const end = shown === null ? null : movingEnd(shown);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const result = pressRangeKey(pending, event, { count: bars.length, selection });
    if (result.kind === 'ignored') return;
    event.preventDefault();
    event.stopPropagation();
    if (result.kind === 'pending') {
      onPending(result.range);
      setSaid(describeKeyboardRange(result.range, labels, unit));
    } else if (result.kind === 'cancel') {
      onPending(null);
      setSaid('Cancelled; the dates are as they were.');
    } else {
      onPending(null);
      setSaid('');
      const range = rangeOfBars(bars, result.range.startIndex, result.range.endIndex);
      if (range) onSelectRange(range);
    }
  };

  return (
    <>
      <div
        className="tl-keys"
        role="slider"
        tabIndex={0}
        aria-label="Select dates on the timeline"
        aria-describedby={describedBy}
        aria-valuemin={1}
        aria-valuemax={bars.length}
        aria-valuenow={(shown?.focus ?? selection?.endIndex ?? 0) + 1}
        aria-valuetext={
          shown === null
            ? 'No dates pending'
            : `${end === 'start' ? 'Start' : 'End'}: ${labels[shown.focus] ?? ''}`
        }
        onKeyDown={onKeyDown}
        onBlur={() => {
          onPending(null);
          setSaid('');
        }}
      />
      <p className="tl-keys-status" aria-live="polite">
        {said}
      </p>
    </>
  );
}
