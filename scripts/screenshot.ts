/**
 * Takes Chromium screenshots of the built dashboard (run `npm run build`
 * first): `npm run screenshot -- [--out DIR] [--path "/?country=JPN"]`.
 * The README's screenshot is made with this, at 1440 px in the light theme.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
};
const outDir = option('--out', 'docs');
const path = option('--path', '/');
const port = Number(option('--port', '4190'));
const widths = option('--widths', '1440').split(',').map(Number);
const schemes = option('--schemes', 'light').split(',') as Array<'light' | 'dark'>;

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
try {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  mkdirSync(outDir, { recursive: true });
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await page.waitForLoadState('networkidle');
      // A corpus opens in a worker (a synthetic demo is generated there first): wait for the dashboard, not the network.
      await page.getByTestId('count-statements').or(page.getByRole('alert')).first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(500);
      const file = join(outDir, `screenshot-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
