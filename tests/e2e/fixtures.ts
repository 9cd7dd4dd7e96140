import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails on a request to any origin but the app's own
 * and on any console error it did not name as expected. A test of a failure
 * path lists the errors it expects with `expectConsoleErrors`.
 */
type Fixtures = {
  expectConsoleErrors: (...patterns: RegExp[]) => void;
};

export const test = base.extend<Fixtures>({
  expectConsoleErrors: [
    async ({ page, baseURL }, use) => {
      const expected: RegExp[] = [];
      const unexpected: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!expected.some((pattern) => pattern.test(text))) unexpected.push(`console error: ${text}`);
      });
      page.on('pageerror', (error) => unexpected.push(`page error: ${error.message}`));
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
          await route.continue();
        } else {
          unexpected.push(`request to another origin: ${url}`);
          await route.abort();
        }
      });
      await use((...patterns) => expected.push(...patterns));
      expect(unexpected, 'unexpected console errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
