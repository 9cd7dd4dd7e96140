import type { FacetCount } from '../linked-views.ts';

/**
 * Facet entries with a non-zero count, by descending count then ascending
 * value (the reference's order). `byValue` lists the value ids in ascending
 * value order; with it, long facets (every event of the corpus) are ordered
 * by a counting sort instead of a comparison sort.
 */
export function sortFacetCounts(
  counts: Uint32Array,
  values: readonly string[],
  byValue: Uint32Array | null,
): FacetCount[] {
  let entries = 0;
  let max = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i]!;
    if (count === 0) continue;
    entries += 1;
    if (count > max) max = count;
  }
  if (byValue === null || max > 4 * entries + 1024) {
    const result: FacetCount[] = [];
    for (let i = 0; i < counts.length; i += 1) if (counts[i]! > 0) result.push({ value: values[i]!, count: counts[i]! });
    return result.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  // Slots by descending count; filling them in value order keeps ties sorted.
  const next = new Uint32Array(max + 2);
  for (let i = 0; i < counts.length; i += 1) if (counts[i]! > 0) next[max - counts[i]! + 1]! += 1;
  for (let slot = 1; slot <= max; slot += 1) next[slot]! += next[slot - 1]!;
  const result = new Array<FacetCount>(entries);
  for (let j = 0; j < byValue.length; j += 1) {
    const i = byValue[j]!;
    const count = counts[i]!;
    if (count === 0) continue;
    const slot = max - count;
    result[next[slot]!] = { value: values[i]!, count };
    next[slot]! += 1;
  }
  return result;
}
