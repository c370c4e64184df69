import { defineConfig } from '@playwright/test';

// One worker: every test launches its own Chromium with the built extension, and the
// machines this runs on have two cores.
export default defineConfig({
  testDir: 'test/e2e',
  // No Chromium: say what to install, once, instead of a stack trace per test.
  globalSetup: './test/support/require-browser.mjs',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
});
