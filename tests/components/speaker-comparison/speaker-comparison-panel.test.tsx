import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SpeakerComparisonPanel } from '../../../src/features/speaker-comparison/speaker-comparison-panel.tsx';
import { generateSyntheticCorpus } from '../../../src/domain/synthetic/generate-corpus.ts';
import { currentQuery, renderPanelAt } from '../dashboard-harness.tsx';

const corpus = generateSyntheticCorpus({ statements: 300, seed: 3 });

describe('SpeakerComparisonPanel', () => {
  it('starts empty, adds a suggestion, names a typed name it does not know', async () => {
    const user = userEvent.setup();
    renderPanelAt(corpus, '', <SpeakerComparisonPanel />);
    expect(screen.getByText('No speaker chosen yet.')).toBeInTheDocument();
    const suggestion = screen.getByText('Suggestions:').parentElement!.querySelector('button')!;
    const name = suggestion.textContent;
    await user.click(suggestion);
    expect(currentQuery().get('compare')).toMatch(/^syn-speaker-\d+$/);
    expect(screen.getByRole('list', { name: 'Compared' })).toHaveTextContent(name);
    expect(screen.getByText(/Add one more to compare\./)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Add a speaker or role'), 'Nobody Atall{Enter}');
    expect(screen.getByText('No speaker or role in this corpus is called “Nobody Atall”.')).toBeInTheDocument();
    expect(screen.getByLabelText('Add a speaker or role')).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: `Remove ${name} from the comparison` }));
    expect(currentQuery().get('compare')).toBeNull();
  });

  it('adds a role by the words the box suggests, and refuses a fifth', async () => {
    const user = userEvent.setup();
    renderPanelAt(corpus, '?compare=syn-speaker-0,syn-speaker-1,syn-speaker-2', <SpeakerComparisonPanel />);
    await user.type(screen.getByLabelText('Add a speaker or role'), 'Role: Ambassador{Enter}');
    expect(currentQuery().get('compare')).toBe('syn-speaker-0,syn-speaker-1,syn-speaker-2,role:Ambassador');
    expect(screen.getByLabelText('Add a speaker or role')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
  });

  it('in the table, a count sets the speaker and theme filters to exactly its statements', async () => {
    const user = userEvent.setup();
    renderPanelAt(corpus, '?compare=syn-speaker-0,role:Ambassador&table=speakers', <SpeakerComparisonPanel />);
    const table = await screen.findByRole('table');
    const ambassadorColumn = within(table).getAllByRole('columnheader')[2]!;
    expect(ambassadorColumn).toHaveTextContent('Ambassador');
    const open = within(table).getAllByRole('button', { name: /^Ambassador, .*Show these statements in the list\.$/ })[0]!;
    await user.click(open);
    const ambassadors = [...new Set(corpus.statements.filter((s) => s.speaker?.role === 'Ambassador').map((s) => s.speaker!.id))].sort();
    expect(currentQuery().get('speaker')!.split(',')).toEqual(ambassadors);
    expect(currentQuery().get('theme')).toMatch(/^[a-z-]+$/);
    expect(open).toHaveAttribute('aria-pressed', 'true');
  });
});
