import { defineConfig } from '@playwright/test';

// Two workers, each with one Chromium per spec file that its tests share (test/e2e/fixtures.ts). A
// browser test mostly waits (for the page's render, the extension's debounce, an expect's retry), so
// two browsers on a two-core machine finish the suite in little more than half the time of one.
export default defineConfig({
  testDir: 'test/e2e',
  // No Chromium: say what to install, once, instead of a stack trace per test.
  globalSetup: './test/support/require-browser.mjs',
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['./test/support/slowest-reporter.mjs']],
});
