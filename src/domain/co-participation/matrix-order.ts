import type { CountryCode } from '../corpus/corpus-schema.ts';

/**
 * The two orders of the co-participation matrix. By count: the engine's
 * order (most events first, then by code). By clustering: average-linkage
 * hierarchical clustering on the Jaccard distance of the countries' event
 * sets (1 − shared ÷ either's), read off as the dendrogram's leaves, so
 * countries that meet at the same events sit together and their blocks
 * show on the diagonal. At each merge the two clusters are joined end to
 * end in whichever of the four orientations puts the closest pair of
 * countries side by side (a cheap form of optimal leaf ordering). Written
 * here, not taken from ml-hclust 4.0.0, which brings ml-matrix along for
 * a clustering of at most 30 countries.
 */
export type MatrixOrder = 'cluster' | 'count';

export type CountryMatrix = { countries: readonly CountryCode[]; counts: readonly number[] };

/** 1 − Jaccard similarity of the event sets of countries a and b. */
export function jaccardDistance(matrix: CountryMatrix, a: number, b: number): number {
  const n = matrix.countries.length;
  const shared = matrix.counts[a * n + b]!;
  const union = matrix.counts[a * n + a]! + matrix.counts[b * n + b]! - shared;
  return union === 0 ? 1 : 1 - shared / union;
}

function averageDistance(matrix: CountryMatrix, a: readonly number[], b: readonly number[]): number {
  let total = 0;
  for (const i of a) for (const j of b) total += jaccardDistance(matrix, i, j);
  return total / (a.length * b.length);
}

/** Joins two leaf orders end to end, the closest ends touching; ties keep the first orientation. */
function joinClosest(matrix: CountryMatrix, left: number[], right: number[]): number[] {
  const options = [
    [left, right],
    [left, [...right].reverse()],
    [[...left].reverse(), right],
    [[...left].reverse(), [...right].reverse()],
  ] as const;
  let best = 0;
  let bestDistance = Infinity;
  options.forEach(([l, r], i) => {
    const distance = jaccardDistance(matrix, l[l.length - 1]!, r[0]!);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  const [l, r] = options[best]!;
  return [...l, ...r];
}

/** Positions of the matrix's countries in clustering order. */
export function clusterOrder(matrix: CountryMatrix): number[] {
  // Clusters keep the position of their first member, so ties resolve in count order.
  let clusters: number[][] = matrix.countries.map((_, i) => [i]);
  while (clusters.length > 1) {
    let bestA = 0;
    let bestB = 1;
    let best = Infinity;
    for (let a = 0; a < clusters.length; a += 1) {
      for (let b = a + 1; b < clusters.length; b += 1) {
        const distance = averageDistance(matrix, clusters[a]!, clusters[b]!);
        if (distance < best - 1e-12) {
          best = distance;
          bestA = a;
          bestB = b;
        }
      }
    }
    const merged = joinClosest(matrix, clusters[bestA]!, clusters[bestB]!);
    clusters = clusters.filter((_, i) => i !== bestA && i !== bestB);
    clusters.splice(bestA, 0, merged);
  }
  return clusters[0] ?? [];
}

/** The matrix with its countries (rows and columns alike) in `order`. */
export function orderMatrix(matrix: CountryMatrix, order: MatrixOrder): CountryMatrix {
  const n = matrix.countries.length;
  const positions = order === 'cluster' ? clusterOrder(matrix) : matrix.countries.map((_, i) => i);
  return {
    countries: positions.map((i) => matrix.countries[i]!),
    counts: positions.flatMap((row) => positions.map((column) => matrix.counts[row * n + column]!)),
  };
}
