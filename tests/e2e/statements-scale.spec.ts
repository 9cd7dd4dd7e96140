import { expect, test } from './fixtures.ts';
import { replicateStatements, serveCorpus } from './helpers/serve-corpus.ts';
import { smallTestCorpus } from '../fixtures/test-corpus.ts';

const ROWS = 100_000;

/**
 * The list holds 100 000 statements (the fictional test statements repeated;
 * the corpus is marked synthetic) and must keep only a window of them in the
 * DOM while every one stays reachable by scrolling.
 */
test.describe('the statement list with 100 000 synthetic rows', () => {
  test.setTimeout(120_000);

  test('renders a window of rows and reaches the last one', async ({ page }) => {
    await serveCorpus(page, replicateStatements(smallTestCorpus(), ROWS));
    await page.goto('/');
    await expect(page.getByText('100,000 of 100,000 statements')).toBeVisible({ timeout: 90_000 });
    await expect(page.getByText('Synthetic data — not real events.')).toBeVisible();
    // The counts come with the first views; the list's rows with the texts, once the corpus is ready
    // (two CI runs waited over 15 s for them while another worker opened the 20 000-statement demo).
    await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready', { timeout: 90_000 });

    const list = page.getByRole('list', { name: 'Matching statements' });
    const rows = list.locator(':scope > [role="listitem"]');
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    expect(await rows.count()).toBeLessThan(40);

    const scroller = page.locator('.statement-list');
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const last = list.locator(`:scope > [aria-posinset="${ROWS}"]`);
    await expect(last).toBeVisible();
    await expect(last).toHaveAttribute('aria-setsize', String(ROWS));
    // Statement 100 000 is copy 19 999 of the fifth test statement.
    await expect(last).toHaveAttribute('data-statement-id', 'doc-c:69-88~19999');
    await expect(last.locator('.statement-text__body')).toHaveText('nothing was settled');
    expect(await rows.count()).toBeLessThan(40);
    expect(await page.locator('[role="listitem"][aria-posinset]').count()).toBeLessThan(40);

    // Back to the middle: the rows drawn are the ones around that position.
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
    // Polled as one condition: the window still drawn at the end also passes "> 48 000".
    await expect
      .poll(async () => {
        const first = Number(await rows.first().getAttribute('aria-posinset'));
        return first > ROWS / 2 - 2_000 && first < ROWS / 2 + 2_000;
      })
      .toBe(true);
  });

  test('scrolling by keyboard moves focus through rows that are drawn on demand', async ({ page }) => {
    await serveCorpus(page, replicateStatements(smallTestCorpus(), ROWS));
    await page.goto('/?sort=desc');
    await expect(page.getByText('100,000 of 100,000 statements')).toBeVisible({ timeout: 90_000 });
    await expect(page.locator('html')).toHaveAttribute('data-corpus-stage', 'ready', { timeout: 90_000 });
    const list = page.getByRole('list', { name: 'Matching statements' });
    await list.getByRole('button', { name: 'Read in source' }).first().focus();
    // Each row has two buttons (Read in source, Copy citation): 50 presses pass some 25 rows.
    for (let i = 0; i < 50; i += 1) await page.keyboard.press('Tab');
    const focusedRow = page.locator('[role="listitem"][aria-posinset]:focus-within');
    await expect(focusedRow).toBeVisible();
    expect(Number(await focusedRow.getAttribute('aria-posinset'))).toBeGreaterThan(20);
    expect(await list.locator(':scope > [role="listitem"]').count()).toBeLessThan(40);
  });
});
