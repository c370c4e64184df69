import type { Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import enChecks from '../../locales/en/checks.json' with { type: 'json' };
import enConsole from '../../locales/en/guide-console.json' with { type: 'json' };
import enMessages from '../../locales/en/console-messages.json' with { type: 'json' };
import enFields from '../../locales/en/fields.json' with { type: 'json' };
import enGuideVerify from '../../locales/en/guide-verify.json' with { type: 'json' };
import { clickWhenSeen, createProfile, expect, fieldInput, inlineFrame, openReplica, panel, test, tip, typeAsUser } from './fixtures';

// Issue 20, items 1 and 2: the current (2026) 微信认证 form and 填写小程序信息, on replicas reconstructed from
// the selectors automation quoted on the live console (docs/console-notes.md §18.1), rendered by script
// after load as the Vue page is, and rebuilt in place when 主体验证方式 changes.

const en: Record<string, string> = { ...enFields, ...enGuideVerify, ...enConsole, ...enChecks, ...enMessages };
const root = (page: Page) => page.locator(':root');
const COMPANY = '深圳市示例科技有限公司';

async function typeAndLeave(page: Page, fieldId: string, value: string) {
  const input = fieldInput(page, fieldId);
  await input.fill(value);
  await input.blur();
}

async function userTypesAndLeaves(page: Page, fieldId: string, value: string) {
  const input = fieldInput(page, fieldId);
  await typeAsUser(input, value);
  await input.blur();
}

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

for (const name of [
  'verify.documents/2026-enterprise/current',
  'verify.documents/2026-face/current',
  'verify.documents/2026-individual/current',
  'verify.documents/2026-enterprise/unknown-url',
]) {
  test(`recognises ${name} once it has rendered, with a tip for every quoted label`, async ({ page }) => {
    const replica = replicaByName(name);
    await openReplica(page, name);
    await expect(root(page)).toHaveAttribute('data-mpg-ready', '', { timeout: 10_000 });
    await expect(root(page)).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
    const fields = replica.fields ?? replicaByName('verify.documents/2026-enterprise/current').fields!;
    for (const id of fields) {
      await expect(tip(page, id), id).toHaveCount(1);
      await expect(tip(page, id).locator('.name'), id).toHaveText(en[`field.${id}.name`]!);
    }
    await expect((await panel(page)).locator('[data-facts~="F77"]')).toHaveCount(1);
  });
}

test('reads the cascade from its head, and follows the choice of 个体工商户', async ({ page }) => {
  await openReplica(page, 'verify.documents/2026-enterprise/current');
  await expect(tip(page, 'org-type')).toHaveCount(1, { timeout: 10_000 });
  await expect(tip(page, 'org-type')).toHaveAttribute('data-mpg-codes', '');
  const cascade = page.locator('.weui-desktop-form__control-group', { hasText: '机构类型' }).locator('.weui-desktop-form__dropdowncascade');
  await cascade.locator('.weui-desktop-form__dropdowncascade__dt').click();
  await cascade.locator('li.module-has-options', { hasText: '企业' }).click();
  await cascade.locator('[data-cascade-items="企业"] li', { hasText: '个体工商户' }).click();
  await expect(tip(page, 'org-type')).toHaveAttribute('data-mpg-codes', 'verification.individual-business');
  await expect(tip(page, 'org-type').locator('.findings')).toContainText('个人独资企业');
});

test("checks the credit code's check character with no region known", async ({ page }) => {
  await openReplica(page, 'verify.documents/2026-enterprise/current');
  await expect(tip(page, 'registration-number')).toHaveCount(1, { timeout: 10_000 });
  await typeAndLeave(page, 'registration-number', '91350100M000100Y43');
  await expect(tip(page, 'registration-number')).toHaveAttribute('data-mpg-codes', '');
  await typeAndLeave(page, 'registration-number', '91350100M000100Y44');
  await expect(tip(page, 'registration-number')).toHaveAttribute('data-mpg-codes', 'registration-number.checksum');
  await expect(tip(page, 'registration-number')).toHaveAttribute('data-mpg-status', 'warn');
});

test('says what 对公账户打款 starts, then follows the form rebuilt for 法人扫脸 until 已验证成功', async ({ page }) => {
  await openReplica(page, 'verify.documents/2026-enterprise/current');
  await expect(tip(page, 'verification-method')).toHaveAttribute('data-mpg-codes', 'verification.method-transfer', { timeout: 10_000 });
  await expect(tip(page, 'verification-method').locator('.findings')).toContainText('within 10 days');
  await expect(tip(page, 'bank-account-name')).toHaveCount(1);

  await page.getByText('法人扫脸', { exact: true }).click();
  // The Vue page rebuilds the form: the bank rows are gone, the QR block is there, and so are their tips.
  await expect(page.locator('.weui-desktop-form__label', { hasText: '开户名称' })).toHaveCount(0);
  await expect(tip(page, 'bank-account-name')).toHaveCount(0);
  await expect(tip(page, 'legal-rep-qr')).toHaveCount(1);
  await expect(tip(page, 'verification-method')).toHaveAttribute('data-mpg-codes', 'verification.method-face');
  await expect(tip(page, 'sms-code')).toHaveCount(1);
  // The legal representative scans: the block reads 已验证成功, and the tip says it in English.
  await expect(page.locator('[data-replica-scan-status]')).toHaveText('已验证成功', { timeout: 5_000 });
  await expect(tip(page, 'legal-rep-qr').locator('.note .zh')).toHaveText('已验证成功');
  await expect(tip(page, 'legal-rep-qr').locator('.note .en')).toHaveText(en['console.legal-rep-qr.verified.en']!);
});

test.describe('with a client profile', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    await createProfile(page, extensionId, { label: 'Shenzhen client', company: COMPANY, country: 'CN' });
  });

  test('holds 开户名称 to the registered company name exactly, with the fill button', async ({ page }) => {
    await openReplica(page, 'verify.documents/2026-enterprise/current');
    await expect(tip(page, 'bank-account-name')).toHaveCount(1, { timeout: 10_000 });
    // Checks against the client's profile run on the user's own edits only (issue 19).
    await userTypesAndLeaves(page, 'bank-account-name', '深圳市示例科技公司');
    await expect(tip(page, 'bank-account-name')).toHaveAttribute('data-mpg-status', 'error');
    await clickWhenSeen(inlineFrame(page, 'bank-account-name').locator('button.fill'));
    await expect(fieldInput(page, 'bank-account-name')).toHaveValue(COMPANY);
    await expect(tip(page, 'bank-account-name')).toHaveAttribute('data-mpg-codes', '');
  });

  test('only warns on 开户名称 for an individual business', async ({ page }) => {
    await openReplica(page, 'verify.documents/2026-individual/current');
    await expect(tip(page, 'bank-account-name')).toHaveCount(1, { timeout: 10_000 });
    await userTypesAndLeaves(page, 'bank-account-name', '张三');
    await expect(tip(page, 'bank-account-name')).toHaveAttribute('data-mpg-status', 'warn');
  });
});

