// Playwright's global setup: with no Chromium, one clear paragraph and a non-zero exit before any
// test starts, rather than the same launch error (with its stack trace) in every test.
import { locateBrowser } from './find-browser.mjs';

export default function requireBrowser() {
  const browser = locateBrowser();
  if ('missing' in browser) {
    console.error(`\n${browser.missing}\n`);
    process.exit(2);
  }
}
