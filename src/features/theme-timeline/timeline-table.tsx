import { useId } from 'react';
import type { TimelineModel } from '../../domain/timeline/timeline-model.ts';
import { SeriesSwatch } from './series-patterns.tsx';
import { formatCount } from '../../domain/format/format-count.ts';


const UNIT_NAMES = { day: 'day', week: 'ISO week', month: 'month', year: 'year' } as const;

function NotCovered() {
  return (
    <span className="tl-table__uncovered">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">not covered</span>
    </span>
  );
}

/** The chart's numbers as a table: a row per theme, a column per bucket. */
export function TimelineTable({ model, prefix }: { model: TimelineModel; prefix: string }) {
  const captionId = useId();
  const noun = model.measure === 'statements' ? 'Statements' : 'Events';
  const { bars, series } = model;
  // With one period, a total column would only repeat it.
  const several = bars.length > 1;
  return (
    <div className="tl-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="tl-table">
        <caption id={captionId}>
          {noun} per theme and {UNIT_NAMES[model.unit]}
          {bars.some((bar) => !bar.covered) ? <span aria-hidden="true">; — marks periods no source covers</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            {bars.map((bar) => (
              <th key={bar.key} scope="col" className={`number${bar.selected ? ' tl-table__selected' : ''}`}>
                {bar.label}
                {bar.selected ? <span className="visually-hidden"> (selected dates)</span> : null}
              </th>
            ))}
            {several ? (
              <th scope="col" className="number">
                All periods
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {series.map((item) => (
            <tr key={item.id} className={item.muted ? 'tl-table__muted' : undefined}>
              <th scope="row">
                <SeriesSwatch prefix={prefix} style={item.style} muted={item.muted} /> {item.label}
                {item.selected ? <span className="tl-table__mark"> (selected)</span> : null}
              </th>
              {bars.map((bar) => (
                <td key={bar.key} className={`number${bar.selected ? ' tl-table__selected' : ''}`}>
                  {bar.covered ? formatCount(bar.counts[item.id] ?? 0) : <NotCovered />}
                </td>
              ))}
              {several ? (
                <td className="number">{formatCount(bars.reduce((sum, bar) => sum + (bar.counts[item.id] ?? 0), 0))}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Sum of the themes</th>
            {bars.map((bar) => (
              <td key={bar.key} className={`number${bar.selected ? ' tl-table__selected' : ''}`}>
                {bar.covered ? formatCount(bar.total) : <NotCovered />}
              </td>
            ))}
            {several ? <td className="number">{formatCount(bars.reduce((sum, bar) => sum + bar.total, 0))}</td> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
