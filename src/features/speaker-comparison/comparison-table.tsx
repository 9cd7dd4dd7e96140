import type { SpeakerComparisonModel } from '../../domain/speakers/speaker-comparison-model.ts';
import { UNTHEMED } from '../../domain/engine/contract.ts';
import { formatCount } from '../../domain/format/format-count.ts';
import { describeBar, type OpenBar } from './comparison-chart.tsx';

/** The chart's numbers as a table: themes down, the compared speakers across; a count opens its statements. */
export function ComparisonTable({ model, onOpen }: { model: SpeakerComparisonModel; onOpen: OpenBar }) {
  return (
    <div className="comparison-table">
      <table>
        <caption className="visually-hidden">Statements per theme of each compared speaker or role, and their share of that speaker’s statements</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            {model.columns.map((column) => (
              <th key={column.target.key} scope="col">
                {column.target.label} <span className="comparison-table__muted">({formatCount(column.statements)})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.themes.map((theme, r) => (
            <tr key={theme.id}>
              <th scope="row">{theme.label}</th>
              {model.columns.map((column, c) => {
                const bar = column.bars[r]!;
                const text = `${formatCount(bar.count)} (${Math.round(bar.share)} %)`;
                return (
                  <td key={column.target.key}>
                    {bar.count > 0 && theme.id !== UNTHEMED ? (
                      <button type="button" className="comparison-table__open" aria-label={describeBar(model, c, r)} aria-pressed={bar.selected} onClick={() => onOpen(c, theme.id)}>
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
