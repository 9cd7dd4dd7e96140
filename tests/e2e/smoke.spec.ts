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

test('the production page carries a Content-Security-Policy that refuses inline script', async ({ page, expectConsoleErrors }) => {
  expectConsoleErrors(/Content Security Policy/);
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  // An injected inline script is refused by the policy and never runs.
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true;';
    document.body.append(script);
    const directive = await violation;
    return { directive, ran: (window as unknown as { __injectedRan?: boolean }).__injectedRan === true };
  });
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});
