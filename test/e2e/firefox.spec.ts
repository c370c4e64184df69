import { expect, test } from './fixtures';
import { packagePath } from '../../packaging/packages.mjs';
import { replicaByName } from '../../replicas/replicas.mjs';
import { firefoxExecutable, FIREFOX_MISSING, launchFirefox } from '../support/firefox.mjs';

// Smoke test of the Firefox package `npm run zip` made, in Debian's Firefox ESR (headless, over
// WebDriver BiDi: test/support/firefox.mjs): it installs, and the guide appears on a replica
// console page served under https://mp.weixin.qq.com/, with its field tips and no request of its own.

/** Whether hit-testing at the middle of the side panel's handle reaches it (it is laid out on screen). */
const HANDLE_HIT = `(() => {
  const host = document.querySelector('[data-mpg-host="panel-handle"]');
  const r = host?.getBoundingClientRect();
  if (!r || r.width === 0) return false;
  return document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).includes(host);
})()`;

test('the Firefox package installs in Firefox and shows the guide on a console page', async () => {
  test.setTimeout(120_000);
  const executable = firefoxExecutable();
  expect(executable, FIREFOX_MISSING).toBeTruthy();
  const firefox = await launchFirefox({ executable: executable! });
  try {
    expect(await firefox.installAddon(packagePath('firefox'))).toBe('mp-console-guide@mp-console-guide.org');
    await firefox.goto(replicaByName('register.account/current').url);
    await expect.poll(() => firefox.evaluate('document.documentElement.dataset.mpgPage ?? null'), { timeout: 20_000 }).toBe('register.account');
    // The package as shipped: the overlay's shadow roots are closed, so the page (and this test) sees
    // only the hosts: the side panel's handle laid out on screen, and the tips' light-DOM diagnostics.
    // (The guide itself is in Firefox's sidebar, sidebar_action: see docs/side-panel.md.)
    await expect.poll(() => firefox.evaluate(HANDLE_HIT)).toBe(true);
    expect(await firefox.evaluate(`document.querySelector('[data-mpg-host="panel-handle"]').shadowRoot`)).toBeNull();
    expect(await firefox.evaluate(`document.querySelector('[data-mpg-host="guide-panel"]')`)).toBeNull();
    expect(await firefox.evaluate('document.querySelectorAll("[data-mpg-field]").length')).toBeGreaterThan(0);
    expect(firefox.foreignRequests).toEqual([]);
  } finally {
    await firefox.close();
  }
});
