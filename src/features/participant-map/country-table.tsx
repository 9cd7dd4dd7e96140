import type { CountryTally } from '../../domain/engine/contract.ts';
import { formatBucketLabel } from '../../domain/map/map-shading.ts';
import { participationKind } from '../../domain/map/participation.ts';
import type { CountryRankingProps } from './country-list.tsx';
import type { MapPainter } from '../../figures/map-geometry.ts';
import { formatCount } from '../../domain/format/format-count.ts';



function encoding(tally: CountryTally, painter: MapPainter): string {
  const kind = participationKind(tally);
  if (kind === 'mentioned') return 'Hatched (only mentioned)';
  if (kind === 'none') return 'Not shaded';
  const bucket = painter.bucketOf(tally);
  const range = bucket === null ? null : painter.scale.buckets[bucket];
  return range ? `Shade ${formatBucketLabel(range)}` : 'Not shaded';
}

/** The map's data as a table: the same counts, readable cell by cell. */
export function CountryTable({ ranked, selected, painter, countryName, onToggle }: CountryRankingProps) {
  return (
    <div className="country-table">
      <table>
        <caption>
          Countries of the matching events, most events first. The country filter itself does not narrow this table;
          the button in each row toggles it.
        </caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col" className="number">
              Events taken part in
            </th>
            <th scope="col" className="number">
              Statements at its events
            </th>
            <th scope="col" className="number">
              Statements mentioning it
            </th>
            <th scope="col">On the map</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((tally) => (
            <tr key={tally.code} data-country={tally.code}>
              <th scope="row">
                <button
                  type="button"
                  className="country-table__toggle"
                  aria-pressed={selected.has(tally.code)}
                  onClick={() => onToggle(tally.code)}
                >
                  {countryName(tally.code)}
                </button>
              </th>
              <td className="number">{formatCount(tally.events)}</td>
              <td className="number">{formatCount(tally.statements)}</td>
              <td className="number">{formatCount(tally.mentions)}</td>
              <td>{encoding(tally, painter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
