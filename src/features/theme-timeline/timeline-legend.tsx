import { useId } from 'react';
import type { TimelineSeries } from '../../domain/timeline/timeline-model.ts';
import { SeriesSwatch } from './series-patterns.tsx';
import { formatCount } from '../../domain/format/format-count.ts';


type Props = {
  series: readonly TimelineSeries[];
  prefix: string;
  /** "statements" or "events", for the counts' accessible names. */
  noun: string;
  onToggle: (id: string) => void;
};

/**
 * The legend is the theme filter: each item is a toggle button. Its order is
 * the stack's, read from the top down.
 */
export function TimelineLegend({ series, prefix, noun, onToggle }: Props) {
  const headingId = useId();
  if (series.length === 0) return null;
  return (
    <div className="tl-legend" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="tl-legend__heading">
        Themes, top of the stack first — select to filter
      </p>
      <ul className="tl-legend__list">
        {series.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={`tl-legend__item${item.muted ? ' tl-legend__item--muted' : ''}`}
              aria-pressed={item.selected}
              onClick={() => onToggle(item.id)}
            >
              <SeriesSwatch prefix={prefix} style={item.style} muted={item.muted} />
              <span className="tl-legend__label">{item.label}</span>
              <span className="tl-legend__count">
                {formatCount(item.count)}
                <span className="visually-hidden"> {noun}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
