import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary.tsx';

type PanelProps = {
  title: string;
  /** Controls in the panel's header (switches, export menu). */
  actions?: ReactNode;
  className?: string;
  /** The target of the page's skip link to this panel. */
  id?: string;
  children: ReactNode;
};

/** A titled region of the dashboard with its own error boundary. */
export function Panel({ title, actions, className, id, children }: PanelProps) {
  const headingId = useId();
  return (
    // Focusable by script only, so a skip link moves focus, not just the scroll position, to the panel.
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId} id={id} tabIndex={id ? -1 : undefined}>
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className="panel__body">
        <ErrorBoundary label={title}>{children}</ErrorBoundary>
      </div>
    </section>
  );
}
