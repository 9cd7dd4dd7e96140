import type { SeriesStyle } from '../../domain/timeline/timeline-model.ts';

/**
 * Fills for the timeline's series: a palette colour (set in CSS, so it
 * follows light and dark mode) overlaid with a pattern, so that a series can
 * be told apart without its colour. Defined once per panel in a zero-size
 * SVG that the chart and the legend both point to.
 */

function styleKey(style: SeriesStyle): string {
  return `${style.colour}-${style.pattern}`;
}

export function patternId(prefix: string, style: SeriesStyle): string {
  return `${prefix}-fill-${styleKey(style)}`;
}

export function hatchId(prefix: string): string {
  return `${prefix}-not-covered`;
}

const SIZE = 6;

function PatternContent({ style }: { style: SeriesStyle }) {
  const tone = `tl-tone-${style.colour}`;
  const base = <rect width={SIZE} height={SIZE} className={`tl-fill ${tone}`} />;
  switch (style.pattern) {
    case 'solid':
      return base;
    case 'stripes':
      return (
        <>
          {base}
          <rect width={2} height={SIZE} className={`tl-ink ${tone}`} />
        </>
      );
    case 'dots':
      return (
        <>
          {base}
          <circle cx={SIZE / 2} cy={SIZE / 2} r={1.3} className={`tl-ink ${tone}`} />
        </>
      );
    case 'lines':
      return (
        <>
          {base}
          <rect y={SIZE / 2 - 0.8} width={SIZE} height={1.6} className={`tl-ink ${tone}`} />
        </>
      );
    case 'cross':
      return (
        <>
          {base}
          <rect width={1.2} height={SIZE} className={`tl-ink ${tone}`} />
          <rect width={SIZE} height={1.2} className={`tl-ink ${tone}`} />
        </>
      );
  }
}

export function SeriesPatternDefs({ prefix, styles }: { prefix: string; styles: readonly SeriesStyle[] }) {
  const unique = new Map(styles.map((style) => [styleKey(style), style]));
  return (
    <svg className="tl-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {[...unique.values()].map((style) => (
          <pattern
            key={styleKey(style)}
            id={patternId(prefix, style)}
            patternUnits="userSpaceOnUse"
            width={SIZE}
            height={SIZE}
            patternTransform={style.pattern === 'stripes' ? 'rotate(45)' : undefined}
          >
            <PatternContent style={style} />
          </pattern>
        ))}
        <pattern id={hatchId(prefix)} patternUnits="userSpaceOnUse" width={8} height={8} patternTransform="rotate(-45)">
          <rect width={1.5} height={8} className="tl-hatch" />
        </pattern>
      </defs>
    </svg>
  );
}

/** The series' fill in a small square, for the legend and the table. */
export function SeriesSwatch({ prefix, style, muted = false }: { prefix: string; style: SeriesStyle; muted?: boolean }) {
  return (
    <svg className={`tl-swatch${muted ? ' tl-swatch--muted' : ''}`} width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="15" height="15" rx="2" fill={`url(#${patternId(prefix, style)})`} />
    </svg>
  );
}
