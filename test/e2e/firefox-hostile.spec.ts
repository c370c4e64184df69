import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { firefoxExecutable, FIREFOX_MISSING, launchFirefox } from '../support/firefox.mjs';

// Issue 19, item 2 in Firefox (the Firefox build, `npx wxt build -b firefox`, loaded as a
// temporary add-on over WebDriver BiDi: test/support/firefox.mjs). The attacks are page scripts.

const BUILD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.output', 'firefox-mv2');
const UUID = '5f0e0c4e-6a2b-4d7c-9a38-0b6f3c1d2e91';

async function start() {
  const executable = firefoxExecutable();
  expect(executable, FIREFOX_MISSING).toBeTruthy();
  const firefox = await launchFirefox({ executable: executable!, extensionUuid: UUID });
  await firefox.installAddonDir(BUILD);
  return firefox;
}

test('Firefox, item 2: page-defined custom elements under the hosts’ old names get no instance and no root', async () => {
  test.setTimeout(120_000);
  const firefox = await start();
  try {
    await firefox.addPreloadScript(`() => {
      window.takenInternals = [];
      for (const name of ['mpg-field-tip', 'mpg-guide-panel', 'mpg-presenter'])
        customElements.define(name, class extends HTMLElement {
          constructor() { super(); window.takenInternals.push(this.attachInternals()); }
        });
    }`);
    await firefox.goto(replicaByName('register.account/current').url);
    await expect.poll(() => firefox.evaluate('document.documentElement.dataset.mpgPage ?? null'), { timeout: 20_000 }).toBe('register.account');
    expect(await firefox.evaluate('window.takenInternals.filter((i) => i.shadowRoot).length')).toBe(0);
    const hosts = (await firefox.evaluate(
      `JSON.stringify([...document.querySelectorAll('[data-mpg-host]')].map((h) => h.localName + ':' + (h.shadowRoot === null)))`,
    )) as string;
    const list = JSON.parse(hosts) as string[];
    expect(list.length).toBeGreaterThan(1);
    for (const host of list) expect(host).toMatch(/^(div|span):true$/);
  } finally {
    await firefox.close();
  }
});
