import type { BrowserContext, Locator, Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { sendMessage } from './extension';
import { clickWhenSeen, createProfile, expect, fieldInput, inlineFrame, launchTestConsole, openReplica, test, tip, typeAsUser } from './fixtures';

// Issue 19: the console page is not on our side. Each test is an attack written as a page script
// (in the page's own world, as the console's scripts run) against the built extension: what is
// derived from client data must stay where the page can neither read nor measure it.

const ACME = { label: 'Acme HK', company: 'ACME INTERNATIONAL (HONG KONG) LIMITED', country: 'HK' };
const USED = 'used@acme.example';

type Win = Window & Record<string, unknown>;

/** A profile, and an address another client of the agency used. */
async function agencyWithUsedEmail(page: Page, extensionId: string): Promise<void> {
  await createProfile(page, extensionId, { label: 'Other client' });
  expect(await sendMessage(page, { type: 'emails.record', address: USED, status: 'used' })).toMatchObject({ ok: true });
}

/** The page's probe: puts an address in the email field with execCommand (trusted input events) and leaves it. */
function execCommandProbe(page: Page, address: string) {
  return page.evaluate(async (value) => {
    const input = [...document.querySelectorAll('input')].find((el) => el.closest('.weui-desktop-form__control-group')?.textContent?.includes('邮箱'))!;
    input.focus();
    input.select();
    document.execCommand('insertText', false, value);
    input.blur();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const host = document.querySelector('[data-mpg-field="email"]')!;
    return { codes: host.getAttribute('data-mpg-codes') ?? '', height: host.getBoundingClientRect().height };
  }, address);
}

test.describe('with diagnostics on (the harness)', () => {
  test.afterEach(async ({ pageErrors, foreignRequests }) => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test.describe('item 1: the email oracle', () => {
    // Diagnostics are on in the harness: the codes show whether a check against client data ran at all.
    test("a page's execCommand runs no check against the clients' emails", async ({ page, extensionId }) => {
      await agencyWithUsedEmail(page, extensionId);
      await openReplica(page, 'register.account/current');
      await expect(tip(page, 'email')).toHaveCount(1, { timeout: 10_000 });
      const probe = await execCommandProbe(page, USED);
      expect(probe.codes).not.toContain('email.used-before');
      // The same address typed by the user is checked.
      await typeAsUser(fieldInput(page, 'email'), USED);
      await fieldInput(page, 'email').blur();
      await expect(tip(page, 'email')).toHaveAttribute('data-mpg-codes', /email\.used-before/);
    });

    test('a probe the page swaps in when the user presses one real key is not checked', async ({ page, extensionId }) => {
      await agencyWithUsedEmail(page, extensionId);
      await openReplica(page, 'register.account/current');
      await expect(tip(page, 'email')).toHaveCount(1, { timeout: 10_000 });
      const input = fieldInput(page, 'email');
      await input.focus();
      await input.blur(); // left once: from now on every input is checked
      // The attack: on the user's next key, the page first puts its probe (minus that key) in the field.
      await page.evaluate((probe) => {
        addEventListener(
          'keydown',
          (event) => {
            const field = event.target as HTMLInputElement;
            field.select();
            document.execCommand('insertText', false, probe.slice(0, -1));
          },
          { capture: true, once: true },
        );
      }, USED);
      await input.focus();
      await page.keyboard.press(USED.slice(-1));
      await expect(input).toHaveValue(USED);
      await input.blur();
      await page.waitForTimeout(500);
      await expect(tip(page, 'email')).toHaveAttribute('data-mpg-codes', /.*/);
      await expect(tip(page, 'email')).not.toHaveAttribute('data-mpg-codes', /email\.used-before/);
    });
  });

  test('item 3: a transparent tip laid over the page’s own button does not fill on the user’s click', async ({ page, extensionId }) => {
    await createProfile(page, extensionId, ACME);
    await openReplica(page, 'register.entity/overseas/current');
    await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
    const input = fieldInput(page, 'company-name');
    await typeAsUser(input, ACME.company.toLowerCase());
    await input.blur();
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', /company-name\.case/);
    // Wherever the fill button is (the inline frame; older builds: the tip itself).
    const frameButton = inlineFrame(page, 'company-name').getByRole('button', { name: 'Fill in the exact registered name' });
    const fill: Locator = (await tip(page, 'company-name').locator('iframe').count())
      ? frameButton
      : tip(page, 'company-name').getByRole('button', { name: 'Fill in the exact registered name' });
    await expect(fill).toBeVisible();
    // The attack: the tip made invisible and fixed over a decoy of the page's own.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.id = 'attack';
      style.textContent =
        '[data-mpg-field="company-name"] { opacity: 0 !important; position: fixed !important; left: 40px !important; top: 40px !important; width: 460px !important; z-index: 2147483647 !important; }';
      document.head.append(style);
      const decoy = document.createElement('button');
      decoy.textContent = 'Claim your free credit';
      decoy.setAttribute('style', 'position: fixed; left: 40px; top: 40px; width: 460px; height: 160px; z-index: 1;');
      document.body.append(decoy);
    });
    await page.waitForTimeout(1000);
    const box = (await fill.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(500);
    // The page would read the registered name from the field now: it is not there.
    await expect(input).toHaveValue(ACME.company.toLowerCase());
    // Faded in place (where the browser delivers the click): the tip refuses, and the frame says why.
    await page.evaluate(() => {
      document.getElementById('attack')!.textContent = '[data-mpg-field="company-name"] { opacity: 0.2 !important; }';
    });
    await clickWhenSeen(fill);
    await page.waitForTimeout(500);
    await expect(input).toHaveValue(ACME.company.toLowerCase());
    await expect(inlineFrame(page, 'company-name').locator('.notice')).toContainText('hidden or covered');
    // Shown as we made it, the same button fills (so the click above did land on it).
    await page.evaluate(() => document.getElementById('attack')!.remove());
    await clickWhenSeen(fill);
    await expect(inlineFrame(page, 'company-name').locator('.notice')).toHaveText('');
    await expect(input).toHaveValue(ACME.company);
  });

  test('item 4: the user selecting and copying a finding gives the page’s listeners nothing of the client', async ({ page, extensionId }) => {
    await createProfile(page, extensionId, ACME);
    await openReplica(page, 'register.entity/overseas/current');
    await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as Win).seenSelections = []);
      const read = () => seen.push(String(getSelection()));
      document.addEventListener('selectionchange', read);
      document.addEventListener('copy', read);
      document.addEventListener('mouseup', read);
    });
    const input = fieldInput(page, 'company-name');
    await typeAsUser(input, 'Acme International Hong Kong Ltd');
    await input.blur();
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', /company-name\./);
    const finding = (await tip(page, 'company-name').locator('iframe').count())
      ? inlineFrame(page, 'company-name').locator('.finding .text').first()
      : tip(page, 'company-name').locator('.finding .text').first();
    await expect(finding).toContainText(ACME.company);
    await finding.scrollIntoViewIfNeeded();
    const box = (await finding.boundingBox())!;
    await page.mouse.click(box.x + 20, box.y + box.height / 2, { clickCount: 3 });
    await page.keyboard.press('ControlOrMeta+C');
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ((window as unknown as Win).seenSelections as string[]).join('\n'));
    expect(seen).not.toContain('ACME INTERNATIONAL');
  });

  test('item 12: the guide’s files are not at a fixed address a page can probe', async ({ page, extensionId }) => {
    await openReplica(page, 'register.account/current');
    await expect(tip(page, 'email')).toHaveCount(1, { timeout: 10_000 }); // the guide did load
    const reachable = await page.evaluate(async (id) => {
      const probe = (path: string) =>
        fetch(`chrome-extension://${id}/${path}`, { mode: 'no-cors' }).then(
          () => true,
          () => false,
        );
      return { guide: await probe('guide.js'), frame: await probe('inline.html'), locale: await probe('locales/overlay-zh_CN.json') };
    }, extensionId);
    expect(reachable).toEqual({ guide: false, frame: false, locale: false });
  });
});

