import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as {
  events: Array<{ title: { value: string } }>;
};

test('the built page loads the bundled corpus and shows its event', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Forum Atlas' })).toBeVisible();
  const title = corpus.events[0]!.title.value;
  await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
});

test('the production page carries a Content-Security-Policy that forbids inline script and eval', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
  // eval is refused by the policy: the page cannot run injected code.
  const evalAllowed = await page.evaluate(() => {
    try {
      return (0, eval)('1 + 1') === 2;
    } catch {
      return false;
    }
  });
  expect(evalAllowed).toBe(false);
});
