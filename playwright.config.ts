import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Two workers nearly halve the suite on two cores. Tests that time frames
  // are tagged @alone: `npm run test:e2e` runs them afterwards with one
  // worker, so no other test's Chromium shares the cores with them.
  workers: 2,
  retries: 0,
  // Generous for a shared two-core machine: axe over the whole dashboard takes 10–20 s there.
  timeout: 60_000,
  // Assertions right after a 20 000-statement demo corpus opens wait for its
  // charts to draw; on a loaded two-core CI machine that passed 5 s (two
  // failures in one run). 15 s still fails fast on a view that never draws.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  forbidOnly: true,
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // Run vite directly so the PID Playwright holds is the server itself.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
