import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Panel } from '../../components/panel.tsx';
import { MentionsSwitch } from '../../components/mentions-switch.tsx';
import { EmptyState, LoadingState } from '../../components/panel-states.tsx';
import { useDashboard } from '../../state/dashboard-context.tsx';
import type { CountryCode } from '../../domain/corpus/corpus-schema.ts';
import { toggleValue } from '../../domain/view-state/filters.ts';
import type { CountryTally } from '../../domain/engine/contract.ts';
import { describeIgnoredFilters } from '../../domain/engine/ignored-filters.ts';
import {
  countEventsOnMap,
  countParticipation,
  describeMentionedOnlySelection,
  describeParticipation,
  mentionedOnlySelection,
  rankCountries,
} from '../../domain/map/participation.ts';
import { mapPaletteFor, type MapPalette } from '../../figures/map-palette.ts';
import { createMapPainter, drawParticipantMap, layoutWorldMap } from '../../figures/map-geometry.ts';
import { CountryList } from './country-list.tsx';
import { CountryTable } from './country-table.tsx';
import { worldGeographyQuery } from '../../state/geography-query.ts';
import { MapLegend } from './map-legend.tsx';
import { HatchPattern } from './map-swatch.tsx';
import { useColorScheme } from './use-color-scheme.ts';
import { useElementWidth } from './use-element-width.ts';
import { WorldMap } from './world-map.tsx';
import { ExportMenu } from '../../components/export-menu.tsx';
import { FigureOptionsDisclosure } from '../../components/figure-options.tsx';
import { DEFAULT_FIGURE_OPTIONS, MAP_FIGURE_TITLE, type FigureOptions } from '../../domain/export/figure-options.ts';
import { useFigureExportItems } from '../../state/export-items.tsx';
import './participant-map.css';

const MAP_LABEL = 'World map of the countries in the matching events';

type MapAreaProps = {
  tallies: readonly CountryTally[];
  selected: readonly CountryCode[];
  palette: MapPalette;
  hatchFill: string;
  countryName: (code: string) => string;
  describedBy: string;
  onToggle: (code: CountryCode) => void;
};

