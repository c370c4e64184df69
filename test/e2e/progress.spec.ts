import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { expect, launchTestConsole, test } from './fixtures';

// The popup follows a client through the replica registration pages, shows the deadlines and the
// badge, and keeps a manual tick across a browser restart (same browser profile).

type Launched = Awaited<ReturnType<typeof launchTestConsole>>;
type ChromeAction = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };

async function badgeText(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(() => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}));
}

async function openPopup(launched: Launched): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  return popup;
}

/** The page id the extension set on the console page (the panel's shadow root has an <html> of its own). */
const pageIdOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.mpgPage ?? null);
const step = (popup: Page, id: string) => popup.locator(`[data-step="${id}"]`);
const deadline = (popup: Page, id: string) => popup.locator(`[data-deadline="${id}"]`);

function watchErrors(launched: Launched, page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  launched.context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

test('follows a client from registration to the 45-day deadline, and keeps a manual tick after a restart', async () => {
  test.setTimeout(120_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'mpg-progress-'));
  let launched = await launchTestConsole({ userDataDir });
  try {
    const { context } = launched;
    const consolePage = context.pages()[0] ?? (await context.newPage());
    const errors = watchErrors(launched, consolePage);

    // The client, through the options page.
    await consolePage.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await consolePage.getByRole('button', { name: 'New client' }).click();
    await consolePage.getByLabel('Client label').fill('Acme HK');
    await consolePage.getByLabel('Registered company name').fill('ACME TRADING (HONG KONG) LIMITED');
    await consolePage.getByLabel('Country/region', { exact: true }).selectOption('HK');
    await consolePage.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(consolePage.getByText('ACME TRADING (HONG KONG) LIMITED').first()).toBeVisible();

    // Account step, then 注册: the page switches in place to email activation.
    await consolePage.goto(replicaByName('register.account/current').url);
    await expect.poll(() => pageIdOf(consolePage), { timeout: 10_000 }).toBe('register.account');
    await consolePage.getByRole('button', { name: '注册' }).click();
    await expect.poll(() => pageIdOf(consolePage)).toBe('register.activate');

    const popup = await openPopup(launched);
    await expect(popup.locator('.client-label').first()).toHaveText('Acme HK');
    await expect(popup.getByLabel('Path')).toHaveValue('overseas');
    await expect(step(popup, 'account')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('.now-title')).toHaveText('Activate the email');
    await expect(deadline(popup, 'activation-link')).toContainText('Due soon');
    await expect(deadline(popup, 'activation-link')).toContainText(/2[34] hours left/);
    await expect.poll(() => badgeText(context)).toBe('1');

    // Information registration: 继续, 确定, and the success dialog 信息提交成功.
    await consolePage.goto(replicaByName('register.entity/overseas/current').url);
    await expect.poll(() => pageIdOf(consolePage), { timeout: 10_000 }).toBe('register.entity');
    await consolePage.getByRole('button', { name: '继续' }).click();
    await consolePage.getByRole('button', { name: '确定' }).click();
    await expect(consolePage.getByText('信息提交成功')).toBeVisible();

    // The popup, still open, moves on by itself.
    await expect(step(popup, 'entity-admin')).toHaveAttribute('data-status', 'done');
    await expect(step(popup, 'email-activation')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('.now-title')).toHaveText('Get the AppID');
    await expect(deadline(popup, 'activation-link')).toHaveCount(0);
    await expect(deadline(popup, 'verification-45-days')).toContainText('Complete WeChat verification (45 days after registering)');
    await expect(deadline(popup, 'verification-45-days')).toContainText('44 days left');
    await expect.poll(() => badgeText(context)).toBe('');

    // The console home page shows the AppID: it completes that step and fills the empty profile field.
    await consolePage.goto(replicaByName('home.guide/current').url);
    await expect.poll(() => pageIdOf(consolePage), { timeout: 10_000 }).toBe('home.guide');
    await expect(step(popup, 'appid')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('.now-title')).toHaveText('Upload the verification documents');
    const stored = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'profiles.get' }));
    expect(stored).toMatchObject({ state: { profiles: [{ label: 'Acme HK', appId: 'wx8f3c2a91d4b6e705' }] } });

    // A step only the user knows about: tick, undo, tick again.
    const fee = popup.getByRole('checkbox', { name: 'Pay the verification fee' });
    await fee.check();
    await expect(step(popup, 'fee')).toHaveAttribute('data-status', 'done');
    await expect(popup.getByRole('status')).toContainText('“Pay the verification fee” marked as done.');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect(step(popup, 'fee')).toHaveAttribute('data-status', 'upcoming');
    await expect(fee).not.toBeChecked();
    await fee.focus();
    await popup.keyboard.press('Space');
    await expect(step(popup, 'fee')).toHaveAttribute('data-status', 'done');
    // Documents were uploaded before paying: the step before counts as passed.
    await expect(step(popup, 'verify-documents')).toHaveAttribute('data-status', 'passed');
    await expect(deadline(popup, 'verification-review')).toContainText('Expected');

    await popup.evaluate(() => document.querySelector('.popup')?.scrollTo(0, 0));
    await popup.screenshot({ path: '/tmp/popup.png' });
    // WCAG 2 A/AA, contrast included, with an overdue-free and a due-soon deadline on screen.
    const audit = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(launched.foreignRequests).toEqual([]);
  } finally {
    await launched.context.close();
  }

  // Same browser profile, new browser: everything is still there.
  launched = await launchTestConsole({ userDataDir });
  try {
    const popup = await openPopup(launched);
    await expect(step(popup, 'fee')).toHaveAttribute('data-status', 'done');
    await expect(step(popup, 'entity-admin')).toHaveAttribute('data-status', 'done');
    await expect(popup.getByRole('checkbox', { name: 'Pay the verification fee' })).toBeChecked();
    await expect(deadline(popup, 'verification-45-days')).toBeVisible();
    expect(launched.foreignRequests).toEqual([]);
  } finally {
    await launched.context.close();
  }
});

