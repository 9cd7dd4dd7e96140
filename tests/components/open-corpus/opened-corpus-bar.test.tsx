import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../../src/domain/corpus/corpus-schema.ts';
import type { ExcludedRecord, RepairedRecord } from '../../../src/domain/corpus/excluded-records.ts';
import { OpenedCorpusBar, type CorpusOrigin } from '../../../src/features/open-corpus/opened-corpus-bar.tsx';

const excludedStatement = (index: number): ExcludedRecord => ({
  collection: 'statements',
  index,
  id: `s-${index}`,
  problems: [{ path: `statements[${index}].span`, recordId: `s-${index}`, message: `span [0, 9999] ends after the end of document "d"` }],
  dependent: false,
});

function renderBar({
  origin = 'file',
  excluded = [],
  repaired = [],
  synthetic,
}: { origin?: CorpusOrigin; excluded?: ExcludedRecord[]; repaired?: RepairedRecord[]; synthetic?: Corpus['synthetic'] } = {}) {
  const onOpenBundled = vi.fn();
  render(
    <OpenedCorpusBar
      source="mine.json"
      origin={origin}
      version="0123456789ab"
      synthetic={synthetic}
      excluded={excluded}
      repaired={repaired}
      bundledHref="/"
      onOpenBundled={onOpenBundled}
    />,
  );
  return { onOpenBundled };
}

describe('the records-left-out notice', () => {
  it('says how many records were left out, and lists each with why when expanded', async () => {
    const user = userEvent.setup();
    renderBar({ excluded: [excludedStatement(3)] });
    const notice = screen.getByRole('region', { name: 'Some records were left out' });
    expect(notice).toHaveTextContent('1 statement was left out of mine.json.');
    const reason = within(notice).getByText('statements[3].span: span [0, 9999] ends after the end of document "d"');
    expect(reason).not.toBeVisible();
    await user.click(within(notice).getByText('Show what was left out and why'));
    expect(reason).toBeVisible();
    expect(within(notice).getByText('statement "s-3" (statements[3])')).toBeVisible();
  });

  it('can be dismissed and shown again', async () => {
    const user = userEvent.setup();
    renderBar({ excluded: [excludedStatement(1), excludedStatement(2)] });
    await user.click(screen.getByRole('button', { name: 'Dismiss: some records were left out' }));
    expect(screen.queryByRole('region', { name: 'Some records were left out' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '2 records left out' }));
    expect(screen.getByRole('region', { name: 'Some records were left out' })).toHaveTextContent('2 statements were left out');
  });

  it('lists a hundred records and counts the rest', async () => {
    const user = userEvent.setup();
    renderBar({ excluded: Array.from({ length: 130 }, (_, i) => excludedStatement(i)) });
    await user.click(screen.getByText('Show what was left out and why'));
    expect(screen.getByText('statement "s-99" (statements[99])')).toBeVisible();
    expect(screen.queryByText('statement "s-100" (statements[100])')).toBeNull();
    expect(screen.getByText('…and 30 more records left out (130 in all).')).toBeVisible();
  });

  it('lists a record kept without a value apart from those left out', async () => {
    const user = userEvent.setup();
    const repairedEvent: RepairedRecord = {
      collection: 'events',
      index: 0,
      id: 'forum',
      statementsKept: 10,
      dropped: [
        {
          path: 'events[0].participatingCountries[2]',
          unit: 'value',
          what: 'participating country "XXX"',
          problems: [{ path: 'events[0].participatingCountries[2].value', recordId: 'forum', message: '"XXX" is not a code' }],
        },
      ],
    };
    renderBar({ excluded: [excludedStatement(4)], repaired: [repairedEvent] });
    const notice = screen.getByRole('region', { name: 'Some records were left out' });
    expect(notice).toHaveTextContent(
      '1 statement was left out of mine.json. 1 value was dropped from 1 event, which was kept with everything else it holds.',
    );
    await user.click(within(notice).getByText('Show what was left out and why'));
    expect(within(notice).getByRole('heading', { name: 'Records kept without a value or fact' })).toBeVisible();
    expect(within(notice).getByText('event "forum" (events[0])')).toBeVisible();
    expect(within(notice).getByText(/The event was kept, with its 10 statements/)).toBeVisible();
    expect(
      within(notice).getByText(
        'Dropped the participating country "XXX" (events[0].participatingCountries[2]) — value: "XXX" is not a code',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Dismiss: some records were left out' }));
    expect(screen.getByRole('button', { name: '1 record left out, 1 record kept without a value' })).toBeVisible();
  });

  it('is not there when nothing was left out', () => {
    renderBar();
    expect(screen.queryByRole('region', { name: 'Some records were left out' })).toBeNull();
  });
});

describe('which corpus is open', () => {
  it('says a picked file is not in links, and leads back to the bundled corpus', async () => {
    const user = userEvent.setup();
    const { onOpenBundled } = renderBar({ origin: 'file' });
    const line = screen.getByTestId('opened-corpus');
    expect(line).toHaveTextContent('Showing mine.json, opened from a file on this computer.');
    expect(line).toHaveTextContent('Links to this view open the bundled corpus');
    await user.click(screen.getByRole('link', { name: 'Open the bundled corpus' }));
    expect(onOpenBundled).toHaveBeenCalledTimes(1);
  });

  it('names a corpus from the address', () => {
    renderBar({ origin: 'url' });
    expect(screen.getByTestId('opened-corpus')).toHaveTextContent('Showing mine.json, named in the page address (version 0123456789ab).');
  });

  it('says nothing about the bundled corpus', () => {
    renderBar({ origin: 'bundled' });
    expect(screen.queryByTestId('opened-corpus')).toBeNull();
  });

  it('labels a synthetic corpus with a banner, quoting its note as text', () => {
    renderBar({ origin: 'bundled', synthetic: { generator: 'g', seed: 1, note: '<i>Invented</i> for benchmarks.' } });
    const banner = screen.getByRole('note', { name: 'Synthetic data' });
    expect(banner).toHaveTextContent('Synthetic corpus: nothing in it is real.');
    expect(banner).toHaveTextContent('“<i>Invented</i> for benchmarks.”');
    expect(banner.querySelector('i')).toBeNull();
  });

  it('has no synthetic banner for a real corpus', () => {
    renderBar({ origin: 'url' });
    expect(screen.queryByRole('note', { name: 'Synthetic data' })).toBeNull();
  });
});
