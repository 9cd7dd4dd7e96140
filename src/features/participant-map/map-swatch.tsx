import type { MapPaint } from '../../figures/map-geometry.ts';

/** A small sample of a map paint, for the legend and the country list. */
export function MapSwatch({ paint, shape = 'square' }: { paint: MapPaint; shape?: 'square' | 'point' }) {
  return (
    <svg className="map-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {shape === 'point' ? (
        <circle cx="8" cy="8" r="4.5" fill={paint.fill} stroke={paint.stroke} strokeWidth={1.25} />
      ) : (
        <rect
          x="1"
          y="1"
          width="14"
          height="14"
          fill={paint.fill}
          stroke={paint.stroke}
          strokeWidth={Math.max(1, paint.strokeWidth)}
          strokeDasharray={paint.strokeDasharray ?? undefined}
        />
      )}
    </svg>
  );
}

/** The hatch of mentioned-only countries, defined once for every SVG of the panel. */
export function HatchPattern({ id, ground, hatch }: { id: string; ground: string; hatch: string }) {
  return (
    <svg className="map-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={id} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <rect width="5" height="5" fill={ground} />
          <line x1="0" y1="0" x2="0" y2="5" stroke={hatch} strokeWidth="2" />
        </pattern>
      </defs>
    </svg>
  );
}
