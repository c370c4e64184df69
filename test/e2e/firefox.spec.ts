import { expect, test } from '@playwright/test';
import { packagePath } from '../../packaging/packages.mjs';
import { replicaByName } from '../../replicas/replicas.mjs';
import { firefoxExecutable, FIREFOX_MISSING, launchFirefox } from '../support/firefox.mjs';

// Smoke test of the Firefox package `npm run zip` made, in Debian's Firefox ESR (headless, over
// WebDriver BiDi: test/support/firefox.mjs): it installs, and the guide appears on a replica
// console page served under https://mp.weixin.qq.com/, with its field tips and no request of its own.

const PANEL_POINTS = `(() => {
  let hits = 0;
  for (let x = 20; x < innerWidth; x += 40) for (let y = 20; y < innerHeight; y += 40)
    if (document.elementsFromPoint(x, y).some((e) => e.getAttribute('data-mpg-host') === 'guide-panel')) hits++;
  return hits;
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
    // only the hosts: the panel laid out on screen, and the tips' light-DOM diagnostics.
    // Where the panel is painted, hit-testing reaches its host: count such points on a 40 px grid.
    await expect.poll(() => firefox.evaluate(PANEL_POINTS)).toBeGreaterThan(20);
    expect(await firefox.evaluate(`document.querySelector('[data-mpg-host="guide-panel"]').shadowRoot`)).toBeNull();
    expect(await firefox.evaluate('document.querySelectorAll("[data-mpg-field]").length')).toBeGreaterThan(0);
    expect(firefox.foreignRequests).toEqual([]);
  } finally {
    await firefox.close();
  }
});
