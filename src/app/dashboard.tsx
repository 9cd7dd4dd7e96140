import { memo } from 'react';
import { ParticipantMapPanel } from '../features/participant-map/participant-map-panel.tsx';
import { ThemeTimelinePanel } from '../features/theme-timeline/theme-timeline-panel.tsx';
import { StatementsPanel } from '../features/statements/statements-panel.tsx';
import { TogetherPanel } from '../features/country-views/together-panel.tsx';
import { ThemeCountryPanel } from '../features/country-views/theme-country-panel.tsx';
import { SourceReaderPanel } from '../features/source-reader/source-reader-panel.tsx';
import { EventTablePanel } from '../features/event-table/event-table-panel.tsx';
import { SpeakerComparisonPanel } from '../features/speaker-comparison/speaker-comparison-panel.tsx';
import { useDashboard } from '../state/dashboard-context.tsx';
import { ExportBar } from '../features/export/export-bar.tsx';
import { FilterChips } from './filter-chips.tsx';
import { Headline } from './headline.tsx';
import { SearchNoResults } from './search-no-results.tsx';
import { DashboardProvider, type DashboardInput } from './dashboard-provider.tsx';
import { LinkNotices } from './link-notices.tsx';

/** The loaded dashboard: every view derived from (corpus, URL state). */
export function Dashboard({ loaded }: { loaded: DashboardInput }) {
  return (
    <DashboardProvider loaded={loaded}>
      <DashboardBody />
    </DashboardProvider>
  );
}

// Drawn again only when the dashboard's context changes: the page above it
// redraws with every tick of the load's progress, the panels need not.
const DashboardBody = memo(function DashboardBody() {
  return (
    <>
      <LinkNotices />
      <Headline />
      <ExportBar leading={<FilterChips />} />
      <SearchNoResults />
      <DashboardPanels />
    </>
  );
});

function DashboardPanels() {
  const { state } = useDashboard();
  return (
    <div className="dashboard-grid">
      <ParticipantMapPanel />
      <ThemeTimelinePanel />
      <StatementsPanel />
      <EventTablePanel />
      <SpeakerComparisonPanel />
      <TogetherPanel />
      <ThemeCountryPanel />
      {state.statement !== null || state.fact !== null ? <SourceReaderPanel /> : null}
    </div>
  );
}
