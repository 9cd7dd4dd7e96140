import { expect, test } from './fixtures.ts';
import { readSeedCorpus, statementRows } from './helpers/seed.ts';

const seed = readSeedCorpus();
const TOTAL = seed.statements.length;

test.describe('searches a reader would type', () => {
  test('a role, a plural, a country by name and an -ism find statements; a stem match is highlighted whole', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search statements' });
    const count = page.getByRole('status').filter({ hasText: /of \d+ statements/ });

    await search.fill('Secretary-General');
    await search.press('Enter');
    await expect(count).toHaveText(`${TOTAL} of ${TOTAL} statements`);

    await search.fill('drugs');
    await search.press('Enter');
    const drug = seed.statements.filter((s) => /\bdrug\b/.test(s.text));
    await expect(count).toHaveText(`${drug.length} of ${TOTAL} statements`);
    await expect(statementRows(page).first().locator('.statement-text__body mark')).toHaveText(['drug']);

    await search.fill('Afghanistan');
    await search.press('Enter');
    await expect(count).toHaveText(`1 of ${TOTAL} statements`);
    await expect(statementRows(page).first()).toContainText('Afghan drug trafficking');

    await search.fill('terrorism');
    await search.press('Enter');
    await expect(count).toHaveText(`2 of ${TOTAL} statements`);
  });

  test('a search that finds nothing says so above the views and offers to clear it', async ({ page }) => {
    await page.goto('/?q=zebra');
    const notice = page.locator('.search-no-results');
    await expect(notice).toContainText('No statement matches “zebra”');
    await expect(page.getByTestId('count-statements')).toHaveText('0');
    // Above the panels, not only inside the list.
    const noticeBox = (await notice.boundingBox())!;
    const mapBox = (await page.getByRole('region', { name: 'Participant map' }).boundingBox())!;
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(mapBox.y);
    await notice.getByRole('button', { name: 'Clear the search' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('count-statements')).toHaveText(`${TOTAL}`);
    await expect(notice).toBeEmpty();
    await expect(page.getByRole('searchbox', { name: 'Search statements' })).toHaveValue('');
  });

  test('a search that finds statements, but none with the other filters, says which and can keep the search', async ({ page }) => {
    await page.goto('/?theme=drug-trafficking&q=terror');
    const notice = page.locator('.search-no-results');
    await expect(notice).toContainText('“terror” matches 2 statements, but none of them with the other filters.');
    await notice.getByRole('button', { name: 'Keep the search, clear the other filters' }).click();
    await expect(page).toHaveURL(/\?q=terror$/);
    await expect(page.getByRole('status').filter({ hasText: /of \d+ statements/ })).toHaveText(`2 of ${TOTAL} statements`);
    await expect(notice).toBeEmpty();
  });
});
