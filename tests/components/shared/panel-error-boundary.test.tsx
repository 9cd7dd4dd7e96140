import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../src/components/panel.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new Error('the chart data had an unexpected shape');
  return <p>Chart drawn</p>;
}

describe('a panel that crashes', () => {
  beforeEach(() => {
    broken = true;
    // React and the boundary report the caught error on the console; expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('says what failed, keeps its neighbours working, and recovers on retry', async () => {
    render(
      <>
        <Panel title="Themes over time">
          <Fragile />
        </Panel>
        <Panel title="Statements">
          <p>10 of 10 statements</p>
        </Panel>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Themes over time could not be drawn.');
    expect(alert).toHaveTextContent('the chart data had an unexpected shape');
    expect(screen.getByRole('region', { name: 'Statements' })).toHaveTextContent('10 of 10 statements');
    expect(screen.getByRole('region', { name: 'Themes over time' })).toBeInTheDocument();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
