import { expect, openReplica, panel, renderLate, test, tip } from './fixtures';

// The built extension on the replica registration pages, in a real Chromium.

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

// Every recognised replica's guide and tips, and nothing on pages no rule knows: every-replica.spec.ts.

test('waits for the late-rendered form instead of giving up at load', async ({ page }) => {
  await renderLate(page);
  await openReplica(page, 'register.account/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-ready', '');
  await expect(page.locator(':root')).not.toHaveAttribute('data-mpg-page', /.*/);
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 15_000 });
  await expect(tip(page, 'email')).toHaveCount(1);
});

for (const name of ['register.account/current', 'register.account/legacy']) {
  test(`follows the in-place switch to email activation on ${name}`, async ({ page }) => {
    await openReplica(page, name);
    await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
    const urlBefore = page.url();
    await page.getByRole('button', { name: '注册' }).click();
    await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.activate');
    expect(page.url()).toBe(urlBefore);
    await expect(tip(page, 'email')).toHaveCount(0);
    await expect(await panel(page)).toContainText('Activate');
  });
}

test('follows pushState navigation from the account step to information registration', async ({ page }) => {
  await openReplica(page, 'register.account/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  await page.locator('[data-replica-navigate]').first().click();
  await expect(page).toHaveURL(/action=step3/);
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  await expect(tip(page, 'admin-mobile')).toHaveCount(1);
  await expect(tip(page, 'email')).toHaveCount(0);
});

test('notes the English console on lang=en_US pages', async ({ page }) => {
  await openReplica(page, 'register.account/en');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  await expect((await panel(page)).locator('.lang-note')).toBeVisible();
});

test('remembers a collapsed panel across reloads', async ({ page }) => {
  await openReplica(page, 'register.account/legacy');
  await expect(await panel(page)).toBeVisible();
  await (await panel(page)).getByRole('button', { name: 'Collapse guide' }).click();
  await expect((await panel(page)).locator('.needs')).toHaveCount(0);
  await page.reload();
  await expect(await panel(page)).toBeVisible();
  await expect((await panel(page)).getByRole('button', { name: 'Show guide' })).toBeVisible();
  await expect((await panel(page)).locator('.needs')).toHaveCount(0);
});

test("keeps its styles in and the page's styles out", async ({ page }) => {
  await openReplica(page, 'register.account/legacy');
  await expect(tip(page, 'email')).toHaveCount(1);
  // A hostile page stylesheet targeting everything must not restyle the handle or the tips.
  await page.addStyleTag({
    content: '* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } button, .name, .open { display: none !important; }',
  });
  const handle = page.locator('[data-mpg-host="panel-handle"] button');
  await expect(handle).toBeVisible();
  expect(await handle.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)');
  await expect(tip(page, 'email').locator('.name')).toBeVisible();
  expect(
    await tip(page, 'email')
      .locator('.name')
      .evaluate((el) => getComputedStyle(el).color),
  ).not.toBe('rgb(255, 0, 0)');
  // And our styles don't leak out: the page's labels keep their own look.
  const labelColor = await page
    .locator('label')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  expect(labelColor).toBe('rgb(255, 0, 0)');
});
