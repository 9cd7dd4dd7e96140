import { axeBuilder } from './helpers/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readSeedCorpus } from './helpers/seed.ts';

/**
 * A link whose parameters cannot all be used says so: one notice per
 * parameter, naming it and what was done, dismissible; an unknown code never
 * filters the page down to nothing.
 */

const seed = readSeedCorpus();
const total = String(seed.statements.length);

const notices = (page: Page) => page.getByRole('status').filter({ has: page.getByRole('list', { name: 'Problems with this page’s link' }) });
const notice = (page: Page, parameter: string) => notices(page).getByRole('listitem').filter({ hasText: `The link’s ${parameter} parameter` });
const statements = (page: Page) => page.getByTestId('count-statements');
const chips = (page: Page) => page.getByRole('group', { name: 'Active filters' });
const search = (page: Page) => new URL(page.url()).search;

test.describe('link parameters the page cannot use as written', () => {
  test('an unknown country does not filter, is reported, and dismissing it cleans the link without a history entry', async ({ page }) => {
    await page.goto('/?country=XXX&theme=drug-trafficking');
    await expect(notice(page, 'country')).toContainText('“XXX” does not filter: it is not an ISO 3166-1 alpha-3 country code.');
    // The known theme still filters; the unknown country makes no chip and zeroes nothing.
    await expect(chips(page).getByRole('listitem')).toHaveText([/Theme:/]);
    await expect(statements(page)).not.toHaveText('0');

    const before = await page.evaluate(() => history.length);
    await notice(page, 'country').getByRole('button', { name: 'Dismiss the notice about country' }).click();
    await expect(notices(page)).toHaveCount(0);
    expect(search(page)).toBe('?theme=drug-trafficking');
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('a lower-case country is read as its code and filters', async ({ page }) => {
    await page.goto('/?country=jpn');
    await expect(notice(page, 'country')).toContainText('“jpn” was read as JPN (Japan): country codes are written in capitals.');
    await expect(chips(page)).toContainText('Country: Japan');
    await expect(page.getByRole('region', { name: 'Participant map' })).toContainText(
      'Ignores the country filter, so you can pick more countries',
    );
    await notice(page, 'country').getByRole('button', { name: /^Dismiss/ }).click();
    await expect(notices(page)).toHaveCount(0);
    expect(search(page)).toBe('?country=JPN');
    await expect(chips(page)).toContainText('Country: Japan');
  });

  test('an impossible date and a foreign corpus address are each reported; dismissing one keeps the other', async ({ page }) => {
    await page.goto('/?from=2099-13-01&corpus=https://example.org/corpus.json');
    await expect(statements(page)).toHaveText(total);
    await expect(notice(page, 'from')).toContainText('“2099-13-01” was left out: it is not a calendar date written YYYY-MM-DD.');
    await expect(notice(page, 'corpus')).toContainText('never another address; the bundled corpus is shown instead.');
    await expect(page.getByText('No filters: showing the whole corpus.')).toBeVisible();

    await notice(page, 'from').getByRole('button', { name: 'Dismiss the notice about from' }).click();
    await expect(notice(page, 'from')).toHaveCount(0);
    await expect(notice(page, 'corpus')).toBeVisible();
    const params = new URL(page.url()).searchParams;
    expect([...params.keys()]).toEqual(['corpus']);
    expect(params.get('corpus')).toBe('https://example.org/corpus.json');

    // Keyboard alone: the dismiss button is reachable and answers Enter.
    await notice(page, 'corpus').getByRole('button', { name: 'Dismiss the notice about corpus' }).focus();
    await page.keyboard.press('Enter');
    await expect(notices(page)).toHaveCount(0);
    expect(search(page)).toBe('');
  });

  test('the notices pass axe and sit above the counts', async ({ page }) => {
    await page.goto('/?country=XXX&bucket=fortnight');
    await expect(notice(page, 'bucket')).toBeVisible();
    const noticeBox = (await notices(page).boundingBox())!;
    const countsBox = (await page.getByRole('list', { name: 'Counts for the current filters' }).or(page.locator('.headline__counts')).first().boundingBox())!;
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(countsBox.y);
    const results = await axeBuilder(page).include('.link-notices').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('a link with nothing wrong shows no notice', async ({ page }) => {
    await page.goto('/?country=CHN&measure=events');
    await expect(chips(page)).toContainText('Country: China');
    await expect(notices(page)).toHaveCount(0);
  });
});
