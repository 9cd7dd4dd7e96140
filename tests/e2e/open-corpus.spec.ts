import { axeBuilder } from './helpers/axe';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Corpus } from '../../src/domain/corpus/corpus-schema.ts';
import { smallTestCorpus } from '../fixtures/test-corpus.ts';
import { test, expect } from './fixtures.ts';
import { replicateStatements } from './helpers/serve-corpus.ts';
import { readSeedCorpus } from './helpers/seed.ts';

const seed = readSeedCorpus();
const seedTitle = seed.events[0]!.title.value;
const small = smallTestCorpus();

function jsonFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function openFile(page: Page, name: string, text: string) {
  await page.getByTestId('corpus-file-input').first().setInputFiles(jsonFile(name, text));
}

/** The small corpus with the span of its first statement pointing past the end of its document. */
function corpusWithOneBadStatement(): { corpus: Corpus; badId: string } {
  const corpus = structuredClone(small);
  const statement = corpus.statements[0]!;
  const document = corpus.documents.find((doc) => doc.id === statement.documentId)!;
  statement.span = [document.text.length + 5, document.text.length + 9];
  return { corpus, badId: statement.id };
}

const statementsCount = (page: Page) => page.getByTestId('count-statements');

test.describe('opening a corpus file', () => {
  test('a file picked with the file input opens, labelled synthetic and not in links', async ({ page }) => {
    await page.goto('/?countries=CHN');
    await expect(page.getByText(seedTitle, { exact: true }).first()).toBeVisible();
    await openFile(page, 'fictional.json', JSON.stringify(small));

    await expect(page.getByTestId('opened-corpus')).toContainText('Showing fictional.json, opened from a file on this computer.');
    await expect(page.getByRole('note', { name: 'Synthetic data' })).toContainText('Synthetic corpus: nothing in it is real.');
    await expect(statementsCount(page)).toHaveText(String(small.statements.length));
    await expect(page.getByText('Gamma Talks', { exact: true }).first()).toBeVisible();
    // The old corpus's country filter is gone with it.
    expect(new URL(page.url()).search).toBe('');

    await page.getByRole('link', { name: 'Open the bundled corpus' }).click();
    await expect(page.getByText(seedTitle, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('note', { name: 'Synthetic data' })).toHaveCount(0);
    await expect(statementsCount(page)).toHaveText(String(seed.statements.length));
  });

  test('a file cut short says it is not valid JSON, and another file can be opened from there', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(seedTitle, { exact: true }).first()).toBeVisible();
    const text = JSON.stringify(small, null, 2);
    await openFile(page, 'cut.json', text.slice(0, Math.floor(text.length / 2)));

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The corpus file is not valid JSON.');
    await expect(alert).toContainText('cut.json is not valid JSON: the text ends before the JSON does');
    const axe = await axeBuilder(page).analyze();
    expect(axe.violations).toEqual([]);

    const chooser = page.waitForEvent('filechooser');
    await alert.getByRole('button', { name: 'Open another file…' }).click();
    await (await chooser).setFiles(jsonFile('whole.json', JSON.stringify(small)));
    await expect(page.getByTestId('opened-corpus')).toContainText('Showing whole.json');
    await expect(statementsCount(page)).toHaveText(String(small.statements.length));
  });

  test('a picked file with a syntax error says the line and column; a picked web page is not blamed on the address', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(seedTitle, { exact: true }).first()).toBeVisible();
    await openFile(page, 'typo.json', '{\n  "schemaVersion": 1,\n  "documents": x\n}');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('typo.json is not valid JSON (line 3, column 16): a character that cannot start a JSON value');

    await openFile(page, 'saved-page.json', '<!doctype html><html><body>A saved page</body></html>');
    await expect(alert).toContainText('The file is a web page, not a corpus.');
    await expect(alert).not.toContainText('address');
  });

  test('a corpus with one bad statement opens without it, naming it and why', async ({ page }) => {
    const { corpus, badId } = corpusWithOneBadStatement();
    await page.goto('/');
    await openFile(page, 'one-bad.json', JSON.stringify(corpus));

    const notice = page.getByRole('region', { name: 'Some records were left out' });
    await expect(notice).toContainText('1 statement was left out of one-bad.json.');
    await expect(statementsCount(page)).toHaveText(String(small.statements.length - 1));
    await notice.getByText('Show what was left out and why').click();
    await expect(notice.getByText(`statement "${badId}" (statements[0])`)).toBeVisible();
    await expect(notice.getByText(/^statements\[0\]\.span: span \[\d+, \d+\] ends after the end of document "doc-a"/)).toBeVisible();
    const axe = await axeBuilder(page).include('.opened-corpus').analyze();
    expect(axe.violations).toEqual([]);

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole('button', { name: '1 record left out' }).click();
    await expect(page.getByRole('region', { name: 'Some records were left out' })).toBeVisible();
  });

  test('one unknown participant code drops that code, not the event and its statements, and says exactly that', async ({ page }) => {
    const corpus = structuredClone(seed);
    const event = corpus.events[0]!;
    const position = event.participatingCountries.findIndex((fact) => fact.value === 'JPN');
    (event.participatingCountries[position] as { value: string }).value = 'XXX';
    const total = seed.statements.length;
    await page.goto('/');
    await openFile(page, 'one-bad-code.json', JSON.stringify(corpus));

    const notice = page.getByRole('region', { name: 'Some values were dropped' });
    await expect(notice).toContainText('1 value was dropped from 1 event, which was kept with everything else it holds.');
    await expect(page.getByRole('region', { name: 'Some records were left out' })).toHaveCount(0);
    await expect(statementsCount(page)).toHaveText(String(total));
    await expect(page.getByTestId('count-events')).toHaveText('1');
    await expect(page.getByTestId('count-participating')).toHaveText(String(seed.events[0]!.participatingCountries.length - 1));

    await notice.getByText('Show what was left out and why').click();
    await expect(notice.getByText(`event "${event.id}" (events[0])`)).toBeVisible();
    await expect(notice.getByText(`The event was kept, with its ${total} statements; nothing else in it was changed.`)).toBeVisible();
    await expect(
      notice.getByText(
        `Dropped the participating country "XXX" (events[0].participatingCountries[${position}]) — value: "XXX" is not an assigned ISO 3166-1 alpha-3 country code`,
      ),
    ).toBeVisible();
    // Japan is gone from the participants, and nothing else is.
    const countries = page.getByRole('listbox', { name: 'Countries, most events first' });
    await expect(countries.getByRole('option', { name: /^China/ })).toBeVisible();
    await expect(countries.getByRole('option', { name: /^Japan/ })).toHaveCount(0);
    const axe = await axeBuilder(page).include('.opened-corpus').analyze();
    expect(axe.violations).toEqual([]);

    await notice.getByRole('button', { name: 'Dismiss: some values were dropped' }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole('button', { name: '1 record kept without a value' }).click();
    await expect(page.getByRole('region', { name: 'Some values were dropped' })).toBeVisible();
  });

  test('a corpus with no documents says so', async ({ page }) => {
    await page.goto('/');
    await openFile(page, 'empty-corpus.json', JSON.stringify({ ...small, documents: [], events: [], statements: [] }));
    await expect(page.getByText('This corpus has no documents')).toBeVisible();
    await expect(page.getByText('empty-corpus.json is a valid corpus file, but it holds no documents')).toBeVisible();
  });

  test('a file dropped on the page opens; the page shows where to drop while dragging', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(seedTitle, { exact: true }).first()).toBeVisible();
    const text = JSON.stringify(small);
    const transfer = await page.evaluateHandle((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop a corpus file (JSON, NDJSON or Parquet) to open it')).toBeVisible();
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByText('Drop a corpus file (JSON, NDJSON or Parquet) to open it')).toHaveCount(0);
    await expect(page.getByTestId('opened-corpus')).toContainText('Showing dropped.json');
    await expect(statementsCount(page)).toHaveText(String(small.statements.length));
  });
});

