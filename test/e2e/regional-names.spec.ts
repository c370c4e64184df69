import type { Page } from '@playwright/test';
import { createProfile, expect, fieldInput, clickWhenSeen, inlineFrame, openReplica, test, tip, typeAsUser } from './fixtures';

// Issue 12: the certificate is authoritative, regions under every name the console uses, and the
// comma before "Inc." — on replica pages with the built extension, as a user meets them.

async function typeAndLeave(page: Page, fieldId: string, value: string) {
  const input = fieldInput(page, fieldId);
  await typeAsUser(input, value);
  await input.blur();
}

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test.describe('a Taiwan company name typed exactly as registered', () => {
  test('with the client profile: no finding (群 is the Taiwan standard form)', async ({ page, extensionId }) => {
    await createProfile(page, extensionId, { label: 'Innolux', company: '群創光電股份有限公司', country: 'TW' });
    await openReplica(page, 'register.entity/overseas/current/region-taiwan-en');
    await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
    await typeAndLeave(page, 'company-name', '群創光電股份有限公司');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'ok');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', '');
    // the other traditional form of 群 is not what the certificate says
    await typeAndLeave(page, 'company-name', '羣創光電股份有限公司');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', 'company-name.script');
    await expect(inlineFrame(page, 'company-name').locator('.finding')).toContainText('both are traditional forms');
  });

  test('without a profile, on a page whose region reads "Taiwan, China": no finding', async ({ page }) => {
    await openReplica(page, 'register.entity/overseas/current/region-taiwan-en');
    await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
    await typeAndLeave(page, 'company-name', '群創光電股份有限公司');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'ok');
    // simplified characters are still caught there
    await typeAndLeave(page, 'company-name', '群创光电股份有限公司');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', 'company-name.simplified-for-traditional');
    await expect(inlineFrame(page, 'company-name').locator('.finding')).toContainText('創 電');
  });
});

test('a Taiwan client whose registered name is not recorded yet: the Taiwan standard decides', async ({ page, extensionId }) => {
  await createProfile(page, extensionId, { label: 'Taiwan client', country: 'TW' });
  await openReplica(page, 'register.entity/overseas/current/region-taiwan-en');
  await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
  await typeAndLeave(page, 'company-name', '群創光電股份有限公司');
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'ok');
  await typeAndLeave(page, 'company-name', '為升電裝工業股份有限公司');
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'ok');
});

test('a page whose region reads 中国香港特别行政区 is not treated as the mainland', async ({ page }) => {
  await openReplica(page, 'register.entity/overseas/current/region-hk-sar');
  await expect(tip(page, 'registration-number')).toHaveCount(1, { timeout: 10_000 });
  // a Hong Kong business registration number (8 digits) is not a malformed mainland number
  await typeAndLeave(page, 'registration-number', '12345678');
  await expect(tip(page, 'registration-number')).toHaveAttribute('data-mpg-status', 'ok');
  // a traditional company name is right in Hong Kong
  await typeAndLeave(page, 'company-name', '長江和記實業有限公司 CK Hutchison Holdings Limited');
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'ok');
  // the admin may use a passport: no mainland resident ID is asked for
  await typeAndLeave(page, 'admin-id', 'K12345678');
  await expect(tip(page, 'admin-id')).toHaveAttribute('data-mpg-codes', 'admin-id.passport-ok');
  await expect(tip(page, 'admin-id')).toHaveAttribute('data-mpg-status', 'info');
});

test('a company name typed without the comma before "Inc." is a punctuation difference', async ({ page, extensionId }) => {
  await createProfile(page, extensionId, { label: 'Tesla', company: 'Tesla, Inc.', country: 'US' });
  await openReplica(page, 'register.entity/overseas/legacy');
  await typeAndLeave(page, 'company-name', 'Tesla Inc.');
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'error');
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', 'company-name.punctuation');
  await expect(inlineFrame(page, 'company-name').locator('.finding')).toContainText('comma before “Inc.”');
  await clickWhenSeen(inlineFrame(page, 'company-name').getByRole('button', { name: 'Fill in the exact registered name' }));
  await expect(fieldInput(page, 'company-name')).toHaveValue('Tesla, Inc.');
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'ok');
});
