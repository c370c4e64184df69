import type { Page } from '@playwright/test';
import { expect, openReplica, panel, test, tip } from './fixtures';
import { pageRuleById } from '../../rules';
import enFields from '../../locales/en/fields.json' with { type: 'json' };
import enGuideVerify from '../../locales/en/guide-verify.json' with { type: 'json' };

// The built extension on the replica quick-registration and WeChat verification pages, in a real Chromium.

// locales/index.ts cannot be loaded here (Node's ESM loader wants import attributes on its JSON
// imports), so the two files these pages' texts live in are read directly.
const en: Record<string, string> = { ...enFields, ...enGuideVerify };
const t = (key: string) => en[key] ?? key;
/** The document's own <html> (the guide panel's shadow root holds an <html> of its own). */
const html = (page: Page) => page.locator('xpath=/html');
/** Longer than the content script's debounce: time for it to look at the page again after a change. */
const SETTLE_MS = 400;

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

// Every replica's guide and field tips: every-replica.spec.ts.

for (const name of ['quick.reuse/current', 'quick.reuse/legacy']) {
  test(`follows the fast-register steps switching in place on ${name}`, async ({ page }) => {
    await openReplica(page, name);
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.reuse', { timeout: 10_000 });
    const urlBefore = page.url();

    // This Official Account's verification expires soon: the console's notice comes first.
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText('公众号认证有效期已少于15天')).toBeVisible();
    await page.waitForTimeout(SETTLE_MS);
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.reuse');

    await page.getByRole('button', { name: '继续申请' }).click();
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.account');
    await expect((await panel(page)).locator('.title')).toHaveText(t('page.quick-account.title'));
    for (const id of ['email', 'password', 'password-confirm', 'captcha']) await expect(tip(page, id), id).toHaveCount(1);

    await page.getByRole('button', { name: '下一步' }).click();
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.mailbox');
    await expect((await panel(page)).locator('.title')).toHaveText(t('page.quick-mailbox.title'));
    await expect(tip(page, 'email')).toHaveCount(0);

    await page.getByRole('button', { name: '上一步' }).click();
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.account');
    expect(page.url()).toBe(urlBefore);
  });
}

for (const name of ['quick.intro/manage/current', 'quick.intro/manage/legacy']) {
  test(`keeps quick.intro while the console blocks quick registration on ${name}`, async ({ page }) => {
    await openReplica(page, name);
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.intro', { timeout: 10_000 });

    // The expanded guide covers the right edge of the page, where this replica has 添加: fold it first.
    await (await panel(page)).getByRole('button', { name: 'Collapse guide' }).click();
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect(page.getByText('添加小程序', { exact: true })).toBeVisible();
    await page.waitForTimeout(SETTLE_MS);
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.intro');

    await page.getByRole('button', { name: /快速注册并认证小程序/ }).click();
    await expect(page.getByText('你的公众号未完成微信认证，无法复用资质申请小程序，请先完成认证。')).toBeVisible();
    await expect(page.getByText('添加小程序', { exact: true })).toBeHidden();
    await page.waitForTimeout(SETTLE_MS);
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.intro');
    await expect((await panel(page)).locator('.title')).toHaveText(t('page.quick-intro.title'));
    // Unfolded again, the guide says what this refusal means and what to do.
    await (await panel(page)).getByRole('button', { name: 'Show guide' }).click();
    await expect((await panel(page)).locator('.guidance')).toContainText('未完成微信认证');

    // 前往认证 leads to the Official Account's verification.
    await page.getByRole('link', { name: '前往认证' }).click();
    await expect(page).toHaveURL(/\/acct\/wxverifyorder\?action=index/);
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'verify.agreement', { timeout: 10_000 });
  });
}

test('goes from the quick-registration rules to the fast-register page', async ({ page }) => {
  await openReplica(page, 'quick.intro/legacy');
  await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.intro', { timeout: 10_000 });
  await page.getByRole('link', { name: '下一步' }).click();
  await expect(page).toHaveURL(/\/cgi-bin\/fastregister/);
  await expect(html(page)).toHaveAttribute('data-mpg-page', 'quick.reuse', { timeout: 10_000 });
});

test('follows the verification steps through single-page navigation', async ({ page }) => {
  await openReplica(page, 'verify.agreement/current');
  await expect(html(page)).toHaveAttribute('data-mpg-page', 'verify.agreement', { timeout: 10_000 });
  const steps = [
    ['documents', 'verify.documents'],
    ['invoice', 'verify.invoice'],
    ['payment', 'verify.payment'],
  ] as const;
  for (const [step, pageId] of steps) {
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page).toHaveURL(new RegExp(`replica=${step}`));
    await expect(html(page)).toHaveAttribute('data-mpg-page', pageId, { timeout: 10_000 });
  }
  await expect(tip(page, 'payment-method')).toHaveCount(1);
  await expect(tip(page, 'contact-email')).toHaveCount(0);
});

for (const name of ['verify.documents/current', 'verify.documents/legacy']) {
  test(`puts each document's tip beside its file input on ${name}`, async ({ page }) => {
    await openReplica(page, name);
    await expect(html(page)).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
    // The four documents these renderings ask for (most upload rows are optional in the rule now: which
    // ones a form shows depends on the entity type, see verify-forms.spec.ts).
    const uploads = pageRuleById('verify.documents')!.fields.filter(
      (f) => f.kind === 'upload' && ['entity-certificate', 'application-letter', 'contact-id', 'phone-bill'].includes(f.id),
    );
    expect(uploads.map((f) => f.id).sort()).toEqual(['application-letter', 'contact-id', 'entity-certificate', 'phone-bill']);
    for (const field of uploads) {
      const row = page.locator('.weui-desktop-form__control-group, .frm_control_group').filter({ has: tip(page, field.id) });
      await expect(row.locator('input[type=file]'), field.id).toHaveCount(1);
    }
    // The entity type, which decides the documents, is explained too.
    await expect(tip(page, 'entity-type').locator('.name')).toHaveText(t('field.entity-type.name'));
  });
}
