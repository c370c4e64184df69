import { clickWhenSeen, createProfile, expect, fieldInput, inlineFrame, openReplica, test, tip, typeAsUser } from './fixtures';

// The current verification form (微信认证 step 2): 企业名称 gets its tip and the company-name check
// against the client's certificate, as on registration, and the entity-type tip explains the types
// the page offers (个体工商户 here, 团队 on registration), not a fixed list.

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('企业名称 on the verification form is checked against the certificate and can be filled exactly', async ({ page, extensionId }) => {
  const company = '正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED';
  await createProfile(page, extensionId, { label: 'Azoya HK', company, country: 'HK' });
  await openReplica(page, 'verify.documents/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  await expect(tip(page, 'company-name').locator('.name')).toHaveText('Company name');
  const input = fieldInput(page, 'company-name');
  // The check against the certificate runs on the user's own edits only (issue 19).
  await typeAsUser(input, '正雅国际(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED');
  await input.blur();
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', /company-name\.script/);
  await expect(inlineFrame(page, 'company-name').locator('.finding')).toContainText('國際');
  await clickWhenSeen(inlineFrame(page, 'company-name').getByRole('button', { name: 'Fill in the exact registered name' }));
  await expect(input).toHaveValue(company);
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'ok');
});

test('the entity-type tip names the types each page offers', async ({ page }) => {
  await openReplica(page, 'verify.documents/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  const verifyAbout = tip(page, 'entity-type').locator('.about');
  await expect(verifyAbout).toContainText('个体工商户 Individual business');
  await expect(verifyAbout).not.toContainText('个人');

  await openReplica(page, 'register.entity/live-2026/legacy');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  const registerAbout = tip(page, 'entity-type').locator('.about');
  await expect(registerAbout).toContainText('团队 Team');
  await expect(registerAbout).toContainText('个人 Personal');
});
