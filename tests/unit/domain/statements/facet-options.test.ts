import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFacetOptions, chooseFacetOptions, limitFacetOptions, type FacetOption } from '../../../../src/domain/statements/facet-options.ts';

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

describe('chooseFacetOptions', () => {
  // Ten values, counts falling in pairs: 5 5 4 4 3 3 2 2 1 1. Within a pair the
  // label order is the reverse of the id order (j is "Name 0", i "Name 1").
  const counts = ['j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'].map((value, i) => ({ value, count: 5 - Math.floor(i / 2) }));
  const named = (value: string) => `Name ${'jihgfedcba'.indexOf(value)}`;
  const all = ['j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'];

  it.each<[string, string[], number, boolean, string[], number, number]>([
    ['folded: the first ones by count, ties by label', [], 3, false, ['j', 'i', 'h'], 7, 10],
    ['a selected value beyond the limit is kept, after the first ones', ['a'], 3, false, ['j', 'i', 'h', 'a'], 6, 10],
    ['several selected beyond the limit keep their order', ['a', 'd'], 3, false, ['j', 'i', 'h', 'd', 'a'], 5, 10],
    ['a selected value with no count comes last, at zero', ['zz'], 3, false, ['j', 'i', 'h', 'zz'], 7, 11],
    ['a selected value among the first ones is not repeated', ['j'], 3, false, ['j', 'i', 'h'], 7, 10],
    ['fewer than three would fold: everything', [], 8, false, all, 0, 10],
    ['selected ones leave fewer than three folded: everything', ['a', 'b', 'c', 'd', 'e'], 3, false, all, 0, 10],
    ['expanded: everything', [], 3, true, all, 0, 10],
    ['a limit of zero shows the selected ones only', ['c'], 0, false, ['c'], 9, 10],
  ])('%s', (_name, selected, limit, expanded, shown, hidden, total) => {
    const result = chooseFacetOptions(counts, selected, named, limit, expanded);
    expect(result.shown.map((o) => o.value)).toEqual(shown);
    expect(result.hidden).toBe(hidden);
    expect(result.total).toBe(total);
  });

  it('an empty facet has nothing to show', () => {
    expect(chooseFacetOptions([], [], label, 6, false)).toEqual({ shown: [], hidden: 0, total: 0 });
  });

  it('labels only the values that can be shown when folded', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ value: `v${i}`, count: 1000 - i }));
    const labelled: string[] = [];
    const result = chooseFacetOptions(many, ['v999'], (value) => (labelled.push(value), value), 6, false);
    expect(result.shown.map((o) => o.value)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v999']);
    expect(labelled.length).toBeLessThan(20);
  });

  it('does not mutate its input', () => {
    const frozen = Object.freeze(counts.map((c) => Object.freeze({ ...c })));
    const selected = Object.freeze(['a', 'zz']);
    chooseFacetOptions(frozen, selected, named, 3, false);
    expect(frozen.map((c) => c.value)).toEqual(counts.map((c) => c.value));
  });

  it('shows what limitFacetOptions(buildFacetOptions(…)) shows, for any counts, selection and limit', () => {
    const labels = ['Amy', 'amy', 'Åsa', 'Bo', 'bo', 'Zed', 'Émile', '李', 'O’Neil', 'x-1'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ value: fc.stringMatching(/^[a-f]{1,2}$/), count: fc.nat({ max: 6 }) }), {
          selector: (entry) => entry.value,
          maxLength: 30,
        }),
        fc.uniqueArray(fc.stringMatching(/^[a-g]{1,2}$/), { maxLength: 6 }),
        fc.nat({ max: 10 }),
        fc.boolean(),
        (entries, selected, limit, expanded) => {
          const labelOf = (value: string) => labels[(value.charCodeAt(0) + value.length) % labels.length]!;
          const all = buildFacetOptions(entries, selected, labelOf);
          const expected = limitFacetOptions(all, limit, expanded);
          expect(chooseFacetOptions(entries, selected, labelOf, limit, expanded)).toEqual({ ...expected, total: all.length });
        },
      ),
    );
  });
});