/** The extension as a user has it: diagnostics off (the default). */
async function withDefaults(options: { shippedBuild?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; extensionId: string }> {
  const launched = await launchTestConsole({ diagnostics: false, ...options });
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  return { context: launched.context, page, extensionId: launched.extensionId! };
}

test.describe('as shipped (diagnostics off)', () => {
  test('item 1: the page learns nothing from the tip of an email the user typed: no code, no status, the same size', async () => {
    const { context, page, extensionId } = await withDefaults();
    try {
      await agencyWithUsedEmail(page, extensionId);
      await page.goto(replicaByName('register.account/current').url);
      await expect(tip(page, 'email')).toHaveCount(1, { timeout: 10_000 });
      const seen: Record<string, { codes: string | null; status: string | null; height: number }> = {};
      for (const address of [USED, 'fresh@acme.example']) {
        await typeAsUser(fieldInput(page, 'email'), address);
        await fieldInput(page, 'email').blur();
        await page.waitForTimeout(500);
        seen[address] = await tip(page, 'email').evaluate((host) => ({
          codes: host.getAttribute('data-mpg-codes'),
          status: host.getAttribute('data-mpg-status'),
          height: host.getBoundingClientRect().height,
        }));
      }
      // (The verdict itself is there, for the user, in the inline frame.)
      await typeAsUser(fieldInput(page, 'email'), USED);
      await fieldInput(page, 'email').blur();
      await expect(inlineFrame(page, 'email').locator('.finding', { hasText: 'already used' })).toBeVisible();
      expect(seen[USED]).toEqual(seen['fresh@acme.example']);
      expect(seen[USED]!.codes ?? '').not.toContain('email.used-before');
    } finally {
      await context.close();
    }
  });

  test('item 2: a page that defines the hosts’ names as its own custom elements gets no root', async () => {
    const { context, page, extensionId } = await withDefaults({ shippedBuild: true });
    try {
      await createProfile(page, extensionId, ACME);
      // The attack, before any of the console's own scripts: its own classes under the names the guide used.
      await page.addInitScript(() => {
        const taken: ElementInternals[] = [];
        (window as unknown as Win).takenInternals = taken;
        for (const name of ['mpg-field-tip', 'mpg-guide-panel', 'mpg-presenter'])
          customElements.define(
            name,
            class extends HTMLElement {
              constructor() {
                super();
                taken.push(this.attachInternals());
              }
            },
          );
      });
      await page.goto(replicaByName('register.entity/overseas/current').url);
      await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
      const input = fieldInput(page, 'company-name');
      await typeAsUser(input, ACME.company.toLowerCase());
      await input.blur();
      await page.waitForTimeout(800);
      const stolen = await page.evaluate(() =>
        ((window as unknown as Win).takenInternals as ElementInternals[]).map((internals) => internals.shadowRoot?.textContent ?? '').join('\n'),
      );
      expect(stolen).not.toContain(ACME.company);
      expect(stolen).toBe('');
      // Every host is a built-in element, and its root is closed.
      const hosts = await page.evaluate(() => [...document.querySelectorAll('[data-mpg-host]')].map((host) => `${host.localName}:${host.shadowRoot === null}`));
      expect(hosts.length).toBeGreaterThan(1);
      for (const host of hosts) expect(host).toMatch(/^(div|span):true$/);
    } finally {
      await context.close();
    }
  });
});
