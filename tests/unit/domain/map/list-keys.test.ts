import { describe, expect, it } from 'vitest';
import { moveInList, PAGE_STEP, typeAheadMatch } from '../../../../src/domain/map/list-keys.ts';

describe('moveInList', () => {
  it.each([
    ['ArrowDown', 3, 4],
    ['ArrowRight', 3, 4],
    ['ArrowUp', 3, 2],
    ['ArrowLeft', 0, 0],
    ['ArrowDown', 19, 19],
    ['Home', 12, 0],
    ['End', 2, 19],
    ['PageDown', 2, 2 + PAGE_STEP],
    ['PageDown', 15, 19],
    ['PageUp', 4, 0],
  ])('%s from %i in 20 → %i', (key, from, to) => {
    expect(moveInList(key, from, 20)).toBe(to);
  });

  it('ignores other keys and empty lists', () => {
    expect(moveInList('a', 3, 20)).toBeNull();
    expect(moveInList('Tab', 3, 20)).toBeNull();
    expect(moveInList('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('typeAheadMatch', () => {
  const names = ['China', 'Russia', 'Kazakhstan', 'Singapore', 'Saudi Arabia', 'Sri Lanka', 'Côte d’Ivoire', 'Iran'];

  it('jumps to the first name with the typed prefix, from the current one', () => {
    expect(typeAheadMatch(names, 'ka', 0)).toBe(2);
    expect(typeAheadMatch(names, 'sa', 0)).toBe(4);
    expect(typeAheadMatch(names, 'SRI', 0)).toBe(5);
  });

  it('steps through names with one letter typed again, wrapping round', () => {
    expect(typeAheadMatch(names, 's', 0)).toBe(3);
    expect(typeAheadMatch(names, 'ss', 3)).toBe(4);
    expect(typeAheadMatch(names, 'sss', 5)).toBe(3);
  });

  it('keeps the current name while a longer prefix still fits it', () => {
    expect(typeAheadMatch(names, 'si', 3)).toBe(3);
  });

  it('ignores case and accents, and finds nothing for no match', () => {
    expect(typeAheadMatch(names, 'cote', 0)).toBe(6);
    expect(typeAheadMatch(names, 'zz', 0)).toBeNull();
    expect(typeAheadMatch(names, '', 0)).toBeNull();
  });
});
