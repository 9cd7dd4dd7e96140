/**
 * Colours of the participant map, one set per colour scheme. The sequential
 * ramp samples viridis, which stays ordered for the common forms of colour
 * blindness and in greyscale. On the light page more events are darker; on
 * the dark page more events are brighter, so that in both themes the busiest
 * countries stand out most from the page. Participating countries also get a
 * solid outline and mentioned-only ones a hatch and a dashed outline, so
 * colour is never the only encoding.
 */
export type MapPalette = {
  scheme: 'light' | 'dark';
  /** Page behind the map (used by exports; the live view is transparent). */
  background: string;
  /** Land of countries with nothing to show. */
  land: string;
  /** Borders between those countries. */
  border: string;
  /** Sequential ramp, fewest events first. */
  shades: readonly string[];
  /** Outline of shaded (participating) countries and point symbols. */
  outline: string;
  /** Ground and hatch of mentioned-only countries. */
  mentionedGround: string;
  mentionedHatch: string;
  /** Selection: a dark casing with a light core, visible on every shade. */
  selectedCasing: string;
  selectedCore: string;
};

export const LIGHT_MAP_PALETTE: MapPalette = {
  scheme: 'light',
  background: '#ffffff',
  land: '#dde2e8',
  border: '#ffffff',
  shades: ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487'],
  outline: '#1b1f24',
  mentionedGround: '#f4f5f7',
  mentionedHatch: '#4a5360',
  selectedCasing: '#000000',
  selectedCore: '#ffffff',
};

export const DARK_MAP_PALETTE: MapPalette = {
  scheme: 'dark',
  background: '#1a2027',
  land: '#3a4552',
  border: '#1a2027',
  shades: ['#31688e', '#23898e', '#35b779', '#90d743', '#fde725'],
  outline: '#e8ecf1',
  mentionedGround: '#1a2027',
  mentionedHatch: '#c3ccd6',
  selectedCasing: '#000000',
  selectedCore: '#ffffff',
};

export function mapPaletteFor(scheme: 'light' | 'dark'): MapPalette {
  return scheme === 'dark' ? DARK_MAP_PALETTE : LIGHT_MAP_PALETTE;
}
