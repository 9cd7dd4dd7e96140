import { describe, expect, it } from 'vitest';
import { buildFacetOptions, limitFacetOptions, type FacetOption } from '../../src/domain/facet-options.ts';

const names: Record<string, string> = { a: 'Zed', b: 'Amy', c: 'Bo', d: 'Cy' };
const label = (value: string) => names[value] ?? value;

describe('buildFacetOptions', () => {
  it.each<[string, Array<{ value: string; count: number }>, string[], Array<[string, number, boolean]>]>([
    ['empty counts, nothing selected', [], [], []],
    ['most first', [{ value: 'a', count: 1 }, { value: 'b', count: 3 }], [], [['Amy', 3, false], ['Zed', 1, false]]],
    ['ties ordered by label, not id', [{ value: 'a', count: 2 }, { value: 'c', count: 2 }, { value: 'b', count: 2 }], [], [
      ['Amy', 2, false], ['Bo', 2, false], ['Zed', 2, false],
    ]],
    ['a selected value keeps its count and is ticked', [{ value: 'a', count: 2 }], ['a'], [['Zed', 2, true]]],
    ['a selected value with no matches stays, at zero, so it can be unticked', [{ value: 'a', count: 2 }], ['d', 'a'], [
      ['Zed', 2, true], ['Cy', 0, true],
    ]],
    ['an unknown id falls back to the id', [{ value: 'x-1', count: 1 }], [], [['x-1', 1, false]]],
  ])('%s', (_name, counts, selected, expected) => {
    const options = buildFacetOptions(counts, selected, label);
    expect(options.map((o) => [o.label, o.count, o.selected])).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const counts = Object.freeze([Object.freeze({ value: 'a', count: 1 }), Object.freeze({ value: 'b', count: 2 })]);
    const selected = Object.freeze(['c']);
    buildFacetOptions(counts, selected, label);
    expect(counts.map((c) => c.value)).toEqual(['a', 'b']);
  });
});

describe('limitFacetOptions', () => {
  const options: FacetOption[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((value, i) => ({
    value,
    label: value,
    count: 10 - i,
    selected: value === 'e',
  }));

  it.each<[string, number, boolean, string[], number]>([
    ['fewer options than the limit: all, nothing hidden', 10, false, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 0],
    ['over the limit: the first ones plus the selected one beyond it', 2, false, ['a', 'b', 'e'], 4],
    ['expanded: everything', 2, true, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 0],
    ['exactly at the limit', 7, false, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 0],
    ['three folded away is worth a button', 3, false, ['a', 'b', 'c', 'e'], 3],
    ['two folded away is not: all shown', 5, false, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 0],
  ])('%s', (_name, limit, expanded, shown, hidden) => {
    const result = limitFacetOptions(options, limit, expanded);
    expect(result.shown.map((o) => o.value)).toEqual(shown);
    expect(result.hidden).toBe(hidden);
  });
});
