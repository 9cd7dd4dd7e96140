import type { ReactNode } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import { PacketButton } from './packet-button.tsx';
import '../../components/export.css';

/**
 * Exports of the whole view: the analyst packet and a link that reopens it.
 * `leading` (the filter chips) shares the row, so the bar costs no height.
 */
export function ExportBar({ leading }: { leading?: ReactNode }) {
  return (
    <div className="export-row">
      {leading}
      <div className="export-bar" role="group" aria-label="Export this view">
        <PacketButton />
        <CopyButton label="Copy link" accessibleLabel="Copy link to this view" what="Link" getText={() => window.location.href} />
      </div>
    </div>
  );
}
