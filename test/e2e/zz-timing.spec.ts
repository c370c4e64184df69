import { expect, openReplica, panel, test } from './fixtures';
for (let i = 0; i < 10; i++)
  test(`panel ${i}`, async ({ page }) => {
    await openReplica(page, 'verify.payment/wxpay/legacy');
    await expect(page.locator('xpath=/html')).toHaveAttribute('data-mpg-page', /./, { timeout: 10_000 });
    await expect((await panel(page)).locator('.title')).not.toHaveText('');
  });
