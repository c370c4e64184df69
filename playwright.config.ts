import { defineConfig } from '@playwright/test';

// Three workers, each with one Chromium that its tests share (test/e2e/fixtures.ts). A browser test
// mostly waits (for the page's render, the extension's debounce, an expect's retry): with two workers a
// two-core machine was idle more than half the time (2026-12-07: 822 s wall, 638 s of CPU counted); with
// three the cores are busy throughout and the suite took 8.3–9.7 min instead of 12.7 (docs/development.md).
// Four, and the browser tests side by side with the static checks, each timed out tests once, on a
// machine also running the benchmark (load above 20): not tried on an idle one.
export default defineConfig({
  testDir: 'test/e2e',
  // No Chromium: say what to install, once, instead of a stack trace per test.
  globalSetup: './test/support/require-browser.mjs',
  workers: 3,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['./test/support/slowest-reporter.mjs']],
});
