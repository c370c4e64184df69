import { readFileSync } from 'node:fs';
import { serviceWorker } from './extension';
import { expect, openReplica, panel, test } from './fixtures';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

// Issue 22, item 2: the guide in the side panel never contradicts the rendering on screen (rules'
// `when`, engine/page-variant.ts), and its step number is the one the page's own step bar shows.

const read = (file: string): Record<string, string> => JSON.parse(readFileSync(new URL(`../../locales/en/${file}.json`, import.meta.url), 'utf8'));
const en: Record<string, string> = { ...read('guide'), ...read('guide-verify'), ...read('email-code') };

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

async function guideOn(page: Parameters<typeof openReplica>[0], name: string, id: string) {
  await openReplica(page, name);
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', id, { timeout: 10_000 });
  const aside = await panel(page);
  await expect(aside.locator('.title')).not.toBeEmpty();
  return aside;
}

test('no-fee payment: nothing to check or pay, the page’s own step number', async ({ page }) => {
  const aside = await guideOn(page, 'verify.payment/nopay/legacy', 'verify.payment');
  await expect(aside.locator('.title')).toHaveText(en['page.verify-payment.title-step']!.replace('{step}', '5'));
  await expect(aside.locator('.needs li')).toHaveText([en['page.verify-payment.need-submit']!]);
  await expect(aside).not.toContainText('Check the amount');
  await expect(aside).not.toContainText('WeChat Pay or');
  await expect(aside).not.toContainText('superseded');
});

test('bank-transfer payment: the route on screen is explained, never called superseded', async ({ page }) => {
  const aside = await guideOn(page, 'verify.payment/remit/legacy', 'verify.payment');
  await expect(aside.locator('.needs')).toContainText(en['page.verify-payment.need-transfer']!);
  await expect(aside).not.toContainText('superseded');
  await expect(aside.locator('.title')).toContainText('Step 5');
});

test('the current payment page keeps step 4 and the method choice', async ({ page }) => {
  const aside = await guideOn(page, 'verify.payment/current', 'verify.payment');
  await expect(aside.locator('.title')).toHaveText(en['page.verify-payment.title-step']!.replace('{step}', '4'));
  await expect(aside.locator('.needs li')).toHaveText([en['page.verify-payment.need-amount']!, en['page.verify-payment.need-method']!]);
});

test('the invoice step of the older wizard is its step 4, as its step bar says', async ({ page }) => {
  const aside = await guideOn(page, 'verify.invoice/template/legacy', 'verify.invoice');
  await expect(aside.locator('.title')).toHaveText(en['page.verify-invoice.title-step']!.replace('{step}', '4'));
});

test('step 1 with an emailed code: no picture captcha in the guide', async ({ page }) => {
  const aside = await guideOn(page, 'register.account/email-code', 'register.account');
  await expect(aside.locator('.needs')).toContainText(en['page.register-account.need-email-code']!);
  await expect(aside).not.toContainText('换一张');
  await expect(aside).not.toContainText('4 characters');
});

test('Hong Kong pages: no mainland bank-transfer point', async ({ page }) => {
  let aside = await guideOn(page, 'register.entity/overseas/current', 'register.entity');
  await expect(aside.locator('.guidance')).toContainText(en['guide.register-entity.verify-overseas']!);
  await expect(aside).not.toContainText('对公打款');
  await expect(aside).not.toContainText('small transfer');
  aside = await guideOn(page, 'verify.documents/overseas/legacy', 'verify.documents');
  await expect(aside.locator('.guidance li').first()).toBeVisible();
  await expect(aside).not.toContainText('对公账户打款');
});

test('快速认证须知 is numbered once', async ({ page }) => {
  const aside = await guideOn(page, 'quick.reuse-verify/legacy', 'quick.reuse-verify');
  const needs = aside.locator('.needs li');
  await expect(needs).toHaveCount(3);
  await expect(needs.first()).toHaveText(/^快速认证须知/);
  for (const text of await needs.allTextContents()) expect(text).not.toMatch(/^\d/);
});

test('presenter mode follows the rendering too: no amount to check and no method to choose on the no-fee page', async ({ context, page }) => {
  const presenter: Record<string, string> = read('presenter');
  const worker = await serviceWorker(context);
  await worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), presenter: true } });
  });
  await openReplica(page, 'verify.payment/nopay/legacy');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'verify.payment', { timeout: 10_000 });
  const callout = page.locator('[data-mpg-host="presenter"] .callout');
  // One point left of three: what happens after submitting.
  await expect(callout.locator('.step')).toHaveText(presenter['presenter.step']!.replace('{x}', '1').replace('{y}', '1'));
  await expect(callout.locator('.point')).toHaveText(presenter['presenter.point.verify-payment.review']!);
});
