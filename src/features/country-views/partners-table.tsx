import { useState } from 'react';
import type { CountryCode } from '../../domain/corpus/corpus-schema.ts';
import { formatShare, type PartnerRow } from '../../domain/co-participation/partners.ts';
import { formatCount } from '../../domain/format/format-count.ts';

type PartnersTableProps = {
  rows: readonly PartnerRow[];
  /** Names of the picked countries, in the order picked. */
  picked: readonly string[];
  selected: ReadonlySet<string>;
  onToggle: (code: CountryCode) => void;
};

const FIRST_ROWS = 12;

/** The ranked partners: shared events and the share of the picked countries' events, as numbers and bars. */
export function PartnersTable({ rows, picked, selected, onToggle }: PartnersTableProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  const several = picked.length > 1;
  return (
    <div className="partners-table">
      <table>
        <caption className="visually-hidden">
          Countries that took part in the same events as {picked.join(' or ')}, most shared events first. The button in each row
          adds the country to the country filter, or removes it.
        </caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col" className="number">
              Shared events
            </th>
            <th scope="col">Share of {several ? 'the picked countries’' : `${picked[0]}’s`} events</th>
            {several
              ? picked.map((name) => (
                  <th key={name} scope="col" className="number">
                    With {name}
                  </th>
                ))
              : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.code} data-country={row.code}>
              <th scope="row">
                <button type="button" className="partners-table__toggle" aria-pressed={selected.has(row.code)} onClick={() => onToggle(row.code)}>
                  {row.name}
                </button>
              </th>
              <td className="number">{formatCount(row.events)}</td>
              <td>
                <span className="share-bar" style={{ width: `${Math.max(1, row.share * 0.6)}px` }} aria-hidden="true" />
                {formatShare(row.share)}
              </td>
              {several
                ? row.byPicked.map((cell, i) => (
                    <td key={picked[i]} className="number">
                      {formatCount(cell.events)} ({formatShare(cell.share)})
                    </td>
                  ))
                : null}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > FIRST_ROWS ? (
        <button type="button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${FIRST_ROWS}` : `Show all ${formatCount(rows.length)} partners`}
        </button>
      ) : null}
    </div>
  );
}
