#!/usr/bin/env node
// First step of `npm test`: say clearly, and early, when there is no Chromium to run the browser tests in.
import { locateBrowser } from '../test/support/find-browser.mjs';

const browser = locateBrowser();
if ('missing' in browser) {
  console.error(`\n${browser.missing}\n`);
  process.exit(2);
}
