import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeTimelinePanel } from '../../../src/features/theme-timeline/theme-timeline-panel.tsx';
import { smallTestCorpus } from '../../fixtures/test-corpus.ts';
import { renderPanelAt } from '../dashboard-harness.tsx';

function renderAt(search: string) {
  return renderPanelAt(smallTestCorpus(), search, <ThemeTimelinePanel />);
}

const params = () => new URLSearchParams(window.location.search);
const summary = () => screen.getByText(/statements? |events? |No statements/, { selector: 'p.tl-summary' });

beforeAll(() => {
  // jsdom has no ResizeObserver; the chart then measures nothing, which is
  // fine here: geometry is checked in Chromium.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ThemeTimelinePanel', () => {
  it('says what it shows in one sentence and lists the themes in taxonomy order with counts', () => {
    renderAt('');
    expect(summary()).toHaveTextContent(
      '5 statements between 1 March 2020 and 9 January 2021; most often: Drug trafficking (2).',
    );
    const legend = screen.getByRole('group', { name: /Themes, top of the stack first/ });
    expect(within(legend).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Terrorism and extremism1 statements',
      'Drug trafficking2 statements',
      'Cybercrime and information security1 statements',
      'Multilateral dialogue1 statements',
      'No theme assigned1 statements',
    ]);
  });

  it('toggles a theme filter from the legend; every theme stays listed', async () => {
    const user = userEvent.setup();
    renderAt('');
    const drugs = screen.getByRole('button', { name: /^Drug trafficking/ });
    expect(drugs).toHaveAttribute('aria-pressed', 'false');
    await user.click(drugs);
    expect(params().get('theme')).toBe('drug-trafficking');
    expect(screen.getByRole('button', { name: /^Drug trafficking/ })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('group', { name: /Themes/ })).getAllByRole('button')).toHaveLength(5);
    expect(summary()).toHaveTextContent(
      '2 statements about Drug trafficking between 1 March 2020 and 3 September 2020. Ignores the theme filter, so you can pick more themes; the headline counts apply every filter.',
    );
    await user.click(screen.getByRole('button', { name: /^Drug trafficking/ }));
    expect(params().get('theme')).toBeNull();
  });

  it('toggles a theme with the keyboard alone', async () => {
    const user = userEvent.setup();
    renderAt('?table=timeline');
    const cyber = screen.getByRole('button', { name: /^Cybercrime/ });
    cyber.focus();
    await user.keyboard('{Enter}');
    expect(params().get('theme')).toBe('cyber-information-security');
    await user.keyboard(' ');
    expect(params().get('theme')).toBeNull();
  });

  it('switches the measure to events and the bucket to year through the URL', async () => {
    const user = userEvent.setup();
    renderAt('?table=timeline');
    await user.click(screen.getByRole('button', { name: 'Events' }));
    expect(params().get('measure')).toBe('events');
    expect(screen.getByRole('button', { name: 'Events' })).toHaveAttribute('aria-pressed', 'true');
    expect(summary()).toHaveTextContent('3 events between 1 March 2020 and 9 January 2021');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bucket' }), 'year');
    expect(params().get('bucket')).toBe('year');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Theme', '2020', '2021', 'All periods']);
    const terrorism = within(table).getByRole('row', { name: /Terrorism and extremism/ });
    expect(within(terrorism).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1', '2']);
  });

  it('names the automatic bucket in the bucket choice', () => {
    renderAt('');
    expect(screen.getByRole('combobox', { name: 'Bucket' })).toHaveDisplayValue('Auto (month)');
  });

  it('shows the numbers as a table, with uncovered months marked, and back to the chart', async () => {
    const user = userEvent.setup();
    renderAt('');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(params().get('table')).toBe('timeline');
    const table = screen.getByRole('table', { name: /Statements per theme and month/ });
    const drugs = within(table).getByRole('row', { name: /Drug trafficking/ });
    const cells = within(drugs).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe('1'); // March 2020
    expect(cells[1]).toBe('—not covered'); // April 2020
    expect(cells[6]).toBe('1'); // September 2020
    expect(cells[cells.length - 1]).toBe('2');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(params().get('table')).toBeNull();
    expect(await screen.findByRole('img', { name: 'Stacked bar chart: statements per theme by month' })).toBeInTheDocument();
  });

  it('applies a range typed day first when Enter is pressed or the field is left, one history step each', () => {
    const push = vi.spyOn(window.history, 'pushState');
    renderAt('?table=timeline');
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');

    // Typing alone applies nothing: "1/9/2" is not yet the date meant.
    fireEvent.change(from, { target: { value: '1/9/2' } });
    expect(params().get('from')).toBeNull();
    fireEvent.change(from, { target: { value: '2/9/2020' } });
    fireEvent.keyDown(from, { key: 'Enter' });
    expect(params().get('from')).toBe('2020-09-02');
    expect(push).toHaveBeenCalledTimes(1);
    // The field then shows the date as the page writes dates.
    expect(from).toHaveValue('2 September 2020');

    fireEvent.change(to, { target: { value: '1 August 2020' } });
    fireEvent.blur(to);
    expect(screen.getByRole('alert')).toHaveTextContent('The start date is after the end date.');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveValue('1 August 2020');
    expect(params().get('to')).toBeNull();

    fireEvent.change(to, { target: { value: 'January 2021' } });
    fireEvent.blur(to);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(params().get('to')).toBe('2021-01-31');
    expect(to).toHaveValue('31 January 2021');
    expect(push).toHaveBeenCalledTimes(2);
    expect(summary()).toHaveTextContent('2 statements between 3 September 2020 and 9 January 2021');
  });

  it('says which field is not a date and keeps what was typed', () => {
    renderAt('?table=timeline&from=2020-03-01');
    const to = screen.getByLabelText('To');
    fireEvent.change(to, { target: { value: '31/02/2020' } });
    fireEvent.keyDown(to, { key: 'Enter' });
    expect(screen.getByRole('alert')).toHaveTextContent('“31/02/2020” is not a date. Type a date such as 17 August 2020');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('From')).not.toHaveAttribute('aria-invalid');
    expect(to).toHaveValue('31/02/2020');
    expect(params().get('to')).toBeNull();
    // Escape gives back the applied range.
    fireEvent.keyDown(to, { key: 'Escape' });
    expect(to).toHaveValue('');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('drops an unapplied entry when the range changes elsewhere (back button, chip, drag)', () => {
    renderAt('?table=timeline&from=2020-09-01');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '1 August 2020' } });
    fireEvent.blur(screen.getByLabelText('To'));
    expect(screen.getByRole('alert')).toHaveTextContent('The start date is after the end date.');
    act(() => {
      window.history.pushState(null, '', '/?table=timeline&from=2020-03-01&to=2020-03-31');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.getByLabelText('From')).toHaveValue('1 March 2020');
    expect(screen.getByLabelText('To')).toHaveValue('31 March 2020');
  });

  it('shows the URL range in the fields and clears it', async () => {
    const user = userEvent.setup();
    renderAt('?table=timeline&from=2020-03-01&to=2020-03-31');
    expect(screen.getByLabelText('From')).toHaveValue('1 March 2020');
    expect(screen.getByLabelText('To')).toHaveValue('31 March 2020');
    await user.click(screen.getByRole('button', { name: 'Clear dates' }));
    expect(params().get('from')).toBeNull();
    expect(params().get('to')).toBeNull();
    expect(screen.getByLabelText('From')).toHaveValue('');
  });

  it('has a distinct empty state when other filters leave nothing, and keeps the legend to undo a theme', () => {
    renderAt('?country=IND&speaker=bo-lind&theme=drug-trafficking');
    expect(screen.getByText('No statements match the other filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Drug trafficking/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('tells that multi-theme statements count under each theme', () => {
    renderAt('');
    expect(screen.getByText(/A statement with several themes counts once under each/)).toBeInTheDocument();
  });
});
