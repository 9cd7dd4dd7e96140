import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../../src/components/copy-button.tsx';

const CITATION = 'Ana Ruiz (Director) stressed, as reported by the Test Secretariat, that peace matters.';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('CopyButton', () => {
  it('copies the text and confirms it in a live region', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    render(<CopyButton label="Copy citation" what="Citation" getText={() => CITATION} />);
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Citation copied.'));
    expect(writeText).toHaveBeenCalledWith(CITATION);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the text selected in a read-only field when the clipboard is refused', async () => {
    const user = userEvent.setup();
    render(<CopyButton label="Copy citation" what="Citation" getText={() => Promise.resolve(CITATION)} />);
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    const field = await screen.findByRole('textbox', { name: /did not allow copying/ });
    expect(field).toHaveValue(CITATION);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    const element = field as HTMLTextAreaElement;
    expect(element.value.slice(element.selectionStart, element.selectionEnd)).toBe(CITATION);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy citation' })).toHaveFocus();
  });

  it('falls back too when there is no clipboard API at all', async () => {
    const user = userEvent.setup();
    render(<CopyButton label="Copy link" what="Link" getText={() => 'http://127.0.0.1/?country=JPN'} />);
    Reflect.deleteProperty(navigator, 'clipboard');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox')).toHaveValue('http://127.0.0.1/?country=JPN');
  });

  it('says so when the text cannot be made', async () => {
    const user = userEvent.setup();
    render(<CopyButton label="Copy citation" what="Citation" getText={() => Promise.reject(new Error('statement x is not in the corpus'))} />);
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Citation could not be made: statement x is not in the corpus'));
  });
});
