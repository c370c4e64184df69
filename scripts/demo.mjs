#!/usr/bin/env node
// `npm run demo`: build the extension and open Chromium with it on the replica console.
//   npm run demo                      a browser window on the replica index (needs a display)
//   npm run demo -- --headless [DIR]  no window: one screenshot per replica page into DIR
//                                     (default demo-screenshots/)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchConsole } from '../test/support/browser.mjs';
import { CONSOLE_ORIGIN, replicas } from '../test/fixtures/replicas.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || args.includes('--screenshots');
const dirArg = args.find((a) => !a.startsWith('--'));
const outDir = resolve(dirArg ?? 'demo-screenshots');

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run "npm run demo -- --headless" to write screenshots instead.');
  process.exit(2);
}

const { context } = await launchConsole({ headless });
const page = context.pages()[0] ?? (await context.newPage());

if (headless) {
  mkdirSync(outDir, { recursive: true });
  let failures = 0;
  // Pages on other hosts (beian.miit.gov.cn) only get the guide once the user grants that host.
  for (const replica of replicas.filter((r) => r.page && r.url.startsWith(CONSOLE_ORIGIN + '/'))) {
    await page.goto(replica.url);
    const file = join(outDir, `${replica.name.replace(/[^\w.-]+/g, '_')}.png`);
    try {
      await page.waitForSelector(`:root[data-mpg-page="${replica.page}"]`, { timeout: 10_000 });
      await page.waitForSelector('mpg-guide-panel aside', { timeout: 5_000 });
      await page.waitForTimeout(150); // let the panel finish painting
      console.log(`✔ ${replica.name} → ${replica.page}  ${file}`);
    } catch {
      failures++;
      console.log(`✘ ${replica.name}: not recognised as ${replica.page}  ${file}`);
    }
    await page.screenshot({ path: file, fullPage: true });
  }
  await context.close();
  process.exit(failures ? 1 : 0);
} else {
  await page.goto(`${CONSOLE_ORIGIN}/__replica/index.html`);
  console.log('Chromium is open on the replica console. Close the window to finish.');
  await new Promise((done) => context.on('close', done));
}