test.describe('a corpus named in the address', () => {
  test('a missing file says "not found" and can be tried again', async ({ page, expectConsoleErrors }) => {
    expectConsoleErrors(/404/);
    let requests = 0;
    await page.route('**/data/missing.json', async (route) => {
      requests += 1;
      if (requests === 1) await route.fulfill({ status: 404, body: 'Not Found' });
      else await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(small) });
    });
    await page.goto('/?corpus=data/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The corpus file was not found.');
    await expect(alert).toContainText('data/missing.json was not found: there is no such file.');
    const axe = await axeBuilder(page).analyze();
    expect(axe.violations).toEqual([]);

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('opened-corpus')).toContainText('Showing data/missing.json, named in the page address');
    await expect(statementsCount(page)).toHaveText(String(small.statements.length));
    expect(requests).toBe(2);
  });

  test('the real server answers a missing corpus with "not found", not with the app page', async ({ page, expectConsoleErrors }) => {
    expectConsoleErrors(/404/);
    await page.goto('/?corpus=data/missing.json');
    await expect(page.getByRole('alert')).toContainText('The corpus file was not found.');
    await page.getByRole('link', { name: 'Back to the bundled corpus' }).click();
    await expect(page.getByText(seedTitle, { exact: true }).first()).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
  });

  test('an HTML page served instead of JSON is called out as such', async ({ page }) => {
    await page.route('**/data/page.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Sign in</body></html>' }),
    );
    await page.goto('/?corpus=data/page.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('A web page came back instead of the corpus.');
    await expect(alert).toContainText('data/page.json is an HTML page, not a corpus JSON file');
  });

  test('the page keeps answering while a 100 000-statement corpus is read, drawn from its first views, then checked in the worker', { tag: '@alone' }, async ({ page }) => {
    test.setTimeout(180_000);
    const folder = mkdtempSync(join(tmpdir(), 'forum-atlas-e2e-'));
    const path = join(folder, 'big.json');
    writeFileSync(path, JSON.stringify(replicateStatements(small, 100_000)));
    await page.route('**/data/big.json', (route) => route.fulfill({ path, status: 200, contentType: 'application/json' }));
    await page.addInitScript({
      content: `
        window.__gaps = [];
        let last = performance.now();
        let lastLabel = 'none:none';
        const tick = (now) => {
          const stage = document.documentElement?.dataset.corpusStage ?? 'none';
          const step = document.querySelector('[data-testid=load-step], [data-testid=texts-step]');
          const label = stage + ':' + (step ? step.textContent.split(' ')[0] : 'none');
          // A gap that ends in another stage or step holds the page's work of
          // moving on (drawing the first views, then the full corpus), not the worker's.
          window.__gaps.push([label === lastLabel ? label : lastLabel + ' → ' + label, now - last, now]);
          last = now;
          lastLabel = label;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      `,
    });
    await page.goto('/?corpus=data/big.json');
    // The first views are drawn before the full checks, which then run behind them.
    await expect(page.getByTestId('texts-step')).toHaveText(/^Checking 100,000 statements$/, { timeout: 90_000 });
    await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'views');
    await expect(statementsCount(page)).toHaveText('100,000');
    // Drawing the first views is the page's own work, in its first frames at this stage;
    // from two frames after they show, what is left on the page's thread is the worker's doing.
    const drawn = await page.evaluate<number>(
      'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame((now) => done(now))))',
    );
    // While the worker checks, the page still reacts to a click at once.
    await page.getByRole('button', { name: 'Open corpus file…' }).focus();
    await expect(page.getByRole('button', { name: 'Open corpus file…' })).toBeFocused();
    // Where the views stand once drawn: the texts' arrival must not move them under a reader or a click.
    await expect(page.locator('.tl-chart')).toBeVisible();
    const tops = () =>
      page.evaluate(() =>
        ['.panel--map', '.panel--timeline', '.panel--statements'].map((selector) => Math.round(document.querySelector(selector)!.getBoundingClientRect().top)),
      );
    const before = await tops();
    await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'views');
    await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready', { timeout: 120_000 });
    await expect(statementsCount(page)).toHaveText('100,000');
    expect(await tops(), 'tops of the map, timeline and statements panels, before and after the texts arrive').toEqual(before);
    // The note that they are arriving says they are in, in the same place, until it is dismissed.
    const note = page.getByTestId('texts-arrived');
    await expect(note).toContainText('All 100,000 statements are in and checked');
    await note.getByRole('button', { name: 'Dismiss this note' }).click();
    await expect(note).toHaveCount(0);
    await expect(page.locator('#main')).toBeFocused();

    const gaps = await page.evaluate<Array<[string, number, number]>>('window.__gaps');
    const during = (phase: string, after = 0) => gaps.filter(([p, , at]) => p === phase && at > after).map(([, gap]) => gap);
    const worst = (phase: string, after = 0) => Math.max(0, ...during(phase, after));
    expect(during('views:Checking', drawn).length, 'frames painted while checking behind the first views').toBeGreaterThan(5);
    // Reading, parsing, checking and indexing run in the worker, before and after the first views: frames keep coming.
    for (const phase of ['loading:Reading', 'loading:Parsing']) {
      expect(worst(phase), `longest frame gap while ${phase}`).toBeLessThan(200);
    }
    expect(worst('views:Checking', drawn), 'longest frame gap while checking, once the first views are drawn').toBeLessThan(200);
    // The page's own drawing (the first views, then the full corpus) is reported, not held to the worker's budget.
    const drawing = gaps.filter(([p, , at]) => (p.startsWith('views:') && at <= drawn) || p.startsWith('ready:') || p.includes('→ ready'));
    test.info().annotations.push({
      type: 'longest frames while the page draws',
      description: `first views ${Math.round(Math.max(0, ...drawing.filter(([p]) => p.startsWith('views:')).map(([, g]) => g)))} ms; full corpus ${Math.round(Math.max(0, ...drawing.filter(([p]) => !p.startsWith('views:')).map(([, g]) => g)))} ms`,
    });
  });

  test('says the texts are arriving until they are, then applies the search in the link', async ({ page }) => {
    test.setTimeout(90_000);
    const folder = mkdtempSync(join(tmpdir(), 'forum-atlas-e2e-'));
    const path = join(folder, 'mid.json');
    const corpus = replicateStatements(small, 30_000);
    writeFileSync(path, JSON.stringify(corpus));
    await page.route('**/data/mid.json', (route) => route.fulfill({ path, status: 200, contentType: 'application/json' }));
    await page.addInitScript({
      content: `
        window.__stages = [];
        new MutationObserver(() => {
          const stage = document.documentElement.dataset.corpusStage;
          if (window.__stages.at(-1) !== stage) window.__stages.push(stage);
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-corpus-stage'] });
      `,
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const word = corpus.statements[0]!.text.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
    await page.goto(`/?corpus=data/mid.json&q=${word}`);
    await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', /^(views|ready)$/, { timeout: 60_000 });
    const stage = await page.locator('html').getAttribute('data-corpus-stage');
    if (stage === 'views') {
      // Caught mid-way: the search box says it is getting ready, and so do the panels that show records.
      await expect(page.getByRole('searchbox', { name: /getting ready/ })).toBeVisible();
      await expect(page.getByTestId('texts-pending').first()).toContainText('will be here once the statement texts are in');
      // and the banner says the first views count without the search.
      await expect(page.getByTestId('texts-arriving')).toContainText(`the search “${word}” applies once the search index is ready`);
    }
    await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready', { timeout: 60_000 });
    await expect(page.getByRole('searchbox', { name: 'Search statements', exact: true })).toHaveValue(word);
    await expect(page.getByTestId('texts-pending')).toHaveCount(0);
    const shown = Number((await statementsCount(page).textContent())!.replace(/,/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown, 'the search in the link applies once the index is in').toBeLessThan(30_000);
    expect(await page.evaluate<string[]>('window.__stages')).toEqual(['loading', 'views', 'ready']);
    // Every view drew through both stages with the search in the link: none threw.
    await expect(page.getByRole('region', { name: /who took part together/i })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
