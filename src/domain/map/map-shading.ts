/**
 * How the participant map turns event counts into shades. Counts are small
 * integers with a long tail (a host state may sit in hundreds of events while
 * most sit in one or two), so the classes are contiguous integer ranges cut
 * at quantiles of the counts, never more than the palette has colours.
 */

/** An inclusive range of event counts drawn in one shade. */
export type ShadeBucket = { min: number; max: number };

export type ShadeScale = {
  buckets: readonly ShadeBucket[];
};

export const MAX_SHADE_BUCKETS = 5;

/**
 * Classes for a set of per-country event counts. Zero counts are not shaded
 * (those countries took part in nothing), so they play no part in the cuts.
 * With a maximum of at most `maxBuckets` every count gets its own class.
 */
export function buildShadeScale(counts: readonly number[], maxBuckets: number = MAX_SHADE_BUCKETS): ShadeScale {
  const positive = counts.filter((count) => Number.isFinite(count) && count > 0).map(Math.floor);
  if (positive.length === 0 || maxBuckets < 1) return { buckets: [] };
  positive.sort((a, b) => a - b);
  const max = positive[positive.length - 1]!;
  if (max <= maxBuckets) {
    return { buckets: Array.from({ length: max }, (_, i) => ({ min: i + 1, max: i + 1 })) };
  }
  const uppers = new Set<number>();
  for (let k = 1; k < maxBuckets; k += 1) {
    const cut = positive[Math.floor((k * positive.length) / maxBuckets)]!;
    if (cut < max) uppers.add(cut);
  }
  uppers.add(max);
  const buckets: ShadeBucket[] = [];
  let min = 1;
  for (const upper of [...uppers].sort((a, b) => a - b)) {
    buckets.push({ min, max: upper });
    min = upper + 1;
  }
  return { buckets };
}

/** The class a count falls in, or null when it is not shaded (zero, or beyond the scale). */
export function shadeBucketOf(scale: ShadeScale, count: number): number | null {
  if (!(count > 0)) return null;
  const index = scale.buckets.findIndex((bucket) => count >= bucket.min && count <= bucket.max);
  return index < 0 ? null : index;
}

/** "1", "2–3", "41–120": the legend text of a class. */
export function formatBucketLabel(bucket: ShadeBucket): string {
  return bucket.min === bucket.max ? String(bucket.min) : `${bucket.min}–${bucket.max}`;
}

/**
 * Which of `paletteSize` colours each of `bucketCount` classes takes: spread
 * over the whole ramp so few classes still differ strongly, and a lone class
 * takes a strong colour rather than the faintest.
 */
export function paletteIndices(bucketCount: number, paletteSize: number): number[] {
  if (bucketCount <= 0 || paletteSize <= 0) return [];
  if (bucketCount === 1) return [Math.max(0, paletteSize - 2)];
  return Array.from({ length: bucketCount }, (_, i) =>
    Math.min(paletteSize - 1, Math.round((i * (paletteSize - 1)) / (bucketCount - 1))),
  );
}
