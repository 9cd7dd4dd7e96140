import { describeLoadProgress, type LoadProgress } from '../../domain/corpus/corpus-load-protocol.ts';
import './open-corpus.css';

/**
 * The corpus is being read, checked and prepared in a worker: what is
 * happening, and how far it has got. Only the first line is announced; the
 * figures change too often to be read out.
 */
export function CorpusLoading({ name, progress }: { name: string; progress: LoadProgress | null }) {
  const { text, fraction } = progress === null ? { text: 'Starting', fraction: null } : describeLoadProgress(progress);
  return (
    <div className="corpus-loading" aria-busy="true">
      <p className="corpus-loading__title" role="status">
        Opening {name}…
      </p>
      <progress className="corpus-loading__bar" aria-label={`Opening ${name}`} max={1} value={fraction ?? undefined} />
      <p className="corpus-loading__step" data-testid="load-step">
        {text}
      </p>
    </div>
  );
}