test.describe('填写小程序信息 as it behaves now', () => {
  test('says the licence upload was emptied by the name check, and asks to upload it again, last', async ({ page }) => {
    await openReplica(page, 'profile.basic/first-time-2026');
    await expect(tip(page, 'name-licence')).toHaveCount(1, { timeout: 10_000 });
    const licence = page.locator('#organizeFile input[type=file]');
    await licence.setInputFiles({ name: 'licence.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(2048, 1) });
    await expect(page.locator('#organizeFile_hidden')).not.toHaveValue('');
    await expect(tip(page, 'name-licence')).not.toHaveAttribute('data-mpg-codes', /upload\.replaced/);
    // Leaving the name runs the page's name check, which re-renders the block: the file name still shows.
    await typeAndLeave(page, 'mp-name', '示例小程序');
    await expect(page.locator('#organizeFile_hidden')).toHaveValue('');
    await expect(page.locator('#organizeFile')).toContainText('licence.jpg');
    await expect(tip(page, 'name-licence')).toHaveAttribute('data-mpg-codes', 'upload.replaced');
    await expect(tip(page, 'name-licence').locator('.findings')).toContainText('Upload the file again, as the last step');
    // Uploading again clears it.
    await page.locator('#organizeFile input[type=file]').setInputFiles({ name: 'licence.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(2048, 1) });
    await expect(tip(page, 'name-licence')).not.toHaveAttribute('data-mpg-codes', /upload\.replaced/);
  });

  test("counts the introduction as the page's own counter does (a Chinese character counts 2)", async ({ page }) => {
    await openReplica(page, 'profile.basic/first-time-2026');
    await expect(tip(page, 'mp-intro')).toHaveCount(1, { timeout: 10_000 });
    const counter = page.locator('[data-replica-counter-for="intro"]');
    for (const intro of ['小程序介绍文字'.repeat(8) + 'abc', '示'.repeat(61)]) {
      await typeAndLeave(page, 'mp-intro', intro);
      const shown = (await counter.textContent())!.split('/')[0]!;
      await expect(tip(page, 'mp-intro').locator('.findings')).toContainText(`${shown}`);
    }
    // 61 Chinese characters count 122: over the page's 120.
    await expect(counter).toHaveText('122/120');
    await expect(tip(page, 'mp-intro')).toHaveAttribute('data-mpg-codes', 'mp-intro.length');
  });
});
