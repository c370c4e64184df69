import type { Page } from '@playwright/test';
import { replicas } from '../../replicas/replicas.mjs';
import { expect, fieldInput, openReplica, panel, test, tip } from './fixtures';
import { pageRuleById } from '../../rules';

// The built extension on the verification form as the console's own templates render it, one replica
// per entity type (replicas/pages/wxverify/generate.mjs): every field found and explained in
// English, uploads held to the limit the field itself states, the contact fields checked.

// The 2018 templates' forms; the 2026 form has its own spec (verify-2026.spec.ts).
const forms = replicas.filter((r) => r.page === 'verify.documents' && r.fields && !r.name.includes('/2026-'));
const laterSteps = replicas.filter((r) => (r.page === 'verify.naming' || r.page === 'verify.invoice' || r.page === 'verify.payment') && r.fields);
const root = (page: Page) => page.locator(':root');

function fileInput(page: Page, fieldId: string) {
  return page
    .locator('.frm_control_group')
    .filter({ has: page.locator(`[data-mpg-field="${fieldId}"]`) })
    .locator('input[type=file]');
}

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

test('there is a replica for every entity type and payment rendering of the templates', () => {
  expect(forms.map((r) => r.name.split('/')[1]).sort()).toEqual(['enterprise', 'government', 'individual-business', 'media', 'other', 'overseas']);
  expect(laterSteps.map((r) => r.name).sort()).toEqual([
    'verify.invoice/template/legacy',
    'verify.naming/legacy',
    'verify.payment/nopay/legacy',
    'verify.payment/remit/legacy',
    'verify.payment/wxpay/legacy',
  ]);
});

// Each of these replicas' fields found and explained, and no others: every-replica.spec.ts.

test('the naming step explains the naming rules for an overseas company', async ({ page }) => {
  await openReplica(page, 'verify.naming/legacy');
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'verify.naming', { timeout: 10_000 });
  const guidance = (await panel(page)).locator('.guidance li');
  await expect(guidance).toHaveCount(pageRuleById('verify.naming')!.guidance.length);
  await expect(guidance.filter({ hasText: '命名唯一原则' })).toContainText('no other account on the platform');
  await expect((await panel(page)).locator('.guidance li[data-facts~="F44"]')).toContainText('商标注册证书');
  await expect(guidance.filter({ hasText: '自选词汇' })).toContainText('strictly');
  await expect(tip(page, 'trademark-certificate').locator('.about')).toContainText('Only for a name based on a trademark');
});

test('the overseas form: uploads are held to the 2 MB its hints state, optional documents say so', async ({ page }) => {
  await openReplica(page, 'verify.documents/overseas/legacy');
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  const threeMb = { name: 'phone-bill.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(3 * 1024 * 1024, 1) };
  await fileInput(page, 'phone-bill').setInputFiles(threeMb);
  await expect(tip(page, 'phone-bill')).toHaveAttribute('data-mpg-codes', /upload\.size/);
  await expect(tip(page, 'phone-bill').locator('.finding.error')).toContainText('2 MB');
  // What the bill must show, from the form's own hint.
  await expect(tip(page, 'phone-bill')).toContainText('three months');

  const oneMb = { name: 'office-bill.png', mimeType: 'image/png', buffer: Buffer.alloc(1024 * 1024, 1) };
  await fileInput(page, 'office-phone-bill').setInputFiles(oneMb);
  await expect(tip(page, 'office-phone-bill')).toHaveAttribute('data-mpg-codes', /upload\.reminder/);
  await expect(tip(page, 'office-phone-bill')).toContainText('must show the company name, the phone number');
  await expect(tip(page, 'office-phone-bill')).not.toHaveAttribute('data-mpg-codes', /upload\.size/);
  await expect(tip(page, 'office-phone-bill').locator('.name')).toContainText('optional');
  await expect(tip(page, 'other-documents').locator('.name')).toContainText('optional');
});

test('the media form: the same 3 MB file is within the 5 MB its licence hint states', async ({ page }) => {
  await openReplica(page, 'verify.documents/media/legacy');
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  await fileInput(page, 'media-licence').setInputFiles({ name: 'licence.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(3 * 1024 * 1024, 1) });
  await expect(tip(page, 'media-licence')).toHaveAttribute('data-mpg-codes', /upload\.reminder/);
  await expect(tip(page, 'media-licence')).not.toHaveAttribute('data-mpg-codes', /upload\.size/);
});

test('the contact fields are checked as the console checks them', async ({ page }) => {
  await openReplica(page, 'verify.documents/enterprise/legacy');
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  await fieldInput(page, 'contact-email').fill('ops@example');
  await fieldInput(page, 'contact-email').blur();
  await expect(tip(page, 'contact-email')).toHaveAttribute('data-mpg-codes', /email\.format/);
  await fieldInput(page, 'contact-email').fill('ops@example.com');
  await expect(tip(page, 'contact-email')).not.toHaveAttribute('data-mpg-codes', /email\.format/);
  await fieldInput(page, 'contact-id-number').fill('110105194912310021');
  await fieldInput(page, 'contact-id-number').blur();
  await expect(tip(page, 'contact-id-number')).toHaveAttribute('data-mpg-codes', /admin-id\.format/);
});

test("the console's own errors on the verification form are explained where they appear", async ({ page }) => {
  await openReplica(page, 'verify.documents/government/legacy');
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  // As wxverify/commonreg.js reports a bad office number: under the field, in its row.
  await page.locator('input[name=office_phone]').evaluate((input) => {
    const msg = document.createElement('p');
    msg.className = 'frm_msg fail';
    msg.textContent = '请输入正确的电话号码，例如：020 - XXXXXXX';
    input.closest('.frm_controls')!.append(msg);
  });
  const note = tip(page, 'office-phone').locator('.note', { hasText: '请输入正确的电话号码' });
  await expect(note.locator('.en')).toHaveText('Please enter a valid telephone number, e.g. 020 - XXXXXXX.');
  await expect(note.locator('.action')).toContainText('area code');
});
