import type { ReactNode } from 'react';
import { EmptyState } from '../../components/panel-states.tsx';

/** A sound corpus with no documents: nothing to draw, and what to do instead. */
export function EmptyCorpus({ source, children }: { source: string; children?: ReactNode }) {
  return (
    <div className="empty-corpus">
      <EmptyState title="This corpus has no documents">
        <p>
          <code>{source}</code> is a valid corpus file, but it holds no documents, events or statements, so there is
          nothing to show.
        </p>
        {children}
      </EmptyState>
    </div>
  );
}
