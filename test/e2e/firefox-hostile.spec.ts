import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { firefoxExecutable, FIREFOX_MISSING, launchFirefox } from '../support/firefox.mjs';

// Issue 19, items 1 and 2 in Firefox (the Firefox build, `npx wxt build -b firefox`, loaded as a
// temporary add-on over WebDriver BiDi: test/support/firefox.mjs). The attacks are page scripts.

const BUILD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.output', 'firefox-mv2');
const UUID = '5f0e0c4e-6a2b-4d7c-9a38-0b6f3c1d2e91';
const USED = 'used@acme.example';

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

test('Firefox, item 1: a page’s execCommand runs no check against the clients’ emails; the user’s keys do', async () => {
  test.setTimeout(180_000);
  const firefox = await start();
  try {
    // Through the extension's own page, as the options page does: a client, an address it used, diagnostics on.
    await firefox.goto(`moz-extension://${UUID}/options.html`);
    const setup = await firefox.evaluate(`(async () => {
      const a = await browser.runtime.sendMessage({ type: 'profiles.save', profile: { label: 'Other client' } });
      const b = await browser.runtime.sendMessage({ type: 'emails.record', address: '${USED}', status: 'used' });
      const c = await browser.runtime.sendMessage({ type: 'settings.update', patch: { diagnostics: true } });
      return JSON.stringify([a.ok, b.ok, c.ok]);
    })()`);
    expect(setup).toBe('[true,true,true]');
    await firefox.goto(replicaByName('register.account/current').url);
    await expect.poll(() => firefox.evaluate('document.querySelectorAll("[data-mpg-field=email]").length'), { timeout: 20_000 }).toBe(1);
    const input = `[...document.querySelectorAll('input')].find((el) => el.closest('.weui-desktop-form__control-group')?.textContent?.includes('邮箱'))`;
    const codes = `document.querySelector('[data-mpg-field="email"]').getAttribute('data-mpg-codes') ?? ''`;
    // The attack.
    await firefox.evaluate(`(async () => {
      const input = ${input};
      input.focus();
      input.select();
      document.execCommand('insertText', false, '${USED}');
      input.blur();
      await new Promise((resolve) => setTimeout(resolve, 800));
    })()`);
    expect(await firefox.evaluate(`${input}.value`)).toBe(USED);
    expect(await firefox.evaluate(codes)).not.toContain('email.used-before');
    // The user: select all, delete, type the address key by key.
    await firefox.evaluate(`(() => { const input = ${input}; input.focus(); input.select(); })()`);
    await firefox.typeKeys('\uE017'); // Delete
    await firefox.typeKeys(USED);
    await firefox.evaluate(`${input}.blur()`);
    await expect.poll(() => firefox.evaluate(codes), { timeout: 10_000 }).toContain('email.used-before');
    expect(firefox.foreignRequests).toEqual([]);
  } finally {
    await firefox.close();
  }
});
