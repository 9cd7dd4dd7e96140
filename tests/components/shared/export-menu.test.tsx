import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportMenu, type ExportMenuItem } from '../../../src/components/export-menu.tsx';

function setup(overrides: Partial<Record<'SVG' | 'PNG' | 'CSV', ExportMenuItem['onSelect']>> = {}) {
  const calls: string[] = [];
  const item = (label: 'SVG' | 'PNG' | 'CSV'): ExportMenuItem => ({
    label,
    onSelect: overrides[label] ?? (() => void calls.push(label)),
  });
  render(
    <>
      <button type="button">before</button>
      <ExportMenu label="Export map" items={[item('SVG'), item('PNG'), item('CSV')]} />
    </>,
  );
  return { calls, user: userEvent.setup(), button: screen.getByRole('button', { name: 'Export map' }) };
}

describe('ExportMenu', () => {
  it('is a closed menu button until opened', () => {
    const { button } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('opens with Enter, focuses the first item, moves with the arrows (wrapping), Home and End', async () => {
    const { user, button } = setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: 'Export map' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'SVG' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'PNG' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'SVG' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'SVG' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('p');
    expect(screen.getByRole('menuitem', { name: 'PNG' })).toHaveFocus();
  });

  it('opens on ArrowUp at the last item', async () => {
    const { user, button } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the button', async () => {
    const { user, button, calls } = setup();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(calls).toEqual([]);
  });

  it('runs the chosen item once, closes, returns focus and announces the result', async () => {
    const { user, button, calls } = setup();
    await user.click(button);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(calls).toEqual(['PNG']);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Export map: PNG ready.'));
  });

  it('says what went wrong when an export fails', async () => {
    const { user, button } = setup({ CSV: () => Promise.reject(new Error('The disk is full.')) });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Export map: CSV failed. The disk is full.'));
  });

  it('closes when the user clicks elsewhere', async () => {
    const { user, button } = setup();
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'before' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('closes on Tab without running anything', async () => {
    const onSelect = vi.fn();
    const { user, button } = setup({ SVG: onSelect });
    await user.click(button);
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(onSelect).not.toHaveBeenCalled();
  });
});
