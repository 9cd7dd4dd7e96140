/**
 * One segment of a stacked bar as the live timeline draws it: the same
 * geometry and attributes recharts' Rectangle gives a square-cornered,
 * unanimated rectangle (coordinates rounded to 4 decimals, no -0), without
 * the component machinery it spends on animation. A chart redraws a few
 * hundred of these on every filter change.
 */
export type BarSegmentBox = { x: number; y: number; width: number; height: number };

const round = (value: number) => {
  const rounded = Math.round(value * 1e4) / 1e4;
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** Null when there is nothing to paint: a zero or non-numeric size or position. */
export function barSegmentGeometry({ x, y, width, height }: BarSegmentBox): (BarSegmentBox & { d: string }) | null {
  if (![x, y, width, height].every(Number.isFinite) || width === 0 || height === 0) return null;
  return {
    x: round(x),
    y: round(y),
    width: round(width),
    height: round(height),
    d: `M ${round(x)},${round(y)} h ${round(width)} v ${round(height)} h ${round(-width)} Z`,
  };
}
