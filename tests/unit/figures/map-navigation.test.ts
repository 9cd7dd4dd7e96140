import { describe, expect, it } from 'vitest';
import { directionOfKey, nearestInDirection, type Direction } from '../../../src/figures/map-navigation.ts';

//   A . B
//   . C .
//   D . E      (y grows downwards, as on screen)
const points = [
  { code: 'A', anchor: [0, 0] as const },
  { code: 'B', anchor: [20, 0] as const },
  { code: 'C', anchor: [10, 10] as const },
  { code: 'D', anchor: [0, 20] as const },
  { code: 'E', anchor: [21, 20] as const },
];

describe('nearestInDirection', () => {
  it.each<[string, Direction, string | null]>([
    ['A', 'right', 'B'],
    ['A', 'down', 'D'],
    ['A', 'left', null],
    ['A', 'up', null],
    ['C', 'left', 'A'],
    ['C', 'right', 'B'],
    ['C', 'down', 'D'],
    ['C', 'up', 'A'],
    ['E', 'up', 'B'],
    ['E', 'left', 'D'],
    ['D', 'right', 'E'],
    ['B', 'down', 'E'],
  ])('from %s going %s → %s', (from, direction, expected) => {
    expect(nearestInDirection(points, from, direction)).toBe(expected);
  });

  it('prefers a country within 45° of the direction over a nearer one off to the side', () => {
    // China, Japan just below its row far to the right, Malaysia well below: Down goes to Malaysia.
    const asia = [
      { code: 'CHN', anchor: [493, 81] as const },
      { code: 'JPN', anchor: [554, 83] as const },
      { code: 'MYS', anchor: [533, 166] as const },
    ];
    expect(nearestInDirection(asia, 'CHN', 'down')).toBe('MYS');
    expect(nearestInDirection(asia, 'CHN', 'right')).toBe('JPN');
    // Nothing in the cone: the nearest on that side still counts, so no country is a dead end.
    const steep = [
      { code: 'A', anchor: [0, 0] as const },
      { code: 'B', anchor: [10, 30] as const },
    ];
    expect(nearestInDirection(steep, 'A', 'right')).toBe('B');
  });

  it('steps through marks at the very same spot in list order', () => {
    const stacked = [
      { code: 'X', anchor: [5, 5] as const },
      { code: 'Y', anchor: [5, 5] as const },
    ];
    expect(nearestInDirection(stacked, 'X', 'right')).toBe('Y');
    expect(nearestInDirection(stacked, 'Y', 'right')).toBeNull();
    expect(nearestInDirection(stacked, 'Y', 'left')).toBe('X');
  });

  it('starts at the first mark when the current one is gone', () => {
    expect(nearestInDirection(points, 'Z', 'right')).toBe('A');
    expect(nearestInDirection([], 'Z', 'right')).toBeNull();
  });
});

describe('directionOfKey', () => {
  it.each<[string, Direction | null]>([
    ['ArrowLeft', 'left'],
    ['ArrowRight', 'right'],
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down'],
    ['Enter', null],
  ])('%s → %s', (key, expected) => expect(directionOfKey(key)).toBe(expected));
});
