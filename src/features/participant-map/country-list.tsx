import type { CountryCode } from '../../domain/corpus/corpus-schema.ts';
import type { CountryTally } from '../../domain/engine/contract.ts';
import { participationKind } from '../../domain/map/participation.ts';
import type { MapPainter } from '../../figures/map-geometry.ts';
import { MapSwatch } from './map-swatch.tsx';
import { plural } from '../../domain/format/format-count.ts';

/** The countries ranked as the map ranks them, shown as a list or (country-table) a table. */
export type CountryRankingProps = {
  ranked: readonly CountryTally[];
  selected: ReadonlySet<CountryCode>;
  painter: MapPainter;
  countryName: (code: string) => string;
  onToggle: (code: CountryCode) => void;
};


function countText(tally: CountryTally): string {
  switch (participationKind(tally)) {
    case 'participant':
      return plural(tally.events, 'event', 'events');
    case 'mentioned':
      return plural(tally.mentions, 'mention', 'mentions');
    case 'none':
      return 'no matching event';
  }
}

/**
 * Every country on the map, most events first, each a filter toggle: the way
 * to reach states too small to click and a keyboard route through all of them.
 */
export function CountryList({ ranked, selected, painter, countryName, onToggle }: CountryRankingProps) {
  return (
    <ol className="country-list" aria-label="Countries, most events first">
      {ranked.map((tally) => {
        const kind = participationKind(tally);
        const paint = painter.paintFor(kind, painter.bucketOf(tally));
        const name = countryName(tally.code);
        const counts = countText(tally);
        return (
          <li key={tally.code}>
            <button
              type="button"
              className="country-list__toggle"
              aria-pressed={selected.has(tally.code)}
              data-country={tally.code}
              aria-label={`${name}, ${counts}`}
              onClick={() => onToggle(tally.code)}
            >
              <MapSwatch paint={paint} />
              <span className="country-list__name">{name}</span>
              <span className="country-list__count">{counts}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
