import { axeBuilder } from './helpers/axe';
import { expect, test } from './fixtures.ts';
import { readSeedCorpus, statementRows, tabTo } from './helpers/seed.ts';
import { matchesSearch, parseSearchQuery, speakerSearchText } from '../../src/domain/view-state/search.ts';

const seed = readSeedCorpus();
const TOTAL = seed.statements.length;
// No country name starts with "terror", so the text and the speaker are all a search for it looks in.
const terrorMatches = seed.statements.filter((s) =>
  matchesSearch(`${s.text} ${speakerSearchText(s.speaker) ?? ''}`, parseSearchQuery('terror')),
);

test.describe('the statement list on the seed corpus', () => {
  test('lists every statement, attributed to its speaker as reported by the publisher', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: /of \d+ statements/ })).toHaveText(`${TOTAL} of ${TOTAL} statements`);
    expect(TOTAL).toBe(10);
    const first = statementRows(page).first();
    await expect(first.locator('.statement-text__attribution')).toHaveText(
      `Vladimir Norov, SCO Secretary-General ${seed.statements[0]!.verb.text} — as reported by the SCO Secretariat:`,
    );
    // Reported speech is the publisher's paraphrase: never in quotation marks.
    await expect(first.locator('.statement-text__body')).toHaveText(seed.statements[0]!.text);
    await expect(first).toContainText('17 August 2020');
    await expect(first).toContainText('Asia-Pacific Video Forum on Public Security');
    await expect(first.getByRole('button', { name: 'inferred' })).toHaveAccessibleDescription(
      seed.events[0]!.startDate.reason!,
    );
  });

  test('an "inferred" reason opens above every scroll box, whole and inside the window', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    const list = page.locator('.statement-list');
    // The last row's badge, at the bottom edge of the list's scroll box: where a reason used to be cut off.
    const badge = statementRows(page).last().getByRole('button', { name: 'inferred' });
    await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await badge.focus();
    const reason = page.getByRole('tooltip');
    await expect(reason).toBeVisible();
    expect(await reason.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    const box = (await reason.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    // Nothing covers it: its corners are hit-tested to the reason itself.
    const corners = await reason.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return [
        [rect.left + 2, rect.top + 2],
        [rect.right - 2, rect.bottom - 2],
      ].map(([x, y]) => element.contains(document.elementFromPoint(x!, y!)));
    });
    expect(corners).toEqual([true, true]);
    await page.keyboard.press('Escape');
    await expect(reason).toBeHidden();
  });

  test('facet counts: the speaker facet says Vladimir Norov 10', async ({ page }) => {
    await page.goto('/');
    const speakers = page.getByRole('group', { name: 'Speaker' });
    await expect(speakers.getByRole('checkbox')).toHaveCount(1);
    await expect(speakers.getByRole('checkbox', { name: 'Vladimir Norov, 10 statements' })).toBeVisible();
    await expect(speakers.getByText('Vladimir Norov')).toBeVisible();
    // Ten themes: the first six, and a button for the rest.
    const themes = page.getByRole('group', { name: 'Theme' });
    await expect(themes.getByRole('checkbox')).toHaveCount(6);
    await themes.getByRole('button', { name: 'Show all 10 themes' }).click();
    await expect(themes.getByRole('checkbox')).toHaveCount(10);
    await expect(page.getByRole('group', { name: 'Event' }).getByRole('checkbox')).toHaveAccessibleName(
      'Asia-Pacific Video Forum on Public Security, 10 statements',
    );
    // Participating countries: every statement of the forum counts for each of its 7 countries.
    const countries = page.getByRole('group', { name: 'Country' });
    await expect(countries.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
    await expect(countries.getByRole('checkbox', { name: /, 10 statements$/ })).toHaveCount(7);
    await expect(countries.getByRole('checkbox', { name: /^Afghanistan/ })).toHaveCount(0);
    await countries.getByRole('switch', { name: 'Include mentions' }).check();
    await expect(countries.getByRole('checkbox', { name: 'Afghanistan, 1 statement' })).toBeVisible();
  });

  test('search highlights matches as text, lives in the URL, and survives reload and back/forward', async ({ page }) => {
    expect(terrorMatches.length).toBeGreaterThan(0);
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search statements' }).fill('terror');
    await expect(page).toHaveURL(/\?q=terror$/);
    const count = page.getByRole('status').filter({ hasText: /of \d+ statements/ });
    await expect(count).toHaveText(`${terrorMatches.length} of ${TOTAL} statements`);
    await expect(statementRows(page)).toHaveCount(terrorMatches.length);
    for (const [i, statement] of terrorMatches.entries()) {
      const row = statementRows(page).nth(i);
      await expect(row.locator('.statement-text__body')).toHaveText(statement.text);
      const marks = await row.locator('.statement-text__body mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.toLowerCase()).toBe('terror');
    }

    await page.reload();
    await expect(count).toHaveText(`${terrorMatches.length} of ${TOTAL} statements`);
    await expect(page.getByRole('searchbox', { name: 'Search statements' })).toHaveValue('terror');

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(count).toHaveText(`${TOTAL} of ${TOTAL} statements`);
    await expect(page.getByRole('searchbox', { name: 'Search statements' })).toHaveValue('');
    await page.goForward();
    await expect(count).toHaveText(`${terrorMatches.length} of ${TOTAL} statements`);
    await expect(page.getByRole('searchbox', { name: 'Search statements' })).toHaveValue('terror');
  });

  test('typing a search adds one history entry, not one per keystroke', async ({ page }) => {
    await page.goto('/');
    const before = await page.evaluate(() => history.length);
    // Slower than the debounce, so each keystroke is written to the URL: the first pushes, the rest replace.
    await page.getByRole('searchbox', { name: 'Search statements' }).pressSequentially('drug', { delay: 350 });
    await expect(page).toHaveURL(/\?q=drug$/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  test('sorting newest first is kept in the URL', async ({ page }) => {
    await page.goto('/');
    const sort = page.getByRole('combobox', { name: 'Sort by date' });
    await sort.selectOption({ label: 'Newest first' });
    await expect(page).toHaveURL(/sort=desc/);
    await page.reload();
    await expect(sort).toHaveValue('date-desc');
    await page.goBack();
    await expect(sort).toHaveValue('date-asc');
  });

  test('keyboard alone can search, pick a facet and open the reader', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search statements' });
    await tabTo(page, search);
    await page.keyboard.type('drug');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/q=drug/);
    const theme = page.getByRole('group', { name: 'Theme' }).getByRole('checkbox').first();
    await tabTo(page, theme);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/theme=/);
    await expect(theme).toBeChecked();
    const read = statementRows(page).first().getByRole('button', { name: 'Read in source' });
    await tabTo(page, read);
    await page.keyboard.press('Enter');
    const mark = page.getByRole('region', { name: 'Source', exact: true }).locator('mark[data-statement-mark]');
    await expect(mark).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Source', exact: true })).toHaveCount(0);
    await expect(read).toBeFocused();
  });

  test('axe finds no violations in the list with a search active', async ({ page }) => {
    await page.goto('/?q=terror');
    await expect(statementRows(page).first().locator('mark').first()).toBeVisible();
    const results = await axeBuilder(page).include('.panel--statements').analyze();
    expect(results.violations).toEqual([]);
  });

  test('axe finds no violations in dark mode either', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?q=terror');
    await expect(statementRows(page).first().locator('mark').first()).toBeVisible();
    const results = await axeBuilder(page).include('.panel--statements').analyze();
    expect(results.violations).toEqual([]);
  });
});
