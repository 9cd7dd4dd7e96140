import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary.tsx';

type PanelProps = {
  title: string;
  /** Controls in the panel's header (switches, export menu). */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled region of the dashboard with its own error boundary. */
export function Panel({ title, actions, className, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
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
