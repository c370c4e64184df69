import { defineConfig } from '@playwright/test';

// One worker: each spec file's tests share one Chromium with the built extension (test/e2e/fixtures.ts),
// and the machines this runs on have two cores, which one browser already keeps busy.
export default defineConfig({
  testDir: 'test/e2e',
  // No Chromium: say what to install, once, instead of a stack trace per test.
  globalSetup: './test/support/require-browser.mjs',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['./test/support/slowest-reporter.mjs']],
});
