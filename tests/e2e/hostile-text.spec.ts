import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { buildTestCorpus } from '../fixtures/test-corpus.ts';
import { expect, test } from './fixtures.ts';
import { serveCorpus } from './helpers/serve-corpus.ts';

/**
 * A corpus whose every field holds markup and script. The page must show it
 * literally — in the list, the search highlighting, the reader, the chips,
 * the chart labels and the exports — and run none of it.
 */
const STATEMENT = '<script>window.__pwned = "statement"</script> must be shown as text';
const TITLE = '<b onmouseover="window.__pwned=1">Forum</b>';
const PUBLISHER = '<img src=x onerror="window.__pwned=\'publisher\'">Evil & Co';
const SPEAKER = '"><svg onload="window.__pwned=\'speaker\'">';

const hostile = buildTestCorpus([
  {
    id: 'hostile-doc',
    publisher: PUBLISHER,
    publishedOn: '2021-05-02',
    text: `On 1 May the ${TITLE} met with Japan. The envoy said that ${STATEMENT}.`,
    events: [
      {
        id: 'hostile-event',
        title: TITLE,
        start: '2021-05-01',
        participants: ['JPN'],
        statements: [
          {
            text: STATEMENT,
            verb: 'said',
            lemma: 'say',
            speaker: { id: 'hostile-speaker', name: SPEAKER, role: '<i>Envoy</i>' },
            themes: ['terrorism-extremism'],
          },
        ],
      },
    ],
  },
]);

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // No element made from the data carries a handler or is a script, image or inline SVG document.
  expect(await page.locator('[onerror], [onload], [onmouseover], main script, main img').count()).toBe(0);
}

test('markup and script in every field are shown as text and never run', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await serveCorpus(page, hostile);
  await page.goto('/');

  const statements = page.locator('section.panel--statements');
  await expect(statements.getByText(STATEMENT, { exact: true })).toBeVisible();
  await expect(statements.getByText(SPEAKER).first()).toBeVisible();
  await expect(page.getByText(PUBLISHER).first()).toBeVisible();
  await expectNothingRan(page);

  // Search highlighting splits the hostile text into marks, still as text.
  await page.getByRole('searchbox').fill('script');
  await page.getByRole('searchbox').press('Enter');
  await expect(statements.locator('mark').first()).toHaveText('script');
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText('script');
  await expectNothingRan(page);

  // The reader shows the document with the span highlighted, literally.
  await statements.getByRole('button', { name: 'Read in source' }).first().click();
  const reader = page.locator('section.panel--reader');
  await expect(reader.locator('mark').filter({ hasText: 'must be shown as text' }).first()).toBeVisible();
  await expect(reader.getByText(TITLE).first()).toBeVisible();
  await expectNothingRan(page);

  // The chart's own labels and the exported figure carry the text escaped.
  await page.getByRole('button', { name: /Export timeline/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^SVG/ }).click();
  const svg = await readFile(await (await downloading).path(), 'utf8');
  expect(svg).not.toContain('<img');
  expect(svg).not.toContain('<script');
  expect(svg).toContain('&lt;img src=x onerror=');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      scripts: doc.querySelectorAll('script, foreignObject, [onload], [onerror]').length,
    };
  }, svg);
  expect(parsed).toEqual({ error: false, scripts: 0 });
  await expectNothingRan(page);
});
