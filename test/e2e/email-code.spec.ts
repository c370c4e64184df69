import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { expect as expectOnReplica, launchTestConsole, openReplica, panel, test, tip } from './fixtures';

// Step 1 on newer pages: the console emails a 6-digit code instead of the picture captcha, and no
// activation link follows (issue 12 item 5, issue 13 item 4; replica register-account.email-code.html).

const read = (file: string): Record<string, string> => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8'));
const english = { ...read('en/email-code.json'), ...read('en/email-code-progress.json') };
const chinese = { ...read('zh_CN/email-code.json'), ...read('zh_CN/email-code-progress.json') };
const LANGUAGE = 'Language / 语言';

test.describe('the account step with an emailed code', () => {
  test.afterEach(async ({ pageErrors, foreignRequests }) => {
    expectOnReplica(pageErrors).toEqual([]);
    expectOnReplica(foreignRequests).toEqual([]);
  });

  test('is recognised as the account step, and its code field is explained', async ({ page }) => {
    await openReplica(page, 'register.account/email-code');
    await expectOnReplica(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
    for (const id of ['email', 'password', 'password-confirm', 'email-code']) await expectOnReplica(tip(page, id), id).toHaveCount(1);
    await expectOnReplica(tip(page, 'captcha')).toHaveCount(0);
    await expectOnReplica(tip(page, 'email-code').locator('.name')).toHaveText(english['field.email-code.name']!);
    await expectOnReplica(tip(page, 'email-code')).toContainText('6-digit code');
    await expectOnReplica(await panel(page)).toContainText(english['guide.register-account.email-code']!);
  });

  test('注册 leads straight to information registration, with no activation step', async ({ page }) => {
    await openReplica(page, 'register.account/email-code');
    await expectOnReplica(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expectOnReplica(page.getByText('验证码已发送至你的邮箱')).toBeVisible();
    await page.getByRole('button', { name: '注册' }).click();
    await expectOnReplica(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  });
});

type Launched = Awaited<ReturnType<typeof launchTestConsole>>;
const pageIdOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.mpgPage ?? null);
const step = (popup: Page, id: string) => popup.locator(`[data-step="${id}"]`);
const deadline = (popup: Page, id: string) => popup.locator(`[data-deadline="${id}"]`);

async function openPopup(launched: Launched): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  return popup;
}

test('the progress tracker does not wait for an activation link after an emailed code', async () => {
  test.setTimeout(120_000);
  const launched = await launchTestConsole();
  try {
    const consolePage = launched.context.pages()[0] ?? (await launched.context.newPage());
    const errors: string[] = [];
    consolePage.on('pageerror', (error) => errors.push(error.message));

    await consolePage.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await consolePage.getByRole('button', { name: 'New client' }).click();
    await consolePage.getByLabel('Client label').fill('Acme HK');
    await consolePage.getByLabel('Registered company name').fill('ACME TRADING (HONG KONG) LIMITED');
    await consolePage.getByLabel('Country/region', { exact: true }).selectOption('HK');
    await consolePage.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(consolePage.getByText('ACME TRADING (HONG KONG) LIMITED').first()).toBeVisible();

    await consolePage.goto(replicaByName('register.account/email-code').url);
    await expect.poll(() => pageIdOf(consolePage), { timeout: 10_000 }).toBe('register.account');

    const popup = await openPopup(launched);
    // On the page: the account step is current, the activation step is not needed.
    await expect(step(popup, 'email-activation')).toHaveAttribute('data-status', 'skipped');
    await expect(step(popup, 'email-activation')).toContainText('Not needed');
    await expect(step(popup, 'email-code')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('.now-title')).toHaveText('Create the login account');

    // The account is created (ticked by hand here, as a user may): the next step is information
    // registration, and no 24-hour activation deadline opens.
    await popup.getByRole('checkbox', { name: 'Create the login account' }).check();
    await expect(step(popup, 'account')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('.now-title')).toHaveText('Enter entity and administrator details');
    await expect(deadline(popup, 'activation-link')).toHaveCount(0);

    // In Chinese too: the popup's status and the code field's tip.
    await popup.getByLabel(LANGUAGE).selectOption('zh_CN');
    await expect(step(popup, 'email-activation')).toContainText(chinese['popup.steps.skipped']!);
    await expect(tip(consolePage, 'email-code').locator('.name')).toHaveText(chinese['field.email-code.name']!);
    await expect(tip(consolePage, 'email-code')).toContainText('6 位验证码');

    // 注册 on the console goes straight to information registration; still no activation deadline.
    await consolePage.getByRole('button', { name: '注册' }).click();
    await expect.poll(() => pageIdOf(consolePage), { timeout: 10_000 }).toBe('register.entity');
    await expect(step(popup, 'entity-admin')).toHaveAttribute('aria-current', 'step');
    await expect(deadline(popup, 'activation-link')).toHaveCount(0);
    expect(errors).toEqual([]);
    expect(launched.foreignRequests).toEqual([]);
  } finally {
    await launched.context.close();
  }
});
