/**
 * A small seeded pseudo-random generator (splitmix32) and the samplers the
 * synthetic corpus needs. Math.random is never used: the same seed must give
 * the same corpus on every machine and every run.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [min, max], both inclusive. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
};

export function createRng(seed: number): Rng {
  // Mixing the seed once keeps seeds 1, 2, 3… from starting on similar states.
  let state = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) | 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[int(items.length)]!;
    },
  };
}

/**
 * Draws indices 0…n-1 with probability proportional to 1 / (rank + 1)^exponent:
 * a few values are very common and most are rare, as with the countries and
 * themes of real press releases.
 */
export type ZipfSampler = { size: number; sample(rng: Rng): number };

export function createZipfSampler(size: number, exponent: number): ZipfSampler {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  return {
    size,
    sample(rng) {
      const target = rng.next() * total;
      let lo = 0;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
  };
}

/** `count` distinct indices from the sampler, in the order drawn. */
export function sampleDistinct(rng: Rng, sampler: ZipfSampler, count: number): number[] {
  const wanted = Math.min(count, sampler.size);
  const chosen = new Set<number>();
  // Zipf draws repeat the head often; a bounded number of tries, then a
  // uniform fill, keeps this fast for any count.
  for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries += 1) chosen.add(sampler.sample(rng));
  while (chosen.size < wanted) chosen.add(rng.int(sampler.size));
  return [...chosen];
}
