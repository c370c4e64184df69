import type { Page } from '@playwright/test';
import { createProfile, expect, fieldInput, clickWhenSeen, inlineFrame, openReplica, test, tip, typeAsUser } from './fixtures';

// Live field checks on the replica registration pages, with a client profile created the way a
// user creates it: through the options page.

const AZOYA = {
  label: 'Azoya HK',
  company: '正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED',
  number: '1234567',
  officialAccountEmail: 'brand@azoya.example',
};

async function typeAndLeave(page: Page, fieldId: string, value: string) {
  const input = fieldInput(page, fieldId);
  await typeAsUser(input, value);
  await input.blur();
  return input;
}

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test.describe('with a client profile', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    await createProfile(page, extensionId, {
      label: AZOYA.label,
      company: AZOYA.company,
      number: AZOYA.number,
      country: 'HK',
      officialAccountEmail: AZOYA.officialAccountEmail,
    });
  });

  test('names the script difference in the company name and fills the exact name', async ({ page }) => {
    await openReplica(page, 'register.entity/overseas/current');
    await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
    const input = await typeAndLeave(page, 'company-name', '正雅国际(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'error');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', /company-name\.script/);
    await expect(inlineFrame(page, 'company-name').locator('.finding')).toContainText('國際');

    await page.evaluate(() => {
      (window as unknown as { inputEvents: number }).inputEvents = 0;
      document.addEventListener('input', () => (window as unknown as { inputEvents: number }).inputEvents++, true);
    });
    const fill = inlineFrame(page, 'company-name').getByRole('button', { name: 'Fill in the exact registered name' });
    // The frame's size is fixed: however long the finding above it, the button shows whole, unscrolled.
    await expect(fill).toBeVisible();
    const whole = await fill.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return { top: Math.round(box.top), bottom: Math.round(box.bottom), height: innerHeight };
    });
    expect(whole.top, JSON.stringify(whole)).toBeGreaterThanOrEqual(0);
    expect(whole.bottom, JSON.stringify(whole)).toBeLessThanOrEqual(whole.height);
    await clickWhenSeen(fill);
    await expect(input).toHaveValue(AZOYA.company);
    expect(await page.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents)).toBeGreaterThan(0);
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'ok');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', '');
  });

  test('tells letter case from other differences, live once the field was left', async ({ page }) => {
    await openReplica(page, 'register.entity/overseas/legacy');
    const input = await typeAndLeave(page, 'company-name', AZOYA.company.toLowerCase());
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', /company-name\.case/);
    // After the first blur, every keystroke re-checks.
    await typeAsUser(input, 'Completely Different Ltd');
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', /company-name\.mismatch/);
  });

  test('flags the Official Account email, and records an email the console says is taken', async ({ page, extensionId }) => {
    await openReplica(page, 'register.account/current');
    await expect(tip(page, 'email')).toHaveCount(1, { timeout: 10_000 });
    await typeAndLeave(page, 'email', AZOYA.officialAccountEmail);
    await expect(tip(page, 'email')).toHaveAttribute('data-mpg-codes', /email\.same-as-official-account/);

    await typeAndLeave(page, 'email', 'taken@example.com');
    // The replica console answers 该邮箱已被占用，请更换其他邮箱; the tip explains it in English…
    await expect(tip(page, 'email').locator('.note', { hasText: '该邮箱已被占用' })).toContainText('already');
    // …and the address is remembered for this client.
    await expect(tip(page, 'email')).toHaveAttribute('data-mpg-codes', /email\.used-before/);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByText('1 email recorded')).toBeVisible();
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByText('taken@example.com')).toBeVisible();
  });

  test('passes a well-formed new email with only the personal-WeChat reminder', async ({ page }) => {
    await openReplica(page, 'register.account/legacy');
    await typeAndLeave(page, 'email', 'miniprogram@azoya.example');
    await expect(tip(page, 'email')).toHaveAttribute('data-mpg-status', 'info');
    await expect(tip(page, 'email')).toHaveAttribute('data-mpg-codes', 'email.not-bound-to-wechat');
  });
});

test('checks the password rules as a live checklist and the confirmation', async ({ page }) => {
  await openReplica(page, 'register.account/legacy');
  await typeAndLeave(page, 'password', 'abc');
  await expect(tip(page, 'password')).toHaveAttribute('data-mpg-status', 'error');
  await expect(tip(page, 'password')).toHaveAttribute('data-mpg-codes', /password\.length/);
  await expect(tip(page, 'password').locator('.checklist .todo').first()).toBeVisible();
  await typeAndLeave(page, 'password', 'Harbour2026!');
  await expect(tip(page, 'password')).toHaveAttribute('data-mpg-status', 'ok');
  await typeAndLeave(page, 'password-confirm', 'Harbour2025!');
  await expect(tip(page, 'password-confirm')).toHaveAttribute('data-mpg-codes', /password\.confirm-mismatch/);
});

test('warns prominently about the personal entity type as soon as it is chosen', async ({ page }) => {
  await openReplica(page, 'register.entity/mainland/current');
  await expect(tip(page, 'entity-type')).toHaveCount(1, { timeout: 10_000 });
  await expect(tip(page, 'entity-type')).not.toHaveAttribute('data-mpg-codes', /entity\.personal/);
  await page.getByText('个人', { exact: true }).first().click();
  await expect(tip(page, 'entity-type')).toHaveAttribute('data-mpg-status', 'error');
  await expect(tip(page, 'entity-type')).toHaveAttribute('data-mpg-codes', /entity\.personal/);
  await expect(tip(page, 'entity-type').locator('.finding.error')).toContainText('WeChat Pay');
});

test('validates a mainland unified social credit code, check character included', async ({ page }) => {
  await openReplica(page, 'register.entity/mainland/legacy');
  await typeAndLeave(page, 'registration-number', '91350100M000100Y44');
  await expect(tip(page, 'registration-number')).toHaveAttribute('data-mpg-codes', /registration-number\.checksum/);
  await typeAndLeave(page, 'registration-number', '91350100M000100Y43');
  await expect(tip(page, 'registration-number')).toHaveAttribute('data-mpg-status', 'ok');
});
