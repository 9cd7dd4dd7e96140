import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../src/app/dashboard.tsx';
import { buildTestCorpus } from '../../fixtures/test-corpus.ts';

const TOPOLOGY = readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8');
const POINTS = readFileSync('public/data/country-points.json', 'utf8');

/** Singapore (a point), Japan and China took part; Afghanistan is only mentioned. */
function corpus() {
  return buildTestCorpus([
    {
      id: 'doc-m',
      publisher: 'Test Secretariat',
      publishedOn: '2020-08-18',
      text: 'The Test Forum met with three states. Ms Ruiz said that Afghan routes matter. She noted that cyber threats grow.',
      events: [
        {
          id: 'forum',
          title: 'Test Forum',
          start: '2020-08-17',
          participants: ['JPN', 'CHN', 'SGP'],
          statements: [
            { text: 'Afghan routes matter', verb: 'said', lemma: 'say', speaker: { id: 'ruiz', name: 'Ana Ruiz', role: null }, themes: [], mentions: ['AFG'] },
            { text: 'cyber threats grow', verb: 'noted', lemma: 'note', speaker: { id: 'ruiz', name: 'Ana Ruiz', role: null }, themes: [] },
          ],
        },
      ],
    },
  ]);
}

let mapFails = false;

function fakeFetch(input: RequestInfo | URL): Promise<Response> {
  const url = input instanceof Request ? input.url : input.toString();
  if (url.includes('countries-110m')) {
    return Promise.resolve(mapFails ? new Response('gone', { status: 404 }) : new Response(TOPOLOGY, { status: 200 }));
  }
  if (url.includes('country-points')) return Promise.resolve(new Response(POINTS, { status: 200 }));
  return Promise.reject(new Error(`unexpected fetch ${url}`));
}

function renderDashboard(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <Dashboard loaded={{ corpus: corpus(), version: 'test', source: 'test' }} />
    </QueryClientProvider>,
  );
}

const mapPanel = () => screen.getByRole('region', { name: 'Participant map' });
const listButton = (name: RegExp) =>
  within(within(mapPanel()).getByRole('listbox', { name: 'Countries, most events first' })).getByRole('option', { name });
