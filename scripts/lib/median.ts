/**
 * The middle of the samples (the mean of the two middle ones for an even
 * count). No samples give NaN, never 0: a run that measured nothing must not
 * read as one that took no time. Print NaN as "n/a".
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
