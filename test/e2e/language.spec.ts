import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { expect, inlineFrame, launchTestConsole, panel, sidePanel, test, tip } from './fixtures';

// The UI language follows the browser's on first run (an en-US browser gets English, a zh-CN one
// 简体中文), is then chosen in the popup, followed live by every open extension page and
// console tab, and remembered across a browser restart.

type Launched = Awaited<ReturnType<typeof launchTestConsole>>;

const CONSOLE = replicaByName('register.account/legacy').url;
const LANGUAGE = 'Language / 语言';

function watchErrors(launched: Launched, page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  launched.context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

async function openConsole(launched: Launched): Promise<Page> {
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  await page.goto(CONSOLE);
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  return page;
}

async function openExtensionPage(launched: Launched, file: 'popup.html' | 'options.html'): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/${file}`);
  return page;
}

/** Leaves the email field with a space in it: its tip then shows a finding. */
async function typeBadEmail(page: Page): Promise<void> {
  const input = page.locator('#js_email');
  await input.fill('a b@example.com');
  await input.blur();
  await expect(tip(page, 'email')).toHaveAttribute('data-mpg-codes', /email\.format/);
}

async function expectEnglishConsole(page: Page): Promise<void> {
  await expect((await panel(page)).locator('.title')).toHaveText('Step 1 · Account info: login email and password');
  await expect(tip(page, 'email').locator('.name')).toHaveText('Email (login account)');
  await expect(inlineFrame(page, 'email').locator('.finding.error .severity')).toHaveText('Fix');
  await expect(inlineFrame(page, 'email').locator('.finding.error .text')).toContainText('The address contains a space');
  await expect((await sidePanel(page)).locator('[data-mpg-host="guide-panel"]')).toHaveAttribute('lang', 'en');
}

async function expectChineseConsole(page: Page): Promise<void> {
  await expect((await panel(page)).locator('.title')).toHaveText('第 1 步 · 帐号信息：登录邮箱和密码');
  await expect((await panel(page)).locator('h3').first()).toHaveText('本步骤需要');
  await expect(tip(page, 'email').locator('.name')).toHaveText('邮箱（登录帐号）');
  // The console's own hint under the field, explained in plain Chinese with no English left.
  await expect(tip(page, 'email').locator('.note .en').first()).toHaveText(/^这个邮箱将作为登录帐号/);
  await expect(inlineFrame(page, 'email').locator('.finding.error .severity')).toHaveText('需修改');
  await expect(inlineFrame(page, 'email').locator('.finding.error .text')).toContainText('地址中有空格');
  await expect((await sidePanel(page)).locator('[data-mpg-host="guide-panel"]')).toHaveAttribute('lang', 'zh-CN');
}

test('switches every extension UI to 简体中文 from the popup, live, and remembers it after a restart', async () => {
  test.setTimeout(120_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'mpg-language-'));
  let launched = await launchTestConsole({ userDataDir });
  try {
    // English in an English browser.
    let consolePage = await openConsole(launched);
    const errors = watchErrors(launched, consolePage);
    await typeBadEmail(consolePage);
    await expectEnglishConsole(consolePage);

    const popup = await openExtensionPage(launched, 'popup.html');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Progress');
    await expect(popup.getByLabel(LANGUAGE)).toHaveValue('en');
    await popup.getByLabel(LANGUAGE).selectOption('zh_CN');

    // The popup follows at once…
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('进度');
    await expect(popup.getByText('管理客户')).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(popup.getByLabel(LANGUAGE)).toHaveValue('zh_CN');
    // …and so does the console tab that was already open: panel, tips and findings, without a reload.
    await expectChineseConsole(consolePage);

    // A reloaded console page starts in Chinese.
    await consolePage.reload();
    await expect(consolePage.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
    await typeBadEmail(consolePage);
    await expectChineseConsole(consolePage);

    // The options page too.
    const options = await openExtensionPage(launched, 'options.html');
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('客户资料');
    await expect(options.getByRole('button', { name: '新建客户' })).toBeVisible();
    await expect(options.getByLabel(LANGUAGE)).toHaveValue('zh_CN');
    await expect(options).toHaveTitle('MP Console Guide · 客户资料');
    expect(errors).toEqual([]);
    expect(launched.foreignRequests).toEqual([]);

    // Restart the browser with the same profile: the choice is remembered.
    await launched.context.close();
    launched = await launchTestConsole({ userDataDir });
    consolePage = await openConsole(launched);
    const errorsAfter = watchErrors(launched, consolePage);
    await typeBadEmail(consolePage);
    await expectChineseConsole(consolePage);
    const popupAfter = await openExtensionPage(launched, 'popup.html');
    await expect(popupAfter.getByRole('heading', { level: 1 })).toHaveText('进度');

    // Back to English from the options page: it, the open popup and the console tab all follow.
    const optionsAfter = await openExtensionPage(launched, 'options.html');
    await expect(optionsAfter.getByRole('heading', { level: 1 })).toHaveText('客户资料');
    await optionsAfter.getByLabel(LANGUAGE).selectOption('en');
    await expect(optionsAfter.getByRole('heading', { level: 1 })).toHaveText('Client profiles');
    await expect(optionsAfter.locator('html')).toHaveAttribute('lang', 'en');
    await expect(popupAfter.getByRole('heading', { level: 1 })).toHaveText('Progress');
    await expectEnglishConsole(consolePage);
    expect(errorsAfter).toEqual([]);
    expect(launched.foreignRequests).toEqual([]);
  } finally {
    await launched.context.close();
  }
});

test('a Chinese browser gets 简体中文 on first run, and a choice made later is kept over a restart', async () => {
  test.setTimeout(120_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'mpg-language-zh-'));
  let launched = await launchTestConsole({ userDataDir, language: 'zh-CN' });
  try {
    const consolePage = await openConsole(launched);
    await typeBadEmail(consolePage);
    await expectChineseConsole(consolePage);
    const popup = await openExtensionPage(launched, 'popup.html');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('进度');
    await expect(popup.getByLabel(LANGUAGE)).toHaveValue('zh_CN');
    await popup.getByLabel(LANGUAGE).selectOption('en');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Progress');
    // Not a first run any more: the browser's language no longer decides.
    await launched.context.close();
    launched = await launchTestConsole({ userDataDir, language: 'zh-CN' });
    const again = await openConsole(launched);
    await typeBadEmail(again);
    await expectEnglishConsole(again);
  } finally {
    await launched.context.close();
  }
});