test('switches clients with the search box and saves a Markdown summary without notes', async () => {
  const launched = await launchTestConsole();
  try {
    const popup = await openPopup(launched);
    const errors = watchErrors(launched, popup);
    await expect(popup.getByText('No clients yet')).toBeVisible();
    // Clients created from an extension page, as the options page does.
    for (const profile of [
      { label: 'Acme HK', companyName: 'ACME TRADING (HONG KONG) LIMITED', countryRegion: 'HK', notes: 'Ms Li: 555 0100' },
      { label: 'Shenzhen Widgets', companyName: '深圳市示例科技有限公司', countryRegion: 'CN' },
      { label: 'Kiwi Foods', companyName: 'Kiwi Foods Limited', countryRegion: 'NZ', hasVerifiedOfficialAccount: true },
    ]) {
      const reply = await popup.evaluate((p) => chrome.runtime.sendMessage({ type: 'profiles.save', profile: p }), profile);
      expect(reply).toMatchObject({ ok: true });
    }
    await expect(popup.locator('.client-label').first()).toHaveText('Acme HK');

    await popup.getByRole('button', { name: 'Change client' }).click();
    await expect(popup.getByLabel('Search clients')).toBeFocused();
    await popup.keyboard.type('shenzhen');
    await expect(popup.locator('.client-option')).toHaveCount(1);
    await popup.keyboard.press('Enter');
    await expect(popup.locator('.client-label').first()).toHaveText('Shenzhen Widgets');
    await expect(popup.getByRole('button', { name: 'Change client' })).toBeFocused();
    await expect(popup.getByLabel('Path')).toHaveValue('mainland');
    await expect(popup.locator('[data-step="filing-sms"]')).toBeVisible();

    await popup.getByRole('button', { name: 'Change client' }).click();
    await popup.getByLabel('Search clients').fill('kiwi');
    await popup.getByRole('button', { name: /Kiwi Foods/ }).click();
    await expect(popup.getByLabel('Path')).toHaveValue('quick');
    await expect(popup.locator('.now-title')).toHaveText('Start quick registration');

    await popup.getByRole('button', { name: 'Change client' }).click();
    await popup.getByLabel('Search clients').fill('acme');
    await popup.keyboard.press('Enter');
    await expect(popup.locator('.client-label').first()).toHaveText('Acme HK');
    await expect(popup.getByRole('status')).toHaveText('Now working on Acme HK.');
    await popup.locator('[data-fold="summary"] > summary').click(); // the folded section
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save as Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Acme-HK-progress-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(text).toContain('# Acme HK: WeChat Mini Program progress');
    expect(text).toContain('Path: Overseas online registration');
    expect(text).toContain('**Create the login account**');
    expect(text).not.toContain('555 0100');
    expect(errors).toEqual([]);
  } finally {
    await launched.context.close();
  }
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
