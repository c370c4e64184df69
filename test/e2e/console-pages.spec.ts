import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { expect, openReplica, panel, test, tip } from './fixtures';

// The built extension on the replica console pages after registration (home, settings, categories,
// ICP filing, WeChat Pay merchant), in a real Chromium.

// The English these pages show (read as a file: Playwright's loader wants import attributes for JSON).
const english: Record<string, string> = JSON.parse(readFileSync(new URL('../../locales/en/guide-console.json', import.meta.url), 'utf8'));
const t = (key: string) => english[key] ?? key;
const MIIT_ORIGIN = 'https://beian.miit.gov.cn';
// The document element only: the overlay's shadow roots hold <html> elements of their own.
const root = (page: Page) => page.locator(':root');
/** Follows a link from the keyboard: at 1280 px the fixed guide panel covers the checklist's buttons. */
async function activate(link: Locator) {
  await link.focus();
  await link.press('Enter');
}

test.describe('console pages after registration', () => {
  test.afterEach(async ({ pageErrors, foreignRequests }) => {
    expect(pageErrors, 'the page throws no errors').toEqual([]);
    expect(foreignRequests, 'no request leaves for another host').toEqual([]);
  });

  // Each of these pages' guide and field tips: every-replica.spec.ts.

  for (const name of ['home.guide/current', 'filing.form/current']) {
    test(`tells overseas entities they need no filing on ${name}`, async ({ page }) => {
      await openReplica(page, name);
      await expect(await panel(page)).toBeVisible({ timeout: 10_000 });
      await expect((await panel(page)).locator('.guidance li[data-facts~="F34"]')).toContainText('outside mainland China');
    });
  }

  test('follows 去备案 from the home checklist to the filing form without a reload', async ({ page }) => {
    await openReplica(page, 'home.guide/current');
    await expect(root(page)).toHaveAttribute('data-mpg-page', 'home.guide', { timeout: 10_000 });
    await page.evaluate(() => Object.assign(window, { beforeNavigation: true }));
    await activate(page.getByRole('link', { name: '去备案' }));
    await expect(page).toHaveURL(/replica=filing-form/);
    expect(await page.evaluate(() => 'beforeNavigation' in window), 'same document, no reload').toBe(true);
    await expect(root(page)).toHaveAttribute('data-mpg-page', 'filing.form', { timeout: 10_000 });
    await expect((await panel(page)).locator('.title')).toHaveText(t('page.filing-form.title'));
    await expect(tip(page, 'filing-emergency-contact')).toHaveCount(1);
  });

  test('follows 去填写 from the home checklist to the first 小程序信息 form', async ({ page }) => {
    await openReplica(page, 'home.guide/current');
    await expect(root(page)).toHaveAttribute('data-mpg-page', 'home.guide', { timeout: 10_000 });
    await activate(page.getByRole('link', { name: '去填写' }));
    await expect(root(page)).toHaveAttribute('data-mpg-page', 'profile.basic', { timeout: 10_000 });
    await expect(tip(page, 'mp-name')).toHaveCount(1);
    await expect(tip(page, 'appid')).toHaveCount(0);
  });

  test("translates the console's refusal of one number for two people on the filing form", async ({ page }) => {
    await openReplica(page, 'filing.form/current');
    await expect(tip(page, 'filing-emergency-contact')).toHaveCount(1, { timeout: 10_000 });
    const emergency = page.locator('.weui-desktop-form__control-group', { hasText: '应急联系方式' }).locator('input');
    await emergency.fill('13800138000');
    await emergency.blur();
    await expect(page.getByText('不同人不能使用同一个号码').first()).toBeVisible();
    const note = tip(page, 'filing-emergency-contact').locator('.note', { hasText: '不同人不能使用同一个号码' });
    await expect(note.locator('.en')).toHaveText('Different people cannot use the same phone number.');
  });

  test('explains the food qualification the chosen category asks for', async ({ page }) => {
    await openReplica(page, 'profile.category/current');
    await expect(tip(page, 'category')).toHaveCount(1, { timeout: 10_000 });
    await expect(tip(page, 'category').locator('.note').first()).toContainText('Food Business Licence');
  });
});

test.describe('MIIT SMS check (beian.miit.gov.cn)', () => {
  test.afterEach(async ({ pageErrors, foreignRequests }) => {
    expect(pageErrors, 'the page throws no errors').toEqual([]);
    expect(
      foreignRequests.filter((url) => !url.startsWith(`${MIIT_ORIGIN}/`)),
      'only the MIIT host besides the console',
    ).toEqual([]);
  });

  test('is served on its own host, with its form rendered late', async ({ page }) => {
    const replica = replicaByName('filing.sms/current');
    const response = await page.goto(replica.url);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).origin).toBe(MIIT_ORIGIN);
    await expect(page.getByRole('heading', { name: '短信核验' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('证件号码后6位')).toBeVisible();
  });
});
