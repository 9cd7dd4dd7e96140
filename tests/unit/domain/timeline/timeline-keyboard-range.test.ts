import { describe, expect, it } from 'vitest';
import {
  clampKeyboardRange,
  describeKeyboardRange,
  indicesOfKeyboardRange,
  movingEnd,
  pressRangeKey,
  type KeyboardRange,
  type RangeKey,
  type RangeKeyContext,
  type RangeKeyResult,
} from '../../../../src/domain/timeline/timeline-keyboard-range.ts';

const none: RangeKeyContext = { count: 30, selection: null };
const applied: RangeKeyContext = { count: 30, selection: { startIndex: 4, endIndex: 7 } };
const pending = (anchor: number, focus: number): RangeKeyResult => ({ kind: 'pending', range: { anchor, focus } });

describe('pressRangeKey', () => {
  const cases: Array<[string, KeyboardRange | null, RangeKey, RangeKeyContext, RangeKeyResult]> = [
    // Starting: from the first bucket, or from the applied dates with their end moving.
    ['Right starts at the first bucket and moves the end', null, { key: 'ArrowRight' }, none, pending(0, 1)],
    ['Up is Right', null, { key: 'ArrowUp' }, none, pending(0, 1)],
    ['Left at the first bucket stays there', null, { key: 'ArrowLeft' }, none, pending(0, 0)],
    ['Right starts from the applied dates', null, { key: 'ArrowRight' }, applied, pending(4, 8)],
    ['Left narrows the applied dates', null, { key: 'ArrowLeft' }, applied, pending(4, 6)],
    ['End from nothing spans every bucket', null, { key: 'End' }, none, pending(0, 29)],
    ['Space from the applied dates moves their start', null, { key: ' ' }, applied, pending(7, 4)],
    // Moving.
    ['Right by one', { anchor: 3, focus: 5 }, { key: 'ArrowRight' }, none, pending(3, 6)],
    ['Down by one back', { anchor: 3, focus: 5 }, { key: 'ArrowDown' }, none, pending(3, 4)],
    ['Shift+Right by ten', { anchor: 3, focus: 5 }, { key: 'ArrowRight', shiftKey: true }, none, pending(3, 15)],
    ['Shift+Left by ten, clamped to the first bucket', { anchor: 3, focus: 5 }, { key: 'ArrowLeft', shiftKey: true }, none, pending(3, 0)],
    ['PageUp by ten, clamped to the last bucket', { anchor: 3, focus: 25 }, { key: 'PageUp' }, none, pending(3, 29)],
    ['PageDown by ten back', { anchor: 3, focus: 25 }, { key: 'PageDown' }, none, pending(3, 15)],
    ['Home to the first bucket', { anchor: 3, focus: 5 }, { key: 'Home' }, none, pending(3, 0)],
    ['End to the last bucket', { anchor: 3, focus: 5 }, { key: 'End' }, none, pending(3, 29)],
    ['crossing the anchor makes the moving end the start', { anchor: 3, focus: 3 }, { key: 'ArrowLeft' }, none, pending(3, 2)],
    ['Space swaps the ends', { anchor: 3, focus: 9 }, { key: ' ' }, none, pending(9, 3)],
    ['a range left beyond fewer bars is drawn on the last one', { anchor: 40, focus: 50 }, { key: 'ArrowLeft' }, none, pending(29, 28)],
    // Applying and cancelling.
    ['Enter applies first to last', { anchor: 9, focus: 3 }, { key: 'Enter' }, none, { kind: 'apply', range: { startIndex: 3, endIndex: 9 } }],
    ['Enter with nothing pending does nothing', null, { key: 'Enter' }, applied, { kind: 'ignored' }],
    ['Escape cancels a pending range', { anchor: 3, focus: 9 }, { key: 'Escape' }, applied, { kind: 'cancel' }],
    ['a second Escape does nothing', null, { key: 'Escape' }, applied, { kind: 'ignored' }],
    // Keys that are not the range's.
    ['Tab is the browser’s', { anchor: 3, focus: 9 }, { key: 'Tab' }, none, { kind: 'ignored' }],
    ['a letter is ignored', null, { key: 'a' }, none, { kind: 'ignored' }],
    ['Ctrl+Right is the browser’s', null, { key: 'ArrowRight', ctrlKey: true }, none, { kind: 'ignored' }],
    ['Alt+Left (back) is the browser’s', null, { key: 'ArrowLeft', altKey: true }, none, { kind: 'ignored' }],
    ['no bars, no range', null, { key: 'ArrowRight' }, { count: 0, selection: null }, { kind: 'ignored' }],
  ];
  it.each(cases)('%s', (_name, before, key, context, expected) => {
    const frozen = before === null ? null : Object.freeze({ ...before });
    expect(pressRangeKey(frozen, key, context)).toEqual(expected);
  });

  it('with one bar, every move stays on it', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageUp']) {
      expect(pressRangeKey(null, { key }, { count: 1, selection: null })).toEqual(pending(0, 0));
    }
  });

  it('a sequence of keys selects both ends and applies them', () => {
    const context = { count: 12, selection: null };
    let range: KeyboardRange | null = null;
    for (const key of ['End', ' ', 'ArrowRight', 'ArrowRight', 'ArrowRight', ' ', 'ArrowLeft']) {
      const result = pressRangeKey(range, { key }, context);
      if (result.kind !== 'pending') throw new Error(`${key} gave ${result.kind}`);
      range = result.range;
    }
    expect(pressRangeKey(range, { key: 'Enter' }, context)).toEqual({ kind: 'apply', range: { startIndex: 3, endIndex: 10 } });
  });
});

