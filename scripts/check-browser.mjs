#!/usr/bin/env node
// First step of `npm test`: say clearly, and early, when a browser the tests need is missing:
// Chromium for the browser tests, Firefox for the Firefox package's smoke test.
import { firefoxExecutable, FIREFOX_MISSING } from '../test/support/firefox.mjs';
import { locateBrowser } from '../test/support/find-browser.mjs';

const missing = [];
const browser = locateBrowser();
if ('missing' in browser) missing.push(browser.missing);
if (!firefoxExecutable()) missing.push(FIREFOX_MISSING);
if (missing.length) {
  console.error(`\n${missing.join('\n\n')}\n`);
  process.exit(2);
}
