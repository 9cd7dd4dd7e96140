import { describeLoadProgress, type TextsPending } from '../domain/corpus/corpus-load-protocol.ts';

/**
 * A panel that shows records, while only the first views are in: it says
 * that the texts are arriving and how far they have got — or, when they
 * cannot arrive, that this panel stays unavailable.
 */
export function TextsPendingState({ what, texts }: { what: string; texts: TextsPending }) {
  if (texts.failure !== null) {
    return (
      <div className="panel-state panel-state--error" role="status">
        <p className="panel-state__title">The {what} cannot be shown.</p>
        <p>The statement texts could not be opened, so only the counting views are available.</p>
      </div>
    );
  }
  const { text, fraction } = texts.progress === null ? { text: 'Starting the full read', fraction: null } : describeLoadProgress(texts.progress);
  return (
    <div className="panel-state panel-state--loading" aria-busy="true" data-testid="texts-pending">
      <p className="panel-state__title" role="status">
        <span className="spinner" aria-hidden="true" /> The {what} will be here once the statement texts are in.
      </p>
      {/* Not announced: it changes several times a second. */}
      <p>
        Texts are arriving: {text}
        {fraction === null ? '' : ` (${Math.round(fraction * 100)}%)`}
      </p>
    </div>
  );
}
