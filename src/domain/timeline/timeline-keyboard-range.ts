import { formatCount } from '../format/format-count.ts';
import type { BucketUnit } from './time-buckets.ts';
import type { IndexRange } from './timeline-model.ts';

/**
 * The keyboard's way to do what a drag across the timeline does. Like a
 * text selection made with Shift and the arrows, a pending range has an
 * `anchor` that stays put and a `focus` that the keys move; the range is the
 * buckets between the two, whichever comes first. Space swaps them, so the
 * other end moves: with two ends and one focusable control, both can be set
 * without a second Tab stop.
 *
 * - Left/Down, Right/Up: the moving end one bucket earlier or later;
 *   with Shift, or PageDown/PageUp, ten buckets.
 * - Home/End: the moving end to the first or last bucket.
 * - Space: the other end moves from now on.
 * - Enter: apply the pending range (the caller writes from/to, as a drag does).
 * - Escape: drop the pending range; with none pending it does nothing, so a
 *   second Escape never clears the applied dates.
 */
export type KeyboardRange = { anchor: number; focus: number };

export type RangeKey = { key: string; shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean };

export type RangeKeyContext = {
  /** How many buckets the chart draws. */
  count: number;
  /** The buckets of the dates already applied, where a new pending range starts. */
  selection: IndexRange | null;
};

export type RangeKeyResult =
  /** Not a key of the range: the browser keeps it (Tab, shortcuts). */
  | { kind: 'ignored' }
  | { kind: 'pending'; range: KeyboardRange }
  | { kind: 'apply'; range: IndexRange }
  | { kind: 'cancel' };

export const LARGE_STEP = 10;

const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 };
const PAGE_STEPS: Record<string, number> = { PageDown: -LARGE_STEP, PageUp: LARGE_STEP };

function clamp(index: number, count: number): number {
  return Math.min(Math.max(index, 0), count - 1);
}

/** The range with both ends on one of `count` bars: bars may change under it (another bucket, new data). */
export function clampKeyboardRange(range: KeyboardRange, count: number): KeyboardRange {
  return { anchor: clamp(range.anchor, count), focus: clamp(range.focus, count) };
}

/** The buckets a pending range covers, first to last. */
export function indicesOfKeyboardRange(range: KeyboardRange): IndexRange {
  return { startIndex: Math.min(range.anchor, range.focus), endIndex: Math.max(range.anchor, range.focus) };
}

/**
 * Where a pending range starts when the first key is pressed: the applied
 * dates, their end moving, or else the first bucket.
 */
function beginRange(context: RangeKeyContext): KeyboardRange {
  const { selection, count } = context;
  if (selection === null) return { anchor: 0, focus: 0 };
  return { anchor: clamp(selection.startIndex, count), focus: clamp(selection.endIndex, count) };
}

/** What one key press does to the pending range (null: none pending). Never mutates `pending`. */
export function pressRangeKey(pending: KeyboardRange | null, key: RangeKey, context: RangeKeyContext): RangeKeyResult {
  const { count } = context;
  if (count < 1 || key.altKey || key.ctrlKey || key.metaKey) return { kind: 'ignored' };
  const current = pending === null ? null : clampKeyboardRange(pending, count);
  const start = current ?? beginRange(context);

  const step = STEPS[key.key];
  if (step !== undefined) {
    const by = key.shiftKey ? step * LARGE_STEP : step;
    return { kind: 'pending', range: { anchor: start.anchor, focus: clamp(start.focus + by, count) } };
  }
  const page = PAGE_STEPS[key.key];
  if (page !== undefined) return { kind: 'pending', range: { anchor: start.anchor, focus: clamp(start.focus + page, count) } };
  switch (key.key) {
    case 'Home':
      return { kind: 'pending', range: { anchor: start.anchor, focus: 0 } };
    case 'End':
      return { kind: 'pending', range: { anchor: start.anchor, focus: count - 1 } };
    case ' ':
      return { kind: 'pending', range: { anchor: start.focus, focus: start.anchor } };
    case 'Enter':
      return current === null ? { kind: 'ignored' } : { kind: 'apply', range: indicesOfKeyboardRange(current) };
    case 'Escape':
      return current === null ? { kind: 'ignored' } : { kind: 'cancel' };
    default:
      return { kind: 'ignored' };
  }
}

const UNIT_NOUNS: Record<BucketUnit, [string, string]> = {
  day: ['day', 'days'],
  week: ['ISO week', 'ISO weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/** Which end the keys move, in words; none when both ends are on one bucket. */
export function movingEnd(range: KeyboardRange): 'start' | 'end' | null {
  if (range.focus === range.anchor) return null;
  return range.focus < range.anchor ? 'start' : 'end';
}

/**
 * The pending range in words, as the chart announces it:
 * "From March 2020 to June 2021, 16 months. Arrows move the end, Space the
 * other end; Enter applies, Escape cancels."
 */
export function describeKeyboardRange(range: KeyboardRange, labels: readonly string[], unit: BucketUnit): string {
  const { startIndex, endIndex } = indicesOfKeyboardRange(range);
  const first = labels[startIndex] ?? '';
  const last = labels[endIndex] ?? '';
  const buckets = endIndex - startIndex + 1;
  const [one, many] = UNIT_NOUNS[unit];
  const span = startIndex === endIndex ? `${first} only, 1 ${one}` : `From ${first} to ${last}, ${formatCount(buckets)} ${buckets === 1 ? one : many}`;
  const end = movingEnd(range);
  const moves = end === null ? 'Arrows move an end' : `Arrows move the ${end}, Space the ${end === 'start' ? 'end' : 'start'}`;
  return `${span}. ${moves}; Enter applies, Escape cancels.`;
}
