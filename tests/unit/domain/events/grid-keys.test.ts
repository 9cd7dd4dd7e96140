import { describe, expect, it } from 'vitest';
import { moveGridFocus, type GridPosition } from '../../../../src/domain/events/grid-keys.ts';

const size = { rows: 100, cols: 8, pageRows: 10 };
const at = (row: number, col: number): GridPosition => ({ row, col });

describe('moveGridFocus', () => {
  it.each<[string, GridPosition, string, boolean, GridPosition | null]>([
    ['right', at(5, 2), 'ArrowRight', false, at(5, 3)],
    ['right at the last column stays', at(5, 7), 'ArrowRight', false, at(5, 7)],
    ['left at the first column stays', at(5, 0), 'ArrowLeft', false, at(5, 0)],
    ['down', at(5, 2), 'ArrowDown', false, at(6, 2)],
    ['down at the last row stays', at(99, 2), 'ArrowDown', false, at(99, 2)],
    ['up from the first row reaches the header', at(0, 2), 'ArrowUp', false, at(-1, 2)],
    ['up from the header stays', at(-1, 2), 'ArrowUp', false, at(-1, 2)],
    ['down from the header', at(-1, 4), 'ArrowDown', false, at(0, 4)],
    ['Home: the row’s first cell', at(5, 4), 'Home', false, at(5, 0)],
    ['End: the row’s last cell', at(5, 4), 'End', false, at(5, 7)],
    ['Ctrl+Home: the first cell of the grid', at(50, 4), 'Home', true, at(0, 0)],
    ['Ctrl+End: the last cell of the grid', at(5, 4), 'End', true, at(99, 7)],
    ['Page Down', at(5, 1), 'PageDown', false, at(15, 1)],
    ['Page Down near the end', at(95, 1), 'PageDown', false, at(99, 1)],
    ['Page Up', at(25, 1), 'PageUp', false, at(15, 1)],
    ['Page Up near the top stops at the first row', at(3, 1), 'PageUp', false, at(0, 1)],
    ['Page Up from the header stays there', at(-1, 1), 'PageUp', false, at(-1, 1)],
    ['other keys do not move', at(5, 1), 'a', false, null],
    ['Enter does not move', at(5, 1), 'Enter', false, null],
  ])('%s', (_name, from, key, ctrl, expected) => {
    expect(moveGridFocus(from, key, ctrl, size)).toEqual(expected);
  });

  it('an empty grid keeps focus on the header', () => {
    const empty = { rows: 0, cols: 8, pageRows: 10 };
    expect(moveGridFocus(at(-1, 3), 'ArrowDown', false, empty)).toEqual(at(-1, 3));
    expect(moveGridFocus(at(-1, 3), 'Home', true, empty)).toEqual(at(-1, 0));
  });
});