const findMap = () => within(mapPanel()).findByRole('group', { name: 'World map of the countries in the matching events' });
const params = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  mapFails = false;
  vi.stubGlobal('fetch', vi.fn(fakeFetch));
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('participant map panel', () => {
  it('summarises the map in a sentence and lists every country as a toggle', async () => {
    renderDashboard();
    expect(within(mapPanel()).getByText('3 countries took part in 1 event; 1 more is only mentioned.')).toBeInTheDocument();
    expect(listButton(/Japan/)).toHaveAccessibleName('Japan, 1 event');
    expect(listButton(/Afghanistan/)).toHaveAccessibleName('Afghanistan, 1 mention');
    expect(listButton(/Singapore/)).toHaveAttribute('aria-selected', 'false');
    await findMap();
  });

  it('says under a country filter that its counts ignore it, and only then', async () => {
    renderDashboard('?country=JPN');
    const summary = within(mapPanel()).getByText(/took part in/, { selector: 'p.map-summary' });
    expect(summary).toHaveTextContent(
      '3 countries took part in 1 event; 1 more is only mentioned. Ignores the country filter, so you can pick more countries; the headline counts apply every filter.',
    );
    await findMap();
  });

  it('does not claim to ignore a filter it applies', async () => {
    renderDashboard('?q=cyber');
    expect(within(mapPanel()).queryByText(/Ignores the/)).not.toBeInTheDocument();
    await findMap();
  });

  it('names each country on the map by its counts, Singapore as a point and Afghanistan as mentioned', async () => {
    renderDashboard();
    const map = await findMap();
    const singapore = within(map).getByRole('button', { name: /^Singapore: took part in 1 event/ });
    expect(singapore).toHaveAttribute('data-symbol', 'point');
    const afghanistan = within(map).getByRole('button', { name: /^Afghanistan: only mentioned/ });
    expect(afghanistan).toHaveAttribute('data-kind', 'mentioned');
    expect(within(map).getAllByRole('button')).toHaveLength(4);
  });

  it('toggles a country filter from the list and writes it to the URL', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.click(listButton(/Singapore/));
    expect(params().get('country')).toBe('SGP');
    expect(listButton(/Singapore/)).toHaveAttribute('aria-selected', 'true');
    // The map still shows every country while one is selected.
    const map = await findMap();
    expect(within(map).getAllByRole('button')).toHaveLength(4);
    expect(within(map).getByRole('button', { name: /^Singapore/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(listButton(/Singapore/));
    expect(params().get('country')).toBeNull();
  });

  it('is operable by keyboard alone: one tab stop, arrows move, Enter and Space toggle', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const map = await findMap();
    const focusable = within(map)
      .getAllByRole('button')
      .filter((element) => element.getAttribute('tabindex') === '0');
    expect(focusable).toHaveLength(1);
    act(() => focusable[0]!.focus());
    const first = document.activeElement!;
    expect(screen.getByRole('tooltip')).toHaveTextContent(/Took part in 1 event/);
    await user.keyboard('{Enter}');
    expect(params().get('country')).toBe(first.getAttribute('data-country'));
    await user.keyboard(' ');
    expect(params().get('country')).toBeNull();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-country', 'AFG');
    expect(screen.getByRole('tooltip')).toHaveTextContent(/Afghanistan/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('switches "Include mentions" through the URL and explains a mentioned-only selection', async () => {
    const user = userEvent.setup();
    renderDashboard('?country=AFG');
    expect(within(mapPanel()).getByText(/Afghanistan took part in no matching event/)).toBeInTheDocument();
    const toggle = within(mapPanel()).getByRole('switch', { name: 'Include mentions' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(params().get('mentions')).toBe('1');
    expect(toggle).toBeChecked();
    expect(within(mapPanel()).queryByText(/took part in no matching event/)).not.toBeInTheDocument();
  });

  it('offers to include mentions in one click when the selected country is only mentioned', async () => {
    const user = userEvent.setup();
    renderDashboard('?country=AFG');
    const hint = within(mapPanel()).getByText(/took part in no matching event/);
    expect(hint).toHaveTextContent('Afghanistan took part in no matching event; 1 statement mentions it. Include mentions');
    await user.click(within(hint).getByRole('button', { name: 'Include mentions' }));
    expect(params().get('mentions')).toBe('1');
    expect(params().get('country')).toBe('AFG');
    // One switch, one name, wherever it appears: the map's and the facets' are the same state.
    const switches = screen.getAllByRole('switch', { name: 'Include mentions' });
    expect(switches.length).toBeGreaterThanOrEqual(2);
    for (const control of switches) expect(control).toBeChecked();
  });

  it('shows the data table instead of the map, with the same counts, and back', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await findMap();
    const tableToggle = within(mapPanel()).getByRole('button', { name: 'Data table' });
    await user.click(tableToggle);
    expect(params().get('table')).toBe('map');
    expect(tableToggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(mapPanel()).queryByRole('group', { name: /World map/ })).not.toBeInTheDocument();
    const table = within(mapPanel()).getByRole('table');
    const row = (name: string) => within(table).getByRole('button', { name }).closest('tr')!;
    expect(within(row('Japan')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1',
      '2',
      '0',
      'Shade 1',
    ]);
    expect(within(row('Afghanistan')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '0',
      '0',
      '1',
      'Hatched (only mentioned)',
    ]);
    await user.click(within(table).getByRole('button', { name: /China/ }));
    expect(params().get('country')).toBe('CHN');
    await user.click(tableToggle);
    expect(params().get('table')).toBeNull();
    await findMap();
  });

  it('shows its own error when the world map cannot load, and the list still filters', async () => {
    mapFails = true;
    const user = userEvent.setup();
    renderDashboard();
    // The map retries a missing file once before it gives up.
    const alert = await within(mapPanel()).findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('The world map could not be loaded.');
    expect(alert).toHaveTextContent('HTTP 404');
    await user.click(listButton(/Japan/));
    expect(params().get('country')).toBe('JPN');
  });

  it('shows an empty state when the filters leave no country', () => {
    renderDashboard('?q=nothingmatchesthis');
    expect(within(mapPanel()).getByText('No country to map')).toBeInTheDocument();
    expect(within(mapPanel()).getByText('No event matches the filters.')).toBeInTheDocument();
  });
});
