#!/usr/bin/env node
// `npm run demo`: build the extension and open Chromium with it on the practice console.
//   npm run demo                      a browser window on the practice console (needs a display);
//                                     a second tab holds the replica console's index
//   npm run demo -- --headless [DIR]  no window: one screenshot per replica page, then the practice
//                                     console (guide, then presenter mode), into DIR
//                                     (default demo-screenshots/), the popup and the options page, the
//                                     store's screenshots (DIR/store/, 1280×800), then the agency
//                                     overview with a sample book of clients, then the README's picture
//   --only=overview, --only=readme    with --headless: the agency overview's screenshot only, or the
//                                     README's (readme-entity-check.png; docs/screenshots/register-entity.png)
// No Chromium, or no Chinese font: a paragraph saying what to install (test/support/find-browser.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchConsole } from '../test/support/browser.mjs';
import { locateBrowser } from '../test/support/find-browser.mjs';
import { CONSOLE_ORIGIN, replicaByName, replicas } from '../replicas/replicas.mjs';
import { missingCjkFont } from './cjk-font.mjs';
import { extensionPageScreenshots, STORE_SIZE } from './demo-extension-pages.mjs';
import { openSidePanel, shootWithSidePanel } from './demo-side-panel.mjs';
import { sampleBook, seedBook } from '../test/support/sample-book.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || args.includes('--screenshots');
const dirArg = args.find((a) => !a.startsWith('--'));
const outDir = resolve(dirArg ?? 'demo-screenshots');
const REPLICA_INDEX = `${CONSOLE_ORIGIN}/__replica/index.html`;
/** A projector-like size: the steps, the console page and the guide side by side, in a small PNG. */
const PRACTICE_VIEWPORT = { width: 1440, height: 860 };

// Before the build: a missing browser is said at once, in plain words.
const browser = locateBrowser();
if ('missing' in browser) {
  console.error(`\n${browser.missing}\n`);
  process.exit(3);
}
const fontProblem = missingCjkFont();
if (fontProblem) console.warn(`\n${fontProblem}\n`);

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run "npm run demo -- --headless" to write screenshots instead.');
  process.exit(2);
}

const { context, extensionId } = await launchConsole({ headless });
const page = context.pages()[0] ?? (await context.newPage());
const practiceUrl = `chrome-extension://${extensionId}/practice.html`;

/** The window size of the replica screenshots: the console and the browser's side panel beside it. */
const REPLICA_WINDOW = { width: 1280, height: 900 };

/** One screenshot per replica console page, with the guide beside it (the side panel). Returns the number of failures. */
async function replicaScreenshots() {
  let failures = 0;
  let side = null;
  // Pages on other hosts (beian.miit.gov.cn) only get the guide once the user grants that host.
  for (const replica of replicas.filter((r) => r.page && r.url.startsWith(CONSOLE_ORIGIN + '/'))) {
    await page.goto(replica.url);
    const file = join(outDir, `${replica.name.replace(/[^\w.-]+/g, '_')}.png`);
    try {
      await page.waitForSelector(`:root[data-mpg-page="${replica.page}"]`, { timeout: 10_000 });
      side ??= await openSidePanel(context, extensionId, page);
      await shootWithSidePanel(context, page, side, file, REPLICA_WINDOW, { fullPage: true });
      console.log(`✔ ${replica.name} → ${replica.page}  ${file}`);
    } catch {
      failures++;
      console.log(`✘ ${replica.name}: not recognised as ${replica.page}  ${file}`);
      await page.screenshot({ path: file, fullPage: true });
    }
  }
  await side?.close();
  return failures;
}

/**
 * The practice console on information registration with the Hong Kong sample client: a company
 * name typed in simplified characters and the guide's check; then presenter mode on another
 * name, the client's masked in the tip, the guide panel folded away.
 */
