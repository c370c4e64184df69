import { expect, openReplica, panel, test } from './fixtures';

// Issue 12, item 7: a page is recognised from its own content (headings, step bars, dialog titles,
// form labels, the main area), never from its navigation menu or notice list naming other pages.

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

const root = (page: import('@playwright/test').Page) => page.locator(':root');

for (const name of ['negative/oa-home/current', 'negative/oa-home/legacy']) {
  test(`an Official Account home whose menu lists 小程序管理 and whose notices name 快速注册并认证小程序 is no page (${name})`, async ({ page }) => {
    await openReplica(page, name);
    await expect(page.getByText('快速注册并认证小程序', { exact: false }).first()).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('link', { name: '小程序管理' })).toBeVisible();
    await expect(root(page)).toHaveAttribute('data-mpg-ready', '');
    await page.waitForTimeout(500); // one more evaluation after the late render
    await expect(root(page)).not.toHaveAttribute('data-mpg-page', /.*/);
    await expect(await panel(page)).toHaveCount(0);
  });
}

test("the 小程序管理 menu item leads to the real 小程序管理 page, which is quick registration's entry", async ({ page }) => {
  await openReplica(page, 'negative/oa-home/current');
  await expect(page.getByRole('link', { name: '小程序管理' })).toBeVisible({ timeout: 10_000 });
  await page.getByRole('link', { name: '小程序管理' }).click();
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'quick.intro', { timeout: 10_000 });
});

test('a console home whose menu and notices name other pages is the console home', async ({ page }) => {
  await openReplica(page, 'home.guide/notices');
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'home.guide', { timeout: 10_000 });
  await expect(page.getByText('快速注册并认证小程序', { exact: false }).first()).toBeVisible();
  await page.waitForTimeout(500);
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'home.guide');
});
