import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Corpus, Span } from '../../../src/domain/corpus/corpus-schema.ts';
import { smallTestCorpus } from '../../fixtures/test-corpus.ts';
import { currentQuery, fakeListViewport, renderStatements } from '../dashboard-harness.tsx';

fakeListViewport();

const FIRST = 'doc-a:75-117';
const reader = () => screen.getByRole('region', { name: 'Source' });
const statementMark = () => reader().querySelector('mark[data-statement-mark]');
const factMarks = () => [...reader().querySelectorAll('mark[data-fact-mark]')].map((mark) => mark.textContent);

/** The test corpus with the facts an ingest would record for "On 1 March … Alpha Forum … with Japan and China". */
function corpusWithProvenance(): Corpus {
  const corpus = smallTestCorpus();
  const doc = corpus.documents[0]!;
  const at = (part: string): Span => {
    const start = doc.text.indexOf(part);
    return [start, start + part.length];
  };
  const alpha = corpus.events[0]!;
  alpha.startDate = { value: '2020-03-01', span: at('On 1 March'), inferred: true, reason: 'The year is taken from the publication date.' };
  alpha.participatingCountries = alpha.participatingCountries.map((fact) => ({ ...fact, span: at('met with Japan and China') }));
  doc.publishedOnNote = 'Read from the date in the source URL.';
  return corpus;
}

describe('the source reader', () => {
  it('shows the statement highlighted in its document, with the provenance', () => {
    renderStatements(corpusWithProvenance(), `?statement=${FIRST}`);
    expect(statementMark()).toHaveTextContent(/^terrorism and drug crime threaten everyone$/);
    const provenance = within(reader()).getByRole('region', { name: 'Source document' });
    expect(within(provenance).getByTestId('provenance-publisher')).toHaveTextContent('Test Secretariat');
    expect(within(provenance).getByTestId('provenance-published')).toHaveTextContent('2 March 2020');
    expect(provenance).toHaveTextContent('Read from the date in the source URL.');
    expect(provenance).not.toHaveTextContent('Title');
    const link = within(provenance).getByRole('link', { name: /example\.org\/doc-a/ });
    expect(link).toHaveAttribute('href', 'https://example.org/doc-a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const statement = within(reader()).getByRole('region', { name: 'Selected statement' });
    expect(statement).toHaveTextContent('Ana Ruiz, Director stressed — as reported by the Test Secretariat:');
    expect(statement).not.toHaveTextContent('“');
  });

  it('shows the document title only when the source gives one', () => {
    const corpus = smallTestCorpus();
    corpus.documents[0]!.title = 'Alpha Forum report';
    renderStatements(corpus, `?statement=${FIRST}`);
    expect(within(reader()).getByRole('region', { name: 'Source document' })).toHaveTextContent('TitleAlpha Forum report');
  });

  it('lists where each fact came from and highlights its words on request', async () => {
    const user = userEvent.setup();
    renderStatements(corpusWithProvenance(), `?statement=${FIRST}`);
    const eventFacts = within(reader()).getByRole('region', { name: 'Where the event’s facts come from' });
    const date = within(eventFacts).getByText('Date:').closest('li')!;
    expect(date).toHaveTextContent('Date: 1 March 2020 inferred');
    expect(within(date).getByRole('button', { name: 'inferred' })).toHaveAccessibleDescription(
      'The year is taken from the publication date.',
    );
    const participants = within(eventFacts).getByText('Participating countries:').closest('li')!;
    expect(participants).toHaveTextContent('Japan, China');
    expect(factMarks()).toEqual([]);
    await user.click(within(participants).getByRole('button', { name: '“met with Japan and China”' }));
    expect(factMarks()).toEqual(['met with Japan and China']);
    await user.click(within(date).getByRole('button', { name: '“On 1 March”' }));
    expect(factMarks()).toEqual(['On 1 March']);
    expect(within(date).getByRole('button', { name: '“On 1 March”' })).toHaveAttribute('aria-pressed', 'true');
    // A fact inside the statement nests within its mark, which still holds exactly the statement.
    const statementFacts = within(reader()).getByRole('region', { name: 'Where this statement’s details come from' });
    await user.click(within(statementFacts).getAllByRole('button', { name: '“terrorism and drug crime threaten everyone”' })[0]!);
    expect(statementMark()).toHaveTextContent(/^terrorism and drug crime threaten everyone$/);
    expect(factMarks()).toEqual(['terrorism and drug crime threaten everyone']);
  });

  it('says so when the statement in the link is not in the corpus', () => {
    renderStatements(smallTestCorpus(), '?statement=doc-z:1-2');
    expect(within(reader()).getByText('This statement is not in the corpus.')).toBeInTheDocument();
    expect(reader()).toHaveTextContent('doc-z:1-2');
  });

  it('says so when the statement’s document is missing', () => {
    const corpus = smallTestCorpus();
    corpus.statements[0] = { ...corpus.statements[0]!, documentId: 'gone' };
    renderStatements(corpus, `?statement=${FIRST}`);
    expect(within(reader()).getByText('The source document of this statement is missing.')).toBeInTheDocument();
  });

  it('moves focus to the statement when opened from the list, and back when closed', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    const read = screen.getAllByRole('button', { name: 'Read in source' })[1]!;
    await user.click(read);
    expect(document.activeElement).toBe(statementMark());
    expect(statementMark()).toHaveTextContent('dialogue with Afghan partners matters');
    await user.click(within(reader()).getByRole('button', { name: 'Close the source reader' }));
    expect(currentQuery().get('statement')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Source' })).toBeNull();
    expect(document.activeElement).toBe(screen.getAllByRole('button', { name: 'Read in source' })[1]);
  });

  it('Escape inside the reader closes it; Escape elsewhere does not', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus(), `?statement=${FIRST}`);
    act(() => screen.getByRole('button', { name: 'Somewhere else' }).focus());
    await user.keyboard('{Escape}');
    expect(currentQuery().get('statement')).toBe(FIRST);
    act(() => within(reader()).getByRole('link').focus());
    await user.keyboard('{Escape}');
    expect(currentQuery().get('statement')).toBeNull();
    // Opened from a link, there is no button to return to: focus goes to the list.
    expect(document.activeElement).toHaveAttribute('id', 'statements');
  });

  it('Escape first dismisses an open "inferred" reason, and only then closes the reader', async () => {
    const user = userEvent.setup();
    renderStatements(corpusWithProvenance(), `?statement=${FIRST}`);
    act(() => within(reader()).getAllByRole('button', { name: 'inferred' })[0]!.focus());
    expect(within(reader()).getByRole('tooltip')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(within(reader()).queryByRole('tooltip')).toBeNull();
    expect(currentQuery().get('statement')).toBe(FIRST);
    await user.keyboard('{Escape}');
    expect(currentQuery().get('statement')).toBeNull();
  });

  it('switching statements keeps the reader and highlights the new one', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus(), `?statement=${FIRST}`);
    await user.click(screen.getAllByRole('button', { name: 'Read in source' })[2]!);
    expect(statementMark()).toHaveTextContent(/^cyber threats grow$/);
    window.history.back();
    await screen.findByText('terrorism and drug crime threaten everyone', { selector: 'mark *, mark' });
    expect(statementMark()).toHaveTextContent(/^terrorism and drug crime threaten everyone$/);
  });
});
