import { createProfile, expect, fieldInput, openReplica, panel, test, tip } from './fixtures';

// Checks on the pages after registration: store name and introduction (food wording, length),
// and filing guidance by the client's country.

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('warns about food wording in the name and introduction, but not food-grade packaging', async ({ page }) => {
  await openReplica(page, 'profile.basic/first-time');
  await expect(tip(page, 'mp-name')).toHaveCount(1, { timeout: 10_000 });
  const name = fieldInput(page, 'mp-name');
  await name.fill('Jade Peak 奶粉旗舰店');
  await name.blur();
  await expect(tip(page, 'mp-name')).toHaveAttribute('data-mpg-codes', /food\.wording/);
  await expect(tip(page, 'mp-name').locator('.finding.warn')).toContainText('奶粉');
  await name.fill('Jade Peak 食品级硅胶厨具');
  await expect(tip(page, 'mp-name')).not.toHaveAttribute('data-mpg-codes', /food\.wording/);
  // Counted as the console counts: each Chinese character is 2.
  await name.fill('翠'); // 2 of the 4 the console requires
  await expect(tip(page, 'mp-name')).toHaveAttribute('data-mpg-codes', /mp-name\.length/);
});

test('tells an overseas client that filing does not apply, and a mainland client nothing of the sort', async ({ page, extensionId }) => {
  await createProfile(page, extensionId, { label: 'Jade Peak HK', company: '翠峰貿易(香港)有限公司', country: 'HK' });
  await openReplica(page, 'filing.form/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'filing.form', { timeout: 10_000 });
  await expect((await panel(page)).locator('.notice')).toContainText('no ICP filing');

  await createProfile(page, extensionId, { label: 'Hangzhou Client', company: '杭州翠峰贸易有限公司', country: 'CN' });
  await page
    .getByRole('button', { name: /Make active/ })
    .last()
    .click();
  await openReplica(page, 'filing.form/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'filing.form', { timeout: 10_000 });
  await expect((await panel(page)).locator('.notice')).toHaveCount(0);
});

test('refuses an emergency contact equal to the main mobile on the filing form', async ({ page }) => {
  await openReplica(page, 'filing.form/current');
  await expect(tip(page, 'filing-emergency-contact')).toHaveCount(1, { timeout: 10_000 });
  await fieldInput(page, 'filing-mobile').fill('13800138000');
  await fieldInput(page, 'filing-mobile').blur();
  await fieldInput(page, 'filing-emergency-contact').fill('13800138000');
  await fieldInput(page, 'filing-emergency-contact').blur();
  await expect(tip(page, 'filing-emergency-contact')).toHaveAttribute('data-mpg-codes', /filing\.emergency-same/);
});