describe('indicesOfKeyboardRange and movingEnd', () => {
  it.each([
    [{ anchor: 2, focus: 5 }, { startIndex: 2, endIndex: 5 }, 'end'],
    [{ anchor: 5, focus: 2 }, { startIndex: 2, endIndex: 5 }, 'start'],
    [{ anchor: 4, focus: 4 }, { startIndex: 4, endIndex: 4 }, null],
  ] as const)('%o covers %o, moving the %s', (range, indices, end) => {
    expect(indicesOfKeyboardRange(range)).toEqual(indices);
    expect(movingEnd(range)).toBe(end);
  });
});

describe('describeKeyboardRange', () => {
  const months = ['March 2020', 'April 2020', 'May 2020', 'June 2020', 'July 2020'];
  it.each([
    [{ anchor: 0, focus: 3 }, 'month', 'From March 2020 to June 2020, 4 months. Arrows move the end, Space the start; Enter applies, Escape cancels.'],
    [{ anchor: 4, focus: 1 }, 'month', 'From April 2020 to July 2020, 4 months. Arrows move the start, Space the end; Enter applies, Escape cancels.'],
    [{ anchor: 2, focus: 2 }, 'month', 'May 2020 only, 1 month. Arrows move an end; Enter applies, Escape cancels.'],
    [{ anchor: 0, focus: 1 }, 'week', 'From March 2020 to April 2020, 2 ISO weeks. Arrows move the end, Space the start; Enter applies, Escape cancels.'],
  ] as const)('%o by %s', (range, unit, expected) => {
    expect(describeKeyboardRange(range, months, unit)).toBe(expected);
  });

  it('counts many buckets with a thousands separator', () => {
    const days = Array.from({ length: 1200 }, (_, i) => `day ${i}`);
    expect(describeKeyboardRange({ anchor: 0, focus: 1199 }, days, 'day')).toMatch(/^From day 0 to day 1199, 1,200 days\./);
  });
});

describe('clampKeyboardRange', () => {
  it.each([
    [{ anchor: 3, focus: 9 }, 12, { anchor: 3, focus: 9 }],
    [{ anchor: 3, focus: 40 }, 12, { anchor: 3, focus: 11 }],
    [{ anchor: 30, focus: 40 }, 12, { anchor: 11, focus: 11 }],
  ] as const)('%o on %i bars is %o', (range, count, expected) => {
    expect(clampKeyboardRange(range, count)).toEqual(expected);
  });
});
