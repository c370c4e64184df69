// Launches Chromium with the built extension loaded, serving the replica console. Shared by the
// browser tests, the demo command and the benchmark, so all three exercise the same setup.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { BrowserMissingError, locateBrowser } from './find-browser.mjs';
import { serveReplicas } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const extensionDir = join(root, '.output', 'chrome-mv3');

/**
 * The browser: MPG_BROWSER if set, else the system's Chromium (Debian: /usr/bin/chromium), else
 * Playwright's own. Undefined when there is none (see find-browser.mjs for the explanation).
 */
export function browserExecutable() {
  const browser = locateBrowser();
  return 'path' in browser ? browser.path : undefined;
}

/**
 * @param {{ headless?: boolean, withExtension?: boolean, viewport?: { width: number, height: number }, userDataDir?: string, extensionPath?: string }} [options]
 *   userDataDir: reuse a browser profile (e.g. to restart the browser and find stored data again); a fresh one by default.
 *   extensionPath: another unpacked extension (e.g. the store package, unzipped); the build by default.
 */
export async function launchConsole(options = {}) {
  const { headless = true, withExtension = true, viewport = { width: 1280, height: 900 }, extensionPath = extensionDir } = options;
  if (withExtension && !existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionPath}: run "npm run build" first.`);
  }
  const browser = locateBrowser();
  if ('missing' in browser) throw new BrowserMissingError(browser.missing);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'mpg-profile-'));
  const args = [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    '--lang=zh-CN',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless,
    executablePath: browser.path,
    args,
    viewport,
    locale: 'zh-CN',
  });
  const { foreignRequests } = await serveReplicas(context);
  let extensionId = null;
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, foreignRequests, userDataDir };
}
