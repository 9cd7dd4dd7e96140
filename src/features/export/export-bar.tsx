import type { ReactNode } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import { PacketButton } from './packet-button.tsx';
import { useDashboard } from '../../state/dashboard-context.tsx';
import { serializeVersionedLink } from '../../domain/view-state/link-version.ts';
import '../../components/export.css';

/**
 * Exports of the whole view: the analyst packet and a link that reopens it.
 * `leading` (the filter chips) shares the row, so the bar costs no height.
 */
export function ExportBar({ leading }: { leading?: ReactNode }) {
  const { state, corpusVersion } = useDashboard();
  // The view as shown, with the version of the corpus it was made on: opened
  // on other data, the link says so.
  const link = () => {
    const query = serializeVersionedLink(state, corpusVersion);
    return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
  };
  return (
    <div className="export-row">
      {leading}
      <div className="export-bar" role="group" aria-label="Export this view">
        <PacketButton />
        <CopyButton label="Copy link" accessibleLabel="Copy link to this view" what="Link" getText={link} />
      </div>
    </div>
  );
}
