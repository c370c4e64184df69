// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingCjkFont } from '../../scripts/cjk-font.mjs';
import { locateBrowser } from '../support/find-browser.mjs';

// A fresh machine without Chromium (or with MPG_BROWSER pointing nowhere) gets one clear paragraph
// and a non-zero exit from both README commands, never a stack trace; without a Chinese font the
// demo says why its screenshots would show boxes.

const scratch = mkdtempSync(join(tmpdir(), 'mpg-browser-missing-'));
const nowhere = join(scratch, 'no-such-chromium');
const fakeBrowser = join(scratch, 'chromium');
writeFileSync(fakeBrowser, '#!/bin/sh\n');
chmodSync(fakeBrowser, 0o755);

/** Runs a command the way a user would, with MPG_BROWSER pointing at nothing. */
function runWithoutBrowser(args: string[]) {
  return spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', env: { ...process.env, MPG_BROWSER: nowhere, CI: '1' }, timeout: 120_000 });
}

const STACK_LINE = /^\s+at .+[(:]\d+/m;

describe('finding the browser', { timeout: 60_000 }, () => {
  it('uses MPG_BROWSER, then the system Chromium, then Playwright’s own', () => {
    expect(locateBrowser({ env: { MPG_BROWSER: fakeBrowser }, candidates: [], bundled: () => undefined })).toEqual({
      path: fakeBrowser,
      source: 'MPG_BROWSER',
    });
    expect(locateBrowser({ env: {}, candidates: [nowhere, fakeBrowser], bundled: () => undefined })).toEqual({ path: fakeBrowser, source: 'system' });
    expect(locateBrowser({ env: {}, candidates: [nowhere], bundled: () => fakeBrowser })).toEqual({ path: fakeBrowser, source: 'playwright' });
  });

  it('says what is missing and how to install it when there is no browser at all', () => {
    const result = locateBrowser({ env: {}, candidates: [nowhere], bundled: () => join(scratch, 'ms-playwright', 'chrome') });
    expect(result).not.toHaveProperty('path');
    const message = (result as { missing: string }).missing;
    expect(message).toContain('No Chromium found');
    expect(message).toContain(nowhere);
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).toContain('MPG_BROWSER=/path/to/chromium');
  });

  it('names a MPG_BROWSER that points at nothing', () => {
    const result = locateBrowser({ env: { MPG_BROWSER: nowhere }, candidates: [fakeBrowser], bundled: () => undefined });
    expect((result as { missing: string }).missing).toContain(`MPG_BROWSER is set to ${nowhere}, but there is no browser there`);
  });

  it('npm test stops first with the paragraph and exit code 2, no stack trace', () => {
    const run = runWithoutBrowser([process.execPath, 'scripts/check-browser.mjs']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`MPG_BROWSER is set to ${nowhere}`);
    expect(run.stderr).toContain('sudo apt-get install chromium');
    expect(run.stderr + run.stdout).not.toMatch(STACK_LINE);
  });

  it('npm test also names a missing Firefox, for the Firefox package’s smoke test', () => {
    const run = spawnSync(process.execPath, ['scripts/check-browser.mjs'], { encoding: 'utf8', env: { ...process.env, MPG_FIREFOX: nowhere } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No Firefox found');
    expect(run.stderr).toContain('sudo apt-get install firefox-esr');
    expect(run.stderr + run.stdout).not.toMatch(STACK_LINE);
  });

  it('npm run demo stops before building with the paragraph and exit code 3, no stack trace', () => {
    const run = runWithoutBrowser([process.execPath, 'scripts/demo.mjs', '--headless', join(scratch, 'shots')]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`MPG_BROWSER is set to ${nowhere}`);
    expect(run.stdout).not.toContain('Building');
    expect(run.stderr + run.stdout).not.toMatch(STACK_LINE);
  });

  it('playwright test, run directly, stops once with the paragraph, no stack trace', () => {
    const run = runWithoutBrowser([join('node_modules', '.bin', 'playwright'), 'test', 'test/e2e/store.spec.ts']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`MPG_BROWSER is set to ${nowhere}`);
    expect(run.stderr + run.stdout).not.toMatch(STACK_LINE);
    expect(run.stdout).not.toMatch(/\d+ passed|\d+ failed/);
  });
});

describe('the Chinese font check', () => {
  it('says when fontconfig knows no Chinese font, and what to install', () => {
    const emptyFcList = join(scratch, 'fc-list-empty');
    writeFileSync(emptyFcList, '#!/bin/sh\nexit 0\n');
    chmodSync(emptyFcList, 0o755);
    const message = missingCjkFont({ fcListCommand: emptyFcList, platform: 'linux' });
    expect(message).toContain('No Chinese (CJK) font found');
    expect(message).toContain('sudo apt-get install fonts-noto-cjk');
  });

  it('is quiet when one is installed, and says it cannot tell without fontconfig', () => {
    const fcList = join(scratch, 'fc-list-noto');
    writeFileSync(fcList, '#!/bin/sh\necho "Noto Sans CJK SC"\n');
    chmodSync(fcList, 0o755);
    expect(missingCjkFont({ fcListCommand: fcList, platform: 'linux' })).toBeUndefined();
    expect(missingCjkFont({ fcListCommand: join(scratch, 'no-fc-list'), platform: 'linux' })).toContain('Cannot tell whether a Chinese font is installed');
  });
});
