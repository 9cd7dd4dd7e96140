import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/domain/corpus/corpus-schema.ts';
import { DashboardProvider } from '../../../src/app/dashboard-provider.tsx';
import { StatementsPanel } from '../../../src/features/statements/statements-panel.tsx';
import { smallTestCorpus } from '../../fixtures/test-corpus.ts';
import { currentQuery, fakeListViewport, renderStatements } from '../dashboard-harness.tsx';

fakeListViewport();

/** The statement rows (not the theme chips inside them). */
const rows = () => [
  ...screen.getByRole('list', { name: 'Matching statements' }).querySelectorAll<HTMLElement>(':scope > [role="listitem"]'),
];
const rowTexts = () => rows().map((row) => row.querySelector('.statement-text__body')?.textContent);

describe('the statement list', () => {
  it('does not claim a corpus holds no statements when they were left out as unsound', () => {
    const corpus = { ...smallTestCorpus(), statements: [] };
    const excluded = [0, 1, 2].map((index) => ({
      collection: 'statements' as const,
      index,
      problems: [{ path: `statements[${index}].text`, message: 'missing: expected string' }],
      dependent: false,
    }));
    window.history.replaceState(null, '', '/');
    render(
      <DashboardProvider loaded={{ corpus, version: 'test', source: 'test', excluded }}>
        <StatementsPanel />
      </DashboardProvider>,
    );
    expect(screen.getByText('No statement could be opened.')).toBeInTheDocument();
    expect(screen.getByText(/3 statements in the file were left out as unsound/)).toBeInTheDocument();
    expect(screen.queryByText(/no reported or quoted statement was found/)).toBeNull();
  });

  it('says a corpus holds no statements when the file had none', () => {
    renderStatements({ ...smallTestCorpus(), statements: [] });
    expect(screen.getByText(/no reported or quoted statement was found/)).toBeInTheDocument();
  });

  it('shows every statement with who said it, who reported it, when and where', () => {
    renderStatements(smallTestCorpus());
    expect(screen.getByText('5 of 5 statements')).toBeInTheDocument();
    const all = rows();
    expect(all).toHaveLength(5);
    const first = all[0]!;
    expect(first.querySelector('.statement-text__attribution')).toHaveTextContent(
      'Ana Ruiz, Director stressed — as reported by the Test Secretariat:',
    );
    expect(first.querySelector('.statement-text__body')).toHaveTextContent('terrorism and drug crime threaten everyone');
    expect(first).toHaveTextContent('1 March 2020');
    expect(first).toHaveTextContent('Alpha Forum');
    expect(within(first).getByRole('list', { name: 'Themes' })).toHaveTextContent('Terrorism and extremism');
    expect(all[1]).toHaveTextContent('Mentions: Afghanistan');
    expect(all[4]).toHaveTextContent('Unidentified speaker agreed — as reported by the Other Office');
    expect(first).toHaveAttribute('aria-setsize', '5');
    expect(first).toHaveAttribute('aria-posinset', '1');
  });

  it('never puts reported speech in quotation marks, but quotes a direct quotation', () => {
    const corpus = smallTestCorpus();
    corpus.statements[2] = { ...corpus.statements[2]!, speechType: 'quoted' };
    renderStatements(corpus);
    const bodies = rowTexts();
    expect(bodies[0]).toBe('terrorism and drug crime threaten everyone');
    expect(bodies[2]).toBe('“cyber threats grow”');
    expect(rows()[2]).toHaveTextContent('as quoted by the Test Secretariat');
  });

  it('searches as you type, highlights matches as text and writes ?q= to the URL', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    await user.type(screen.getByRole('searchbox', { name: 'Search statements' }), 'terror');
    await waitFor(() => expect(currentQuery().get('q')).toBe('terror'));
    expect(screen.getByText('1 of 5 statements')).toBeInTheDocument();
    const marks = screen.getByRole('list', { name: 'Matching statements' }).querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['terror']);
    expect(rowTexts()).toEqual(['terrorism and drug crime threaten everyone']);
  });

  it('a typing burst leaves one history entry; a later search adds another', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    const box = screen.getByRole('searchbox', { name: 'Search statements' });
    const before = window.history.length;
    await user.type(box, 'dru');
    await waitFor(() => expect(currentQuery().get('q')).toBe('dru'));
    await user.type(box, 'g');
    await waitFor(() => expect(currentQuery().get('q')).toBe('drug'));
    expect(window.history.length).toBe(before + 1);
  });

  it('matches in the speaker name are highlighted; the role is not searched, so not marked', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    await user.type(screen.getByRole('searchbox', { name: 'Search statements' }), 'ana{Enter}');
    await waitFor(() => expect(screen.getByText('2 of 5 statements')).toBeInTheDocument());
    const marks = [...screen.getByRole('list', { name: 'Matching statements' }).querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['Ana', 'Ana']);
  });

  it('draws text that looks like HTML as text', async () => {
    const corpus: Corpus = smallTestCorpus();
    corpus.statements[0] = { ...corpus.statements[0]!, text: '<img src=x onerror="alert(1)"> <b>bold</b>' };
    const user = userEvent.setup();
    const { container } = renderStatements(corpus);
    await user.type(screen.getByRole('searchbox', { name: 'Search statements' }), 'img{Enter}');
    await waitFor(() => expect(screen.getByText('1 of 5 statements')).toBeInTheDocument());
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(rowTexts()).toEqual(['<img src=x onerror="alert(1)"> <b>bold</b>']);
  });

  it('facets count statements, each ignoring its own filter, and a click filters via the URL', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    const speakers = screen.getByRole('group', { name: 'Speaker' });
    expect(within(speakers).getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual([
      'Ana Ruiz, 2 statements',
      'Bo Lind, 2 statements',
    ]);
    await user.click(within(speakers).getByRole('checkbox', { name: 'Bo Lind, 2 statements' }));
    expect(currentQuery().get('speaker')).toBe('bo-lind');
    expect(screen.getByText('2 of 5 statements')).toBeInTheDocument();
    // The speaker facet still offers Ana Ruiz with her full count; the theme facet follows the filter.
    expect(within(speakers).getByRole('checkbox', { name: 'Ana Ruiz, 2 statements' })).not.toBeChecked();
    expect(within(speakers).getByRole('checkbox', { name: 'Bo Lind, 2 statements' })).toBeChecked();
    const themes = screen.getByRole('group', { name: 'Theme' });
    expect(within(themes).getByRole('checkbox', { name: 'Drug trafficking, 1 statement' })).toBeInTheDocument();
    expect(within(themes).queryByRole('checkbox', { name: /Multilateral dialogue/ })).toBeNull();
  });

  it('the country facet follows "include mentions"', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    const countries = screen.getByRole('group', { name: 'Country' });
    expect(within(countries).queryByRole('checkbox', { name: /Afghanistan/ })).toBeNull();
    await user.click(within(countries).getByRole('switch', { name: 'Include mentions' }));
    expect(currentQuery().get('mentions')).toBe('1');
    await user.click(within(countries).getByRole('checkbox', { name: 'Afghanistan, 1 statement' }));
    expect(currentQuery().get('country')).toBe('AFG');
    expect(rowTexts()).toEqual(['dialogue with Afghan partners matters']);
  });

  it('back and forward step through facet clicks', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    await user.click(screen.getByRole('checkbox', { name: 'Gamma Talks, 1 statement' }));
    expect(screen.getByText('1 of 5 statements')).toBeInTheDocument();
    window.history.back();
    await waitFor(() => expect(screen.getByText('5 of 5 statements')).toBeInTheDocument());
    expect(currentQuery().get('event')).toBeNull();
    window.history.forward();
    await waitFor(() => expect(screen.getByText('1 of 5 statements')).toBeInTheDocument());
  });

  it('the search box shows the URL value after back/forward', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus(), '?q=cyber');
    const box = screen.getByRole('searchbox', { name: 'Search statements' });
    expect(box).toHaveValue('cyber');
    await user.click(screen.getByRole('checkbox', { name: 'Bo Lind, 1 statement' }));
    await user.clear(box);
    await user.type(box, 'drug{Enter}');
    expect(currentQuery().get('q')).toBe('drug');
    window.history.back();
    await waitFor(() => expect(box).toHaveValue('cyber'));
  });

  it('sorts by date, newest first, through the URL', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by date' }), 'Newest first');
    expect(currentQuery().get('sort')).toBe('desc');
    expect(rowTexts()[0]).toBe('nothing was settled');
  });

  it('folds a long facet behind "show more", keeping a ticked value in view', async () => {
    const corpus = smallTestCorpus();
    corpus.statements = corpus.statements.flatMap((s, i) =>
      [0, 1].map((n) => ({ ...s, id: `${s.id}~${n}`, speaker: { ...(s.speaker ?? corpus.statements[0]!.speaker!), id: `p${i}${n}`, name: `Person ${i}${n}` } })),
    );
    const user = userEvent.setup();
    renderStatements(corpus, '?speaker=p41');
    const speakers = screen.getByRole('group', { name: 'Speaker' });
    expect(within(speakers).getAllByRole('checkbox')).toHaveLength(7);
    expect(within(speakers).getByRole('checkbox', { name: 'Person 41, 1 statement' })).toBeChecked();
    await user.click(within(speakers).getByRole('button', { name: 'Show all 10 speakers' }));
    expect(within(speakers).getAllByRole('checkbox')).toHaveLength(10);
    expect(within(speakers).getByRole('button', { name: 'Show fewer speakers' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says when nothing matches, and clears the filters on request', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus(), '?q=zebra&theme=drug-trafficking');
    expect(screen.getByText('0 of 5 statements')).toBeInTheDocument();
    expect(screen.getByText('No statement matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(window.location.search).toBe('');
    expect(screen.getByText('5 of 5 statements')).toBeInTheDocument();
  });

  it('marks an inferred date as inferred, with the reason on focus', async () => {
    const corpus = smallTestCorpus();
    const alpha = corpus.events[0]!;
    alpha.startDate = { ...alpha.startDate, inferred: true, reason: 'The year was taken from the publication date.' };
    const user = userEvent.setup();
    renderStatements(corpus);
    const row = rows()[0]!;
    const badge = within(row).getByRole('button', { name: 'inferred' });
    expect(badge).toHaveAccessibleDescription('The year was taken from the publication date.');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    while (document.activeElement !== badge) await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('The year was taken from the publication date.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    // The Beta Meeting's date was stated, so its row has no such mark.
    expect(within(rows()[3]!).queryByRole('button', { name: 'inferred' })).toBeNull();
  });

  it('marks an inferred event title too', () => {
    const corpus = smallTestCorpus();
    corpus.events[1]!.title = { ...corpus.events[1]!.title, inferred: true, reason: 'Named from the meeting’s topic.' };
    renderStatements(corpus);
    const beta = rows()[3]!;
    expect(within(beta).getByRole('button', { name: 'inferred' })).toHaveAccessibleDescription('Named from the meeting’s topic.');
    expect(within(rows()[0]!).queryByRole('button', { name: 'inferred' })).toBeNull();
  });

  it('"Read in source" selects the statement in the URL and opens the reader', async () => {
    const user = userEvent.setup();
    renderStatements(smallTestCorpus());
    await user.click(within(rows()[3]!).getByRole('button', { name: 'Read in source' }));
    expect(currentQuery().get('statement')).toBe('doc-b:79-115');
    expect(screen.getByRole('region', { name: 'Source' })).toBeInTheDocument();
    expect(rows()[3]).toHaveAttribute('aria-current', 'true');
  });
});
