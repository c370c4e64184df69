import type { Page } from '@playwright/test';
import enGuide from '../../locales/en/guide.json' with { type: 'json' };
import enFields from '../../locales/en/fields.json' with { type: 'json' };
import enGuideVerify from '../../locales/en/guide-verify.json' with { type: 'json' };
import { replicaByName } from '../../replicas/replicas.mjs';
import { createProfile, expect, fieldInput, openReplica, panel, sidePanel, test, tip } from './fixtures';

// Issue 20, items 3 and 4: help on a console page that is not fully known, and "Copy page shape"
// (in the panel, with its preview, and in the popup). The replica is an invented form of the
// verification area; its labels are ones the rules know.

const en: Record<string, string> = { ...enGuide, ...enFields, ...enGuideVerify };
const root = (page: Page) => page.locator(':root');
const UNKNOWN = replicaByName('unknown/verify-contact');
const CLIENT = { label: 'Acme HK', company: 'ACME TRADING LIMITED', number: '87654321', country: 'HK' };

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

test('gives the known fields their tips and a compact panel, and no page id', async ({ page }) => {
  await openReplica(page, UNKNOWN.name);
  await expect(root(page)).toHaveAttribute('data-mpg-unknown', String(UNKNOWN.unknown!.length), { timeout: 10_000 });
  await expect(root(page)).not.toHaveAttribute('data-mpg-page', /.*/);
  for (const id of UNKNOWN.unknown!) {
    await expect(tip(page, id), id).toHaveCount(1);
    await expect(tip(page, id).locator('.about'), id).toHaveText(en[`field.${id}.about`]!);
  }
  await expect(page.locator('[data-mpg-field]')).toHaveCount(UNKNOWN.unknown!.length);
  await expect((await panel(page)).locator('.title')).toHaveText(en['panel.unknown.title']!.replace('{count}', String(UNKNOWN.unknown!.length)));
  await expect((await panel(page)).locator('.needs')).toHaveCount(0);
  // A format check needs no context: it runs.
  const email = fieldInput(page, 'contact-email');
  await email.fill('someone@example');
  await email.blur();
  await expect(tip(page, 'contact-email')).toHaveAttribute('data-mpg-codes', /email\.format/);
});

test('goes silent when the page moves out of the flow (the article editor)', async ({ page }) => {
  await openReplica(page, UNKNOWN.name);
  await expect(root(page)).toHaveAttribute('data-mpg-unknown', /\d/, { timeout: 10_000 });
  await page.evaluate(() => history.pushState({}, '', '/cgi-bin/appmsg?t=media/appmsg_edit&action=edit&token=1'));
  // The page changes (the guide looks again) and holds a flow signal (a registration heading), so only
  // the out-of-flow rule keeps the help away.
  await page.locator('h2').evaluate((h) => h.append(' 用户信息登记'));
  await expect(page.locator('[data-mpg-host="guide-panel"]')).toHaveCount(0);
  await expect(page.locator('[data-mpg-field]')).toHaveCount(0);
  await expect(root(page)).not.toHaveAttribute('data-mpg-unknown', /.*/);
});

test.describe('Copy page shape', () => {
  test.beforeEach(async ({ page, extensionId, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mp.weixin.qq.com' });
    await createProfile(page, extensionId, CLIENT);
  });

  for (const name of [UNKNOWN.name, 'verify.documents/2026-enterprise/current']) {
    test(`shows exactly what it copies, without values or client data, on ${name}`, async ({ page }) => {
      await openReplica(page, name);
      await expect(await panel(page)).toBeVisible({ timeout: 10_000 });
      const contact = fieldInput(page, 'contact-name');
      await contact.fill(CLIENT.company);
      await fieldInput(page, 'contact-email').fill('typed-value@example.com');
      await (await panel(page)).getByRole('button', { name: en['panel.shape.open']! }).click();
      const preview = (await panel(page)).locator('.shape-preview');
      await expect(preview).toBeVisible();
      const shown = (await preview.textContent())!;
      const shape = JSON.parse(shown) as { format: string; url: string };
      expect(shape.format).toBe('mp-console-guide/page-shape');
      expect(shape.url).not.toContain('token');
      expect(shown).toContain('联系人姓名');
      for (const secret of [CLIENT.company, 'typed-value', '1911103417']) expect(shown).not.toContain(secret);
      // Copied from the side panel, which has the focus when its button is clicked; read back on the
      // console page (extension origins cannot be granted clipboard-read).
      await (await sidePanel(page)).bringToFront();
      await (await panel(page)).getByRole('button', { name: en['panel.shape.copy']! }).click();
      await expect((await panel(page)).getByRole('button', { name: en['panel.shape.copied']! })).toBeVisible();
      await page.bringToFront();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    });
  }

  test('the popup asks the console tab for the same shape and shows it before copying', async ({ page, context, extensionId }) => {
    await openReplica(page, UNKNOWN.name);
    await expect(root(page)).toHaveAttribute('data-mpg-unknown', /\d/, { timeout: 10_000 });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.bringToFront(); // the console tab is the active one, as when the toolbar button is clicked
    await popup.getByRole('button', { name: 'Copy page shape' }).click();
    const preview = popup.locator('.shape-preview');
    await expect(preview).toBeVisible();
    const shown = (await preview.textContent())!;
    expect(JSON.parse(shown).url).toBe('https://mp.weixin.qq.com/wxamp/wxverify/contact?lang=zh_CN');
    expect(shown).toContain('联系人邮箱');
    expect(shown).not.toContain(CLIENT.company);
  });
});
