import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CorpusLoadError, type CorpusOriginKind } from '../../../src/app/corpus-load-error.tsx';
import { CorpusError, type CorpusProblem } from '../../../src/domain/corpus/corpus-problems.ts';

function renderError(error: Error, bundled: boolean = true, origin: CorpusOriginKind = 'url') {
  const handlers = { onRetry: vi.fn(), onOpenFile: vi.fn(), open: vi.fn() };
  render(
    <CorpusLoadError
      error={error}
      origin={origin}
      onRetry={handlers.onRetry}
      onOpenFile={handlers.onOpenFile}
      bundled={bundled ? { href: '/', open: handlers.open } : null}
    />,
  );
  return handlers;
}

const problems = (n: number): CorpusProblem[] =>
  Array.from({ length: n }, (_, i) => ({ path: `statements[${i}].span`, recordId: `s-${i}`, message: `span ${i} ends after the document` }));

describe('CorpusLoadError', () => {
  it.each<[CorpusError['kind'], string]>([
    ['not-found', 'The corpus file was not found.'],
    ['not-json', 'The corpus file is not valid JSON.'],
    ['html', 'A web page came back instead of the corpus.'],
    ['invalid', 'The corpus file does not match the corpus format.'],
    ['empty', 'The corpus file is empty.'],
  ])('says what kind of failure %s is, and the message', (kind, title) => {
    renderError(new CorpusError(kind, 'x.json', `x.json: what went wrong (${kind})`));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(title)).toBeInTheDocument();
    expect(within(alert).getByText(`x.json: what went wrong (${kind})`)).toBeInTheDocument();
  });

  it('lists the first five problems as "path (record id): message" and counts the rest', () => {
    renderError(new CorpusError('invalid', 'x.json', 'x.json does not match the corpus format (8 problems).', problems(8)));
    const items = within(screen.getByRole('list', { name: 'Problems found' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'statements[0].span (record "s-0"): span 0 ends after the document',
      'statements[1].span (record "s-1"): span 1 ends after the document',
      'statements[2].span (record "s-2"): span 2 ends after the document',
      'statements[3].span (record "s-3"): span 3 ends after the document',
      'statements[4].span (record "s-4"): span 4 ends after the document',
      '…and 3 more problems.',
    ]);
  });

  it('shows markup in a message as text', () => {
    renderError(new CorpusError('invalid', 'x.json', 'bad <img src=x onerror=alert(1)>', [{ path: 'taxonomy[0].id', message: '<b>bold</b>' }]));
    expect(screen.getByText('bad <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('taxonomy[0].id: <b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
  });

  it('explains an unexpected failure without a stack trace', () => {
    const error = new Error('huge.json could not be opened: Invalid string length');
    error.stack = 'Error: at secret (worker.js:1:1)';
    renderError(error);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The corpus could not be opened.')).toBeInTheDocument();
    expect(alert.textContent).not.toContain('worker.js');
  });

  it('offers to try again, to open another file, and to go back to the bundled corpus', async () => {
    const user = userEvent.setup();
    const handlers = renderError(new CorpusError('not-found', 'data/missing.json', 'data/missing.json was not found.'));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(handlers.onRetry).toHaveBeenCalledTimes(1);

    const file = new File(['{}'], 'other.json', { type: 'application/json' });
    await user.upload(screen.getByTestId('corpus-file-input'), file);
    expect(handlers.onOpenFile).toHaveBeenCalledWith(file);
    expect(screen.getByRole('button', { name: 'Open another file…' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to the bundled corpus' }));
    expect(handlers.open).toHaveBeenCalledTimes(1);
  });

  it('does not offer the bundled corpus when that is what failed', () => {
    renderError(new CorpusError('not-found', 'data/corpus.json', 'gone'), false);
    expect(screen.queryByRole('link', { name: 'Back to the bundled corpus' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('does not blame the page address for a web page picked from this computer', () => {
    renderError(new CorpusError('html', 'saved.html', 'saved.html is an HTML page, not a corpus JSON file.'), true, 'file');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The file is a web page, not a corpus.')).toBeInTheDocument();
    expect(alert).toHaveTextContent('It may be a page saved from a browser. Open the corpus’s .json, .ndjson or .parquet file instead.');
    expect(alert).not.toHaveTextContent(/address/);
  });

  it('takes focus to its title, so a screen reader lands on the explanation', () => {
    renderError(new CorpusError('html', 'x.json', 'html'));
    expect(document.activeElement).toHaveTextContent('A web page came back instead of the corpus.');
  });
});