async function practiceScreenshots() {
  await page.setViewportSize(PRACTICE_VIEWPORT);
  await page.goto(practiceUrl);
  const frame = page.frameLocator('iframe.practice-frame');
  await page.getByRole('button', { name: /Information registration/ }).click();
  await frame.locator('[data-mpg-field="company-name"]').waitFor({ timeout: 10_000 });
  const input = frame.locator('[data-mpg-field="company-name"]').locator('xpath=ancestor::*[.//input][1]').locator('input').first();
  await input.fill('翠岭贸易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED');
  await input.blur();
  await frame.locator('[data-mpg-field="company-name"][data-mpg-status="error"]').waitFor();
  await input.evaluate((el) => el.closest('.weui-desktop-form__control-group')?.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
  const guideFile = join(outDir, 'practice-console.png');
  await page.screenshot({ path: guideFile });
  console.log(`✔ practice console  ${guideFile}`);
  await page.setViewportSize(STORE_SIZE);
  await input.evaluate((el) => el.closest('.weui-desktop-form__control-group')?.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
  const storeFile = join(outDir, 'store', '4-practice-console-1280x800.png');
  await page.screenshot({ path: storeFile });
  console.log(`✔ practice console for the stores  ${storeFile}`);
  await page.setViewportSize(PRACTICE_VIEWPORT);

  await input.fill('Green Harbour Limited');
  await input.blur();
  await frame.getByRole('button', { name: 'Collapse guide' }).click();
  await page.getByRole('switch', { name: 'Presenter mode' }).check();
  await frame.locator('[data-mpg-host="presenter"] .callout').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  const presenterFile = join(outDir, 'practice-presenter.png');
  await page.screenshot({ path: presenterFile });
  console.log(`✔ presenter mode  ${presenterFile}`);
  await page.keyboard.press('Escape');
  await frame.getByRole('button', { name: 'Show guide' }).click();
}

/**
 * The agency overview with the sample book (ten fictional clients on the three paths: overdue, due
 * soon, MIIT's 24-hour window, idle, finished), one client's timeline open. Storage of this demo
 * browser only: it starts from a fresh profile.
 */
async function overviewScreenshot() {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await seedBook(worker, sampleBook(Date.now(), { activeId: 'northwind' }));
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/overview.html`);
  await page.locator('tbody tr.client-row').nth(9).waitFor();
  await page.getByRole('button', { name: 'Timeline: Jade Ridge HK' }).click();
  await page.getByRole('figure', { name: 'Timeline of Jade Ridge HK' }).waitFor();
  await page.waitForTimeout(150);
  const file = join(outDir, 'agency-overview.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`✔ agency overview  ${file}`);
}

/**
 * The README's picture: information registration (overseas) at 1280×800 with the guide in the side
 * panel beside it, the sample client Maple Leaf CA active, its company name typed in the wrong letter
 * case, and the tip's extension frame saying so with its Fill button. Seeds the sample book.
 */
async function readmeScreenshot() {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await seedBook(worker, sampleBook(Date.now(), { activeId: 'maple-leaf' }));
  await page.setViewportSize(REPLICA_WINDOW);
  await page.goto(replicaByName('register.entity/overseas/current').url);
  const tip = page.locator('[data-mpg-field="company-name"]');
  await tip.waitFor({ timeout: 10_000 });
  const input = tip.locator('xpath=ancestor::*[.//input][1]').locator('input').first();
  // Typed key by key, as a user does (test/e2e/fixtures.ts typeAsUser): checks against the client's
  // data run on the user's own edits only.
  await input.focus();
  await input.press('ControlOrMeta+A');
  await input.press('Delete');
  await input.pressSequentially('Maple Leaf Foods Ltd.');
  await input.blur();
  await input.focus();
  await page.locator('[data-mpg-field="company-name"][data-mpg-status="error"]').waitFor({ state: 'attached' });
  await tip.locator('iframe').contentFrame().locator('button.fill').waitFor();
  const side = await openSidePanel(context, extensionId, page);
  const file = join(outDir, 'readme-entity-check.png');
  const centre = () => input.evaluate((el) => el.closest('.weui-desktop-form__control-group')?.scrollIntoView({ block: 'center' }));
  await shootWithSidePanel(context, page, side, file, { width: 1280, height: 800 }, { prepare: centre });
  await side.close();
  console.log(`✔ README: company name checked, the guide in the side panel  ${file}`);
}

if (headless) {
  mkdirSync(outDir, { recursive: true });
  mkdirSync(join(outDir, 'store'), { recursive: true });
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  let failures = only ? 0 : await replicaScreenshots();
  for (const [what, shoot] of [
    // The extension's pages first: the practice console's presenter mode changes the settings, and
    // the overview seeds its own sample book.
    ...(only
      ? []
      : [
          ['popup, options page and store screenshots', () => extensionPageScreenshots(context, extensionId, outDir)],
          ['practice console', practiceScreenshots],
        ]),
    ...(only === 'readme' ? [] : [['agency overview', overviewScreenshot]]),
    ...(only && only !== 'readme' ? [] : [['README screenshot', readmeScreenshot]]),
  ]) {
    try {
      await shoot();
    } catch (error) {
      failures++;
      console.log(`✘ ${what}: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (fontProblem) console.warn(`\n${fontProblem}\n`);
  await context.close();
  process.exit(failures ? 1 : 0);
} else {
  const index = await context.newPage();
  await index.goto(REPLICA_INDEX);
  await page.bringToFront();
  await page.goto(practiceUrl);
  console.log(`Chromium is open on the practice console (${practiceUrl}).`);
  console.log(`The replica console's pages, under the real console's address, are listed in the other tab (${REPLICA_INDEX}).`);
  console.log('Close the window to finish.');
  await new Promise((done) => context.on('close', done));
}
