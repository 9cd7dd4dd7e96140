import type { BucketUnit, TimelineMeasure, TimelineScale } from '../timeline/time-buckets.ts';

/**
 * What a user may choose for an exported figure: its size and its headline.
 * The default headline says what the figure draws, in words; an edited one
 * replaces it, and an empty one falls back to it.
 */

/** The sizes a figure is exported at (CSS pixels; PNGs at twice that): a slide or page, a square post, a phone screen. */
export const FIGURE_SIZES = {
  landscape: { width: 1200, height: 800, label: '1200 × 800 (landscape)' },
  square: { width: 1080, height: 1080, label: '1080 × 1080 (square)' },
  phone: { width: 640, height: 960, label: '640 × 960 (phone)' },
} as const;
export type FigureSizeId = keyof typeof FIGURE_SIZES;
export const FIGURE_SIZE_IDS = Object.keys(FIGURE_SIZES) as FigureSizeId[];

/** The size and, when the user edited it, the headline (null: the default). */
export type FigureOptions = { size: FigureSizeId; headline: string | null };
export const DEFAULT_FIGURE_OPTIONS: FigureOptions = Object.freeze({ size: 'landscape', headline: null });

export const MAP_FIGURE_TITLE = 'Participant map: events each country took part in';

export function timelineFigureTitle(measure: TimelineMeasure, scale: TimelineScale, unit: BucketUnit): string {
  const what = scale === 'share' ? `share of ${measure} per theme` : `${measure} per theme`;
  return `Themes over time: ${what} by ${unit}`;
}

/** The headline to print: the user's, trimmed and on one line, or the default when there is none. */
export function resolveHeadline(headline: string | null | undefined, fallback: string): string {
  const cleaned = (headline ?? '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? fallback : cleaned;
}
