import type { ReactNode } from 'react';

/** A panel still waiting for its data. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="panel-state panel-state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** A panel whose filters leave nothing to draw, and how to get data back. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="panel-state panel-state--empty" role="status">
      <p className="panel-state__title">{title}</p>
      {children ? <div className="panel-state__detail">{children}</div> : null}
    </div>
  );
}
