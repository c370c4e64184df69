// Launches Chromium with the built extension loaded, serving the replica console. Shared by the
// browser tests, the demo command and the benchmark, so all three exercise the same setup.
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { BrowserMissingError, locateBrowser } from './find-browser.mjs';
import { serveReplicas } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The build under test: .output/chrome-mv3, or MPG_EXTENSION_DIR (e.g. an older build, to see a new test fail on it). */
export const extensionDir = process.env.MPG_EXTENSION_DIR ?? join(root, '.output', 'chrome-mv3');

/** Set by the harness only (components/shadow-mode.ts): the overlay's shadow roots open, for tests to read. */
const OPEN_FOR_TESTS = '__mpgOpenShadowRootsForTests';
let testCopy = null;

/**
 * A copy of the built extension whose content scripts first set OPEN_FOR_TESTS, so that tests (and
 * the demo and benchmark, which read the panel) can look inside the overlay. The build itself, what
 * ships, is left as it is: its roots are closed (test/e2e/shadow-roots.spec.ts loads it unchanged).
 */
function openRootsCopy() {
  const built = statSync(join(extensionDir, 'manifest.json')).mtimeMs;
  if (testCopy?.built === built) return testCopy.dir;
  const dir = mkdtempSync(join(tmpdir(), 'mpg-open-roots-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const scripts = new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []));
  for (const script of scripts) {
    const file = join(dir, script);
    writeFileSync(file, `globalThis.${OPEN_FOR_TESTS} = true;\n${readFileSync(file, 'utf8')}`);
  }
  testCopy = { built, dir };
  return dir;
}

/**
 * The options page's diagnostics switch, set in storage before any console page is opened, the way
 * the background stores it (the settings item and its data version, kept as they are).
 */
export async function switchDiagnosticsOn(worker, { waitForInstall = false } = {}) {
  await worker.evaluate(async (wait) => {
    /* global chrome */
    // A browser in another language: the install handler stores that language first (first run);
    // merging before it wrote would race it (its write would drop the switch, or ours its language).
    for (let i = 0; wait && i < 50 && !(await chrome.storage.local.get('settings')).settings; i++) await new Promise((r) => setTimeout(r, 100));
    const { settings, settings$: meta } = await chrome.storage.local.get(['settings', 'settings$']);
    const base = settings ?? { panelCollapsed: false, locale: 'en', presenter: false };
    await chrome.storage.local.set({ settings: { ...base, diagnostics: true }, settings$: meta ?? { v: 2 } });
  }, waitForInstall);
}

/**
 * The browser: MPG_BROWSER if set, else the system's Chromium (Debian: /usr/bin/chromium), else
 * Playwright's own. Undefined when there is none (see find-browser.mjs for the explanation).
 */
export function browserExecutable() {
  const browser = locateBrowser();
  return 'path' in browser ? browser.path : undefined;
}

/**
 * @param {{ headless?: boolean, withExtension?: boolean, viewport?: { width: number, height: number }, userDataDir?: string, shippedBuild?: boolean, extensionPath?: string, language?: string, diagnostics?: boolean, renderDelayMs?: number, shareRenderers?: boolean }} [options]
 *   language: the browser's language (navigator.language), en-US unless given; the extension's UI follows it on first run.
 *   userDataDir: reuse a browser profile (e.g. to restart the browser and find stored data again); a fresh one by default.
 *   shippedBuild: load .output/chrome-mv3 exactly as built (closed shadow roots) instead of the copy with open ones.
 *   extensionPath: another unpacked extension loaded exactly as it is (e.g. the store package, unzipped).
 *   diagnostics: the options page's diagnostics switch, on by default here (tests and the benchmark read
 *     every check's code in data-mpg-codes); false leaves the user's default (off), as a user has it.
 *   renderDelayMs: how long replicas wait before rendering their form; the pages' own (1,200 ms) unless given.
 *   shareRenderers: the console's tabs share one renderer process, as Chrome does on a low-memory device,
 *     instead of one process each (the browser tests: a new tab costs half the CPU, see docs/development.md).
 */
export async function launchConsole(options = {}) {
  const {
    headless = true,
    withExtension = true,
    viewport = { width: 1280, height: 900 },
    shippedBuild = false,
    extensionPath,
    language = 'en-US',
    diagnostics = true,
    renderDelayMs,
    shareRenderers = false,
  } = options;
  const source = extensionPath ?? extensionDir;
  if (withExtension && !existsSync(join(source, 'manifest.json'))) {
    throw new Error(`No built extension in ${source}: run "npm run build" first.`);
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
    `--lang=${language}`,
    // Process sharing Chrome itself falls back to when memory is short: web pages share one process
    // (extension pages keep theirs). What a page or the extension can see is the same either way.
    ...(shareRenderers ? ['--renderer-process-limit=1', '--disable-site-isolation-trials'] : []),
    ...(process.env.MPG_EXTRA_ARGS ? process.env.MPG_EXTRA_ARGS.split(' ') : []),
  ];
  if (withExtension) {
    const dir = extensionPath ?? (shippedBuild ? extensionDir : openRootsCopy());
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless,
    executablePath: browser.path,
    args,
    viewport,
    locale: language,
  });
  const { foreignRequests } = await serveReplicas(context, { renderDelayMs });
  let extensionId = null;
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
    if (diagnostics) await switchDiagnosticsOn(worker, { waitForInstall: !language.startsWith('en') });
  }
  return { context, extensionId, foreignRequests, userDataDir };
}
