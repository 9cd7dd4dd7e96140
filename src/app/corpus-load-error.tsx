import { BackToBundledLink, type BundledCorpusLink } from '../features/open-corpus/back-to-bundled-link.tsx';
import { useEffect, useRef, type ReactNode } from 'react';
import { CorpusError, formatCorpusProblems } from '../domain/corpus/corpus-problems.ts';
import { OpenFileButton } from '../features/open-corpus/open-file-button.tsx';
import '../features/open-corpus/open-corpus.css';

const SHOWN_PROBLEMS = 5;

const TITLES: Record<CorpusError['kind'], string> = {
  'not-found': 'The corpus file was not found.',
  'not-json': 'The corpus file is not valid JSON.',
  unreadable: 'The corpus file cannot be read as Parquet.',
  html: 'A web page came back instead of the corpus.',
  invalid: 'The corpus file does not match the corpus format.',
  empty: 'The corpus file is empty.',
};

/** Where the corpus came from decides what a web page instead of JSON means. */
export type CorpusOriginKind = 'bundled' | 'url' | 'file' | 'synthetic';

const FILE_TITLES: Partial<Record<CorpusError['kind'], string>> = {
  html: 'The file is a web page, not a corpus.',
};

const FILE_HINTS: Partial<Record<CorpusError['kind'], string>> = {
  html: 'It may be a page saved from a browser. Open the corpus’s .json, .ndjson or .parquet file instead.',
  'not-found': 'The file could not be read from this computer. Open it again, or another file.',
};

const HINTS: Record<CorpusError['kind'], string> = {
  'not-found': 'Check the file name in the page address, or open a corpus file from this computer.',
  'not-json': 'The file may be cut short, or not be a corpus at all. Open another file, or try again once it is complete.',
  unreadable: 'The file may be cut short or damaged. Write it again, or open another file.',
  html: 'The address probably names a file that is not published with the app.',
  invalid: 'Correct these records in the file and open it again, or open another file.',
  empty: 'Open another file.',
};

/**
 * Why the corpus could not be opened, in words: what kind of failure, where
 * in the file (JSON path and record id, the first few problems and a count
 * of the rest), and the ways forward: try again, open another file, or go
 * back to the bundled corpus.
 */
export function CorpusLoadError({
  error,
  onRetry,
  onOpenFile,
  bundled,
  origin,
}: {
  error: Error;
  /** Where the corpus was opened from: a picked file is not blamed on the page address. */
  origin: CorpusOriginKind;
  onRetry: () => void;
  onOpenFile: (file: File) => void;
  /** The way back to the bundled corpus; null when the bundled corpus is what failed. */
  bundled: BundledCorpusLink | null;
}): ReactNode {
  const corpusError = error instanceof CorpusError ? error : null;
  const problems = corpusError ? formatCorpusProblems(corpusError.problems, SHOWN_PROBLEMS) : [];
  const heading = useRef<HTMLParagraphElement>(null);
  // Whoever picked a file or a link is taken to the explanation.
  useEffect(() => heading.current?.focus(), [error]);

  return (
    <div className="panel-state panel-state--error corpus-error" role="alert" data-kind={corpusError?.kind ?? 'failed'}>
      <p className="panel-state__title" ref={heading} tabIndex={-1}>
        {corpusError ? ((origin === 'file' ? FILE_TITLES[corpusError.kind] : undefined) ?? TITLES[corpusError.kind]) : 'The corpus could not be opened.'}
      </p>
      <p className="corpus-error__message">{error.message}</p>
      {problems.length > 0 ? (
        <ul className="corpus-error__problems" aria-label="Problems found">
          {problems.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      {corpusError ? (
        <p className="corpus-error__hint">{(origin === 'file' ? FILE_HINTS[corpusError.kind] : undefined) ?? HINTS[corpusError.kind]}</p>
      ) : null}
      <div className="corpus-error__actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        <OpenFileButton onFile={onOpenFile} label="Open another file…" />
        {bundled ? <BackToBundledLink bundled={bundled} /> : null}
      </div>
    </div>
  );
}
