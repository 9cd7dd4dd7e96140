import { formatCount } from '../../domain/format/format-count.ts';
import { layoutHeatmap, type HeatmapInput } from '../../figures/heatmap-figure.ts';

/** The classes of a heatmap in words beside their swatches (CSS colours, as the cells). */
export function HeatLegend({ input, title, diagonal }: { input: HeatmapInput; title: string; diagonal?: string }) {
  const { classBounds } = layoutHeatmap(input, 0);
  const items: Array<{ tone: string; label: string }> = [];
  let from = 1;
  classBounds.forEach((bound, i) => {
    if (bound < from) return;
    items.push({ tone: `heat-${i + 1}`, label: from === bound ? formatCount(bound) : `${formatCount(from)}–${formatCount(bound)}` });
    from = bound + 1;
  });
  items.push({ tone: 'heat-0', label: '0' });
  if (diagonal) items.push({ tone: 'heat-diagonal', label: diagonal });
  return (
    <ul className="heat-legend" aria-label={title}>
      {items.map((item) => (
        <li key={item.tone} className={item.tone}>
          <svg className="heat-legend__swatch" width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