/** The map itself, with its own loading and error states while the world's shapes load. */
function MapArea({ tallies, selected, palette, hatchFill, countryName, describedBy, onToggle }: MapAreaProps) {
  const query = useQuery(worldGeographyQuery());
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const layout = useMemo(
    () => (query.data && width !== null ? layoutWorldMap(query.data, width) : null),
    [query.data, width],
  );
  const figure = useMemo(
    () => (layout ? drawParticipantMap(layout, { tallies, selected, palette, countryName, hatchFill }) : null),
    [layout, tallies, selected, palette, countryName, hatchFill],
  );
  const painter = createMapPainter({ tallies, palette, hatchFill });

  let body;
  if (query.isPending) {
    body = (
      <div className="map-area__placeholder">
        <LoadingState label="Loading the world map…" />
      </div>
    );
  } else if (query.error) {
    body = (
      <div className="map-area__placeholder panel-state panel-state--error" role="alert">
        <p className="panel-state__title">The world map could not be loaded.</p>
        <p className="panel-state__detail">{query.error.message} The country list still works as a filter.</p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  } else if (figure) {
    body = (
      <>
        <WorldMap figure={figure} palette={palette} label={MAP_LABEL} describedBy={describedBy} onToggle={onToggle} />
        {figure.unplaced.length > 0 ? (
          <p className="map-area__note">
            Not on the map (no known position): {figure.unplaced.map((code) => countryName(code)).join(', ')}.
          </p>
        ) : null}
      </>
    );
  } else {
    body = <div className="map-area__placeholder" />;
  }

  return (
    <div className="map-area">
      <div ref={measure} className="map-area__canvas">
        {body}
      </div>
      <MapLegend legend={figure?.legend ?? painter.legend} palette={palette} showPoint={figure?.legend.point ?? false} />
    </div>
  );
}

/**
 * Who took part: a world choropleth of events per country, mentioned-only
 * countries hatched, small states as points, and a ranked list beside it.
 * Every country is a filter toggle; the map itself ignores the country
 * filter (it shows the selection as a ring instead of narrowing to it).
 */
export function ParticipantMapPanel() {
  const { views, state, update, labels, engine } = useDashboard();
  const [figureOptions, setFigureOptions] = useState<FigureOptions>(DEFAULT_FIGURE_OPTIONS);
  const exportItems = useFigureExportItems('map', figureOptions);
  const palette = mapPaletteFor(useColorScheme());
  const uid = useId().replace(/[^\w-]/g, '');
  const hatchId = `map-hatch-${uid}`;
  const hatchFill = `url(#${hatchId})`;
  const summaryId = `map-summary-${uid}`;
  const keysId = `map-keys-${uid}`;

  const { filters } = state;
  const selected = filters.countries;
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const ranked = useMemo(() => rankCountries(views.countries, selected), [views.countries, selected]);
  const painter = createMapPainter({ tallies: views.countries, palette, hatchFill });
  const eventsOnMap = useMemo(() => countEventsOnMap(engine, views, filters), [engine, views, filters]);
  const summary = describeParticipation(countParticipation(views.countries, eventsOnMap));
  const ignored = describeIgnoredFilters('map', filters);
  const showTable = state.tables.includes('map');

  const onToggle = (code: CountryCode) =>
    update((current) => ({
      ...current,
      filters: { ...current.filters, countries: toggleValue(current.filters.countries, code) },
    }));
  const setMentions = (on: boolean) =>
    update((current) => ({ ...current, filters: { ...current.filters, includeMentions: on } }));
  const setTable = (on: boolean) =>
    update((current) => ({
      ...current,
      tables: on ? [...current.tables.filter((view) => view !== 'map'), 'map'] : current.tables.filter((view) => view !== 'map'),
    }));

  const mentionedOnly = mentionedOnlySelection(views.countries, filters.countries, filters.includeMentions);

  const actions = (
    <>
      <MentionsSwitch checked={filters.includeMentions} onChange={setMentions} />
      <button type="button" aria-pressed={showTable} onClick={() => setTable(!showTable)}>
        Data table
      </button>
      <ExportMenu label="Export map" items={exportItems} />
      <FigureOptionsDisclosure figure="map" defaultHeadline={MAP_FIGURE_TITLE} value={figureOptions} onChange={setFigureOptions} />
    </>
  );

  let body;
  if (ranked.length === 0) {
    body = (
      <EmptyState title="No country to map">
        No country took part in, or was mentioned at, an event that matches the filters. Remove a filter to see
        countries again.
      </EmptyState>
    );
  } else if (showTable) {
    body = (
      <CountryTable ranked={ranked} selected={selectedSet} painter={painter} countryName={labels.country} onToggle={onToggle} />
    );
  } else {
    body = (
      <div className="map-layout">
        <MapArea
          tallies={views.countries}
          selected={selected}
          palette={palette}
          hatchFill={hatchFill}
          countryName={labels.country}
          describedBy={`${summaryId} ${keysId}`}
          onToggle={onToggle}
        />
        <CountryList ranked={ranked} selected={selectedSet} painter={painter} countryName={labels.country} onToggle={onToggle} />
      </div>
    );
  }

  return (
    <Panel title="Participant map" className="panel--map" id="participant-map" actions={actions}>
      <HatchPattern id={hatchId} ground={palette.mentionedGround} hatch={palette.mentionedHatch} />
      <p id={summaryId} className="map-summary" aria-live="polite">
        {summary}
        {ignored !== null ? <span className="view-ignores"> {ignored}</span> : null}
      </p>
      {mentionedOnly.codes.length > 0 ? (
        <p className="map-hint">
          {describeMentionedOnlySelection(mentionedOnly.codes.map(labels.country), mentionedOnly.mentions)}{' '}
          <button type="button" onClick={() => setMentions(true)}>
            Include mentions
          </button>
        </p>
      ) : null}
      {body}
      <p id={keysId} className="visually-hidden">
        On the map, arrow keys move between countries and Enter or Space toggles the focused country as a filter.
      </p>
    </Panel>
  );
}
