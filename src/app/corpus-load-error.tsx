import { CorpusError } from '../domain/parse-corpus.ts';

const SHOWN_PROBLEMS = 5;

/** Why the corpus could not be opened, in words, with a way forward. */
export function CorpusLoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const problems = error instanceof CorpusError ? error.problems : [];
  return (
    <div className="panel-state panel-state--error corpus-error" role="alert">
      <p className="panel-state__title">The corpus could not be opened.</p>
      <p>{error.message}</p>
      {problems.length > 0 ? (
        <ul className="corpus-error__problems">
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            <li key={i}>
              <code>{problem.path}</code>
              {problem.recordId ? ` (record ${problem.recordId})` : ''}: {problem.message}
            </li>
          ))}
          {problems.length > SHOWN_PROBLEMS ? <li>…and {problems.length - SHOWN_PROBLEMS} more.</li> : null}
        </ul>
      ) : null}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
