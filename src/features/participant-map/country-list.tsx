import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CountryCode } from '../../domain/corpus/corpus-schema.ts';
import type { CountryTally } from '../../domain/engine/contract.ts';
import { participationKind } from '../../domain/map/participation.ts';
import { moveInList, typeAheadMatch } from '../../domain/map/list-keys.ts';
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

/** Letters typed within this many ms make one prefix. */
const TYPE_AHEAD_MS = 700;

/**
 * Every country on the map, most events first, each a filter toggle: the way
 * to reach states too small to click. An ARIA listbox (multi-select) that is
 * one Tab stop: arrow keys, Home/End and Page keys move, letters jump to a
 * name, Space or Enter toggles the focused country.
 */
export function CountryList({ ranked, selected, painter, countryName, onToggle }: CountryRankingProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const keysId = useId();
  const typed = useRef({ text: '', at: 0 });
  const [activeCode, setActiveCode] = useState<CountryCode | null>(null);
  const names = ranked.map((tally) => countryName(tally.code));
  const found = ranked.findIndex((tally) => tally.code === activeCode);
  // The Tab stop: the country last moved to, else the first selected, else the first.
  const active = found >= 0 ? found : Math.max(0, ranked.findIndex((tally) => selected.has(tally.code)));

  const focusAt = (index: number) => {
    const tally = ranked[index];
    if (!tally) return;
    setActiveCode(tally.code);
    listRef.current?.querySelector<HTMLElement>(`[data-country="${tally.code}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const moved = moveInList(event.key, active, ranked.length);
    if (moved !== null) {
      event.preventDefault();
      focusAt(moved);
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      const tally = ranked[active];
      if (tally) onToggle(tally.code);
      return;
    }
    if (event.key.length === 1 && event.key.trim() !== '') {
      const now = event.timeStamp;
      typed.current = { text: (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + event.key, at: now };
      const match = typeAheadMatch(names, typed.current.text, active);
      if (match !== null) {
        event.preventDefault();
        focusAt(match);
      }
    }
  };

  return (
    <div className="country-list-box">
    <ul
      ref={listRef}
      className="country-list"
      role="listbox"
      aria-multiselectable="true"
      aria-label="Countries, most events first"
      aria-describedby={keysId}
      onKeyDown={onKeyDown}
    >
      {ranked.map((tally, index) => {
        const kind = participationKind(tally);
        const paint = painter.paintFor(kind, painter.bucketOf(tally));
        const name = names[index]!;
        const counts = countText(tally);
        return (
          <li
            key={tally.code}
            role="option"
            className="country-list__toggle"
            aria-selected={selected.has(tally.code)}
            tabIndex={index === active ? 0 : -1}
            data-country={tally.code}
            aria-label={`${name}, ${counts}`}
            onClick={() => {
              setActiveCode(tally.code);
              onToggle(tally.code);
            }}
            onFocus={() => setActiveCode(tally.code)}
          >
            <MapSwatch paint={paint} />
            <span className="country-list__name">{name}</span>
            <span className="country-list__count">{counts}</span>
          </li>
        );
      })}
    </ul>
    <p id={keysId} className="visually-hidden">
      Arrow keys move between countries, letters jump to a name, and Space or Enter selects or clears the focused one.
    </p>
    </div>
  );
}
