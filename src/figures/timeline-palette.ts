/**
 * The theme timeline's light-scheme palette as values, for exported figures
 * (which are always light: they go on paper and slides). The live chart
 * reads the same colours from CSS custom properties in
 * src/features/theme-timeline/theme-timeline.css; a unit test fails when the
 * two drift apart.
 */
export type TimelineTone = { fill: string; ink: string };

export const TIMELINE_TONES: readonly TimelineTone[] = [
  { fill: '#0072b2', ink: 'rgba(255, 255, 255, 0.7)' },
  { fill: '#e69f00', ink: 'rgba(0, 0, 0, 0.55)' },
  { fill: '#009e73', ink: 'rgba(255, 255, 255, 0.7)' },
  { fill: '#cc79a7', ink: 'rgba(0, 0, 0, 0.55)' },
  { fill: '#56b4e9', ink: 'rgba(0, 0, 0, 0.55)' },
  { fill: '#d55e00', ink: 'rgba(255, 255, 255, 0.7)' },
  { fill: '#f0e442', ink: 'rgba(0, 0, 0, 0.55)' },
  { fill: '#332288', ink: 'rgba(255, 255, 255, 0.7)' },
  { fill: '#882255', ink: 'rgba(255, 255, 255, 0.7)' },
  { fill: '#999933', ink: 'rgba(0, 0, 0, 0.55)' },
];

/** "No theme assigned". */
export const TIMELINE_NEUTRAL_TONE: TimelineTone = { fill: '#a3a9b1', ink: 'rgba(0, 0, 0, 0.6)' };

export function timelineTone(colour: number | 'neutral'): TimelineTone {
  return colour === 'neutral' ? TIMELINE_NEUTRAL_TONE : (TIMELINE_TONES[colour % TIMELINE_TONES.length] ?? TIMELINE_NEUTRAL_TONE);
}
