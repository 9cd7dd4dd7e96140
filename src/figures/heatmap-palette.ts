/**
 * Colours of the heatmaps (co-participation matrix, theme × country), one
 * set per scheme: five classes of a viridis ramp, from few to many, as the
 * participant map uses, each with the ink its number is written in (at
 * least 4.5:1 against the cell). Exported figures use the light set; the
 * live view reads the same values from CSS custom properties in
 * src/features/country-views/country-views.css (a unit test keeps the two
 * equal). A zero cell is the page's neutral and the diagonal of the matrix
 * (a country with itself) a grey, so neither reads as a count class.
 */
export type HeatTone = { fill: string; ink: string };

export type HeatmapPalette = {
  scheme: 'light' | 'dark';
  classes: readonly HeatTone[];
  zero: HeatTone;
  diagonal: HeatTone;
  /** Row and column labels, grid lines, the selection's outline. */
  label: string;
  grid: string;
  selected: string;
};

export const LIGHT_HEATMAP_PALETTE: HeatmapPalette = {
  scheme: 'light',
  classes: [
    { fill: '#fde725', ink: '#1b1b1f' },
    { fill: '#7ad151', ink: '#1b1b1f' },
    { fill: '#22a884', ink: '#000000' },
    { fill: '#2a788e', ink: '#ffffff' },
    { fill: '#414487', ink: '#ffffff' },
  ],
  zero: { fill: '#f1f3f5', ink: '#52525b' },
  diagonal: { fill: '#c8ccd2', ink: '#1b1b1f' },
  label: '#1b1b1f',
  grid: '#ffffff',
  selected: '#000000',
};

export const DARK_HEATMAP_PALETTE: HeatmapPalette = {
  scheme: 'dark',
  classes: [
    { fill: '#31688e', ink: '#ffffff' },
    { fill: '#23898e', ink: '#000000' },
    { fill: '#35b779', ink: '#000000' },
    { fill: '#90d743', ink: '#000000' },
    { fill: '#fde725', ink: '#000000' },
  ],
  zero: { fill: '#262d36', ink: '#c3ccd6' },
  diagonal: { fill: '#4b5563', ink: '#ffffff' },
  label: '#e8ecf1',
  grid: '#1a2027',
  selected: '#ffffff',
};
