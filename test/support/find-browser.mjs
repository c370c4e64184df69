// Which Chromium the demo, the browser tests and the benchmark drive, or a paragraph saying what is
// missing and how to get it. Playwright cannot download its own browser where only the npm
// registry and the distribution's packages are reachable, so a system Chromium comes first.
import { accessSync, constants } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Debian, Ubuntu (snap) and Fedora put Chromium. */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

const runnable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Playwright's own Chromium, if `npx playwright install chromium` has put it there. */
function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const HOW_TO_GET_ONE = [
  'Install one, then run the command again:',
  '  Debian / Ubuntu:  sudo apt-get install chromium',
  '  another Chromium or Chrome:  MPG_BROWSER=/path/to/chromium npm test   (or npm run demo)',
  '(`npx playwright install chromium` works too where Playwright may download its own browser.)',
].join('\n');

/**
 * @param {{ env?: Record<string, string | undefined>, candidates?: string[], bundled?: () => string | undefined }} [options]
 * @returns {{ path: string, source: string } | { missing: string }}
 */
export function locateBrowser({ env = process.env, candidates = SYSTEM_CHROMIUMS, bundled = playwrightChromium } = {}) {
  if (env.MPG_BROWSER) {
    if (runnable(env.MPG_BROWSER)) return { path: env.MPG_BROWSER, source: 'MPG_BROWSER' };
    return {
      missing:
        `MPG_BROWSER is set to ${env.MPG_BROWSER}, but there is no browser there (no such executable file).\n` +
        'Point MPG_BROWSER at a Chromium or Chrome executable, or unset it to use the system Chromium.\n' +
        HOW_TO_GET_ONE,
    };
  }
  const system = candidates.find(runnable);
  if (system) return { path: system, source: 'system' };
  const own = bundled();
  if (own && runnable(own)) return { path: own, source: 'playwright' };
  return {
    missing:
      'No Chromium found: the demo and the browser tests load the extension into Chromium.\n' +
      `Looked for ${candidates.join(', ')}${own ? ` and Playwright's own (${own})` : ''}; MPG_BROWSER is not set.\n` +
      HOW_TO_GET_ONE,
  };
}

/** Thrown by launchConsole when there is no browser; the message is the paragraph above. */
export class BrowserMissingError extends Error {
  name = 'BrowserMissingError';
}
