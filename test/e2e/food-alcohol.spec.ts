import { expect, fieldInput, openReplica, test, tip } from './fixtures';

// Issue 12, item 6: alcohol named in Chinese or English warns with its own category and licence;
// cosmetics and body care that name food ingredients (vitamins, honey) do not.

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('wine named in Chinese warns with the alcohol category and licence; skin care with vitamins or honey does not', async ({ page }) => {
  await openReplica(page, 'profile.basic/first-time');
  await expect(tip(page, 'mp-intro')).toHaveCount(1, { timeout: 10_000 });
  const intro = fieldInput(page, 'mp-intro');
  const warning = tip(page, 'mp-intro').locator('.finding.warn');

  await intro.fill('波尔多葡萄酒与苏格兰威士忌专卖');
  await intro.blur();
  await expect(tip(page, 'mp-intro')).toHaveAttribute('data-mpg-codes', /food\.wording/);
  await expect(warning).toContainText('葡萄酒, 威士忌');
  await expect(warning).toContainText('商家自营 > 酒类');
  await expect(warning).toContainText('食品生产许可证');
  await expect(warning).toContainText('食品经营许可证');

  await intro.fill('进口白酒、啤酒和洋酒');
  await expect(warning).toContainText('白酒, 啤酒, 洋酒');

  await intro.fill('Vitamin C serum, honey face mask and 维生素C精华液、蜂蜜面膜、牛奶身体乳');
  await expect(tip(page, 'mp-intro')).not.toHaveAttribute('data-mpg-codes', /food\.wording/);
  await expect(warning.filter({ hasText: '食品' })).toHaveCount(0);

  await intro.fill('French wine and skin care');
  await expect(tip(page, 'mp-intro')).toHaveAttribute('data-mpg-codes', /food\.wording/);
});
