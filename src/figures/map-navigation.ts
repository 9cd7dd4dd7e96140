/**
 * Arrow-key movement between the countries of the map: the next country is
 * the nearest one within 45° of the pressed direction, with distance off the
 * axis counted double so that "right" stays roughly on the same row. Only
 * when nothing lies in that cone does anything on that side of the page do.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export type NavigablePoint<K extends string> = { code: K; anchor: readonly [number, number] };

const OFF_AXIS_WEIGHT = 2;

export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}

/** The code to move to, or null when nothing lies that way (focus stays). */
export function nearestInDirection<K extends string>(
  points: readonly NavigablePoint<K>[],
  from: K,
  direction: Direction,
): K | null {
  const origin = points.find((point) => point.code === from);
  if (!origin) return points[0]?.code ?? null;
  let best: { code: K; score: number; inCone: boolean } | null = null;
  for (const point of points) {
    if (point.code === from) continue;
    const dx = point.anchor[0] - origin.anchor[0];
    const dy = point.anchor[1] - origin.anchor[1];
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 && !(along === 0 && across === 0)) continue;
    // Two marks at the very same spot: step through them in list order.
    if (along === 0 && across === 0 && !isLaterIn(points, from, point.code, direction)) continue;
    const score = along + OFF_AXIS_WEIGHT * across;
    const inCone = along >= across;
    const better =
      best === null ||
      (inCone && !best.inCone) ||
      (inCone === best.inCone && (score < best.score || (score === best.score && point.code < best.code)));
    if (better) best = { code: point.code, score, inCone };
  }
  return best?.code ?? null;
}

function isLaterIn<K extends string>(points: readonly NavigablePoint<K>[], from: K, to: K, direction: Direction): boolean {
  const forward = direction === 'right' || direction === 'down';
  const a = points.findIndex((point) => point.code === from);
  const b = points.findIndex((point) => point.code === to);
  return forward ? b > a : b < a;
}
