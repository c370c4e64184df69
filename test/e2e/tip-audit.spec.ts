import { readFileSync } from 'node:fs';
import { expect, openReplica, test } from './fixtures';

const en: Record<string, string> = JSON.parse(readFileSync(new URL('../../locales/en/page-texts.json', import.meta.url), 'utf8'));

// Issue 22, item 3: the texts users asked about say what they mean. That every visible label, button
// and notice of a recognised page has a tip is checked on every replica page by every-replica.spec.ts
// (tip-audit.ts).

test('the agreement checkbox, 注册, 下载模板 and the fee line say what they mean', async ({ page }) => {
  await openReplica(page, 'register.account/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  const agreement = page.locator('label', { hasText: '我同意并遵守' });
  await expect(agreement.locator('xpath=following-sibling::*[1]')).toHaveAttribute('data-mpg-text', 'agree-mp-terms');
  await expect(page.locator('[data-mpg-text="agree-mp-terms"]')).toContainText(en['text.agree-mp-terms']!);
  await expect(page.getByRole('button', { name: '注册', exact: true })).toBeVisible();
  await expect(page.locator('[data-mpg-text="register"]')).toContainText(en['text.register']!);

  await openReplica(page, 'verify.documents/legacy');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  await expect(page.locator('[data-mpg-text="download-template"]')).toHaveCount(2);
  await expect(page.locator('[data-mpg-text="download-template"]').first()).toContainText(en['text.download-template']!);

  await openReplica(page, 'verify.payment/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'verify.payment', { timeout: 10_000 });
  await expect(page.locator('[data-mpg-text="fee"]')).toContainText(en['text.fee']!);
  await expect(page.locator('[data-mpg-text="fee-usd-99"]')).toContainText('USD 99');
  await expect(page.locator('[data-mpg-text="fee-not-refunded"]')).toContainText(en['text.fee-not-refunded']!);
});
