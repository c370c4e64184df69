// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { diagnostics } from '../../../content/features/diagnostics';
import { fakeContext, panelOf } from '../../support/guide-context';

// The panel's copy-diagnostics button: the report on the clipboard, and the button says how it went.

beforeEach(() => {
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '9.9.9' });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function stubClipboard(writeText: (text: string) => Promise<void>) {
  vi.stubGlobal('navigator', { ...navigator, userAgent: 'UA', clipboard: { writeText } });
}

describe('diagnostics feature', () => {
  it('copies the report with the page id and the failures counted, then says it was copied', async () => {
    const ctx = fakeContext('register.account/current');
    ctx.failures.record('feature:broken');
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    expect(panelOf(ctx, [diagnostics]).copied).toBe('idle');
    expect(await panelOf(ctx, [diagnostics]).onCopyDiagnostics()).toBe(true);
    expect(JSON.parse(copied[0]!)).toMatchObject({ page: 'register.account', version: '9.9.9', errors: 1, failed: ['feature:broken'] });
    expect(ctx.invalidate).toHaveBeenCalledWith('panel');
    expect(panelOf(ctx, [diagnostics]).copied).toBe('done');
  });

  it('says so when the clipboard refuses', async () => {
    const ctx = fakeContext('register.account/current');
    stubClipboard(() => Promise.reject(new Error('denied')));
    expect(await panelOf(ctx, [diagnostics]).onCopyDiagnostics()).toBe(false);
    expect(panelOf(ctx, [diagnostics]).copied).toBe('failed');
  });
});
