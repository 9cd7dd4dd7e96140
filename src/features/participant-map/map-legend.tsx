import type { MapPalette } from '../../figures/map-palette.ts';
import type { MapLegend as Legend } from '../../figures/map-geometry.ts';
import { MapSwatch } from './map-swatch.tsx';

/** What the shades, the hatch, the points and the selection ring mean. */
export function MapLegend({ legend, palette, showPoint }: { legend: Legend; palette: MapPalette; showPoint: boolean }) {
  return (
    <div className="map-legend" role="group" aria-label="Map legend">
      <div className="map-legend__group">
        <span className="map-legend__title">Events taken part in:</span>
        <ul className="map-legend__items">
          {legend.shades.map((shade) => (
            <li key={shade.label}>
              <MapSwatch paint={{ fill: shade.fill, stroke: palette.outline, strokeWidth: 1, strokeDasharray: null }} />
              {shade.label}
            </li>
          ))}
          {legend.shades.length === 0 ? <li>none</li> : null}
        </ul>
      </div>
      <ul className="map-legend__items">
        <li>
          <MapSwatch paint={legend.mentioned} />
          Only mentioned (hatched, dashed outline)
        </li>
        {showPoint ? (
          <li>
            <MapSwatch
              paint={{ fill: legend.shades[0]?.fill ?? palette.land, stroke: palette.outline, strokeWidth: 1, strokeDasharray: null }}
              shape="point"
            />
            Small state, drawn as a point
          </li>
        ) : null}
        <li>
          <svg className="map-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="2" y="2" width="12" height="12" fill={palette.land} stroke={palette.selectedCasing} strokeWidth="3.5" />
            <rect x="2" y="2" width="12" height="12" fill="none" stroke={palette.selectedCore} strokeWidth="1.25" />
          </svg>
          Selected as a filter
        </li>
      </ul>
    </div>
  );
}
