import { readFile } from 'node:fs/promises';
import type { BrowserContext } from '@playwright/test';
import Papa from 'papaparse';
import { replicaByName } from '../../replicas/replicas.mjs';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION } from '../../storage/exchange';
import { readFixture } from '../support/serve.mjs';
import { sendMessage, serviceWorker, storageDump } from './extension';
import { createProfile, expect, openReplica, pageIdOf, test, tip } from './fixtures';

// Issue 19, items 5–11: what a hostile console page (or a plain article on the console's host)
// cannot make the extension record, lose or run. Each test reproduces the red team's attack with
// the built extension in Chromium.

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const AT = '2025-01-02T03:04:05.000Z';
const MP = 'https://mp.weixin.qq.com';

test.afterEach(async ({ foreignRequests }) => {
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

interface StoredProfile {
  id: string;
  label: string;
  appId: string;
  emails: { address: string; status: string; from?: string }[];
}
async function storedProfiles(context: BrowserContext): Promise<StoredProfile[]> {
  return ((await storageDump(context)).profiles as { profiles: StoredProfile[] }).profiles;
}
async function storedSteps(context: BrowserContext): Promise<Record<string, { url?: string }>> {
  const progress = (await storageDump(context)).progress as { clients?: Record<string, { steps?: Record<string, { url?: string }> }> } | undefined;
  return Object.values(progress?.clients ?? {})[0]?.steps ?? {};
}

async function seed(context: BrowserContext, items: Record<string, unknown>): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate((values) => chrome.storage.local.set(values), items);
}

const profile = (fields: Record<string, unknown>) => ({ id: 'p-acme', label: 'Acme HK', companyName: 'ACME LIMITED', createdAt: AT, updatedAt: AT, ...fields });

test('5: a page confirming its own addresses as "taken" evicts none of the client’s emails, and records few', async ({ context, page, extensionId }) => {
  // A client with a full history: 1,000 addresses the user entered.
  const emails = Array.from({ length: 1000 }, (_, i) => ({ address: `real${i}@acme.example`, status: 'used', at: AT }));
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await seed(context, { profiles: { profiles: [profile({ emails })], activeId: 'p-acme' }, profiles$: { v: 1 } });
  await openReplica(page, 'register.account/current');
  await expect(tip(page, 'email')).toHaveCount(1, { timeout: 10_000 });
  // The page types 30 addresses with execCommand (trusted input events) and answers each with the
  // console's "taken" message.
  await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input[data-replica-reject]')!;
    const message = document.querySelector<HTMLElement>('[data-replica-msg-for="email"]')!;
    for (let i = 0; i < 30; i++) {
      input.focus();
      input.select();
      document.execCommand('insertText', false, `flood${i}@attacker.example`);
      input.blur();
      message.textContent = '该邮箱已被占用，请更换其他邮箱';
      message.hidden = false;
      await new Promise((resolve) => setTimeout(resolve, 200));
      message.hidden = true;
      message.textContent = '';
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForTimeout(500);
  const after = (await storedProfiles(context))[0]!.emails;
  const real = after.filter((e) => e.address.startsWith('real'));
  expect(real, 'every address the user entered is still there').toHaveLength(1000);
  expect(after.filter((e) => e.address.startsWith('flood')).length, 'page-reported records are limited per page load').toBeLessThanOrEqual(5);
});

/** A plain article under /s/: no script, the console home's two markers and an AppID. */
const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>小程序上线指南</title></head><body>
<h1>小程序发布流程</h1><p>登录后台，在首页点击 去备案 完成备案。</p><p>AppID(小程序ID) wx1111111111111111</p></body></html>`;

test('6: a plain article on the console host records nothing; a different AppID on the real console is shown to confirm', async ({
  context,
  page,
  extensionId,
}) => {
  await createProfile(page, extensionId, { label: 'Acme HK', company: 'ACME LIMITED', country: 'HK' });
  await page.route(`${MP}/s/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARTICLE }));
  await page.goto(`${MP}/s/AbCdEf123`);
  await expect(page.getByText('wx1111111111111111')).toBeVisible();
  await page.waitForTimeout(3000);
  expect((await storedProfiles(context))[0]!.appId, 'no AppID from an article').toBe('');
  expect(Object.keys(await storedSteps(context)), 'no step from an article').toEqual([]);

  // A profile with an AppID (planted before, or typed wrong); the real console home shows another.
  const [acme] = await storedProfiles(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  expect(await sendMessage(options, { type: 'profiles.save', profile: { ...acme, appId: 'wx1111111111111111' } })).toMatchObject({ ok: true });
  await page.goto(replicaByName('home.guide/current').url);
  await expect.poll(() => pageIdOf(page), { timeout: 10_000 }).toBe('home.guide');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const question = popup.getByRole('group', { name: 'Which AppID is right?' });
  await expect(question).toContainText('wx8f3c2a91d4b6e705');
  await expect(question).toContainText('wx1111111111111111');
  expect((await storedProfiles(context))[0]!.appId, 'not replaced silently').toBe('wx1111111111111111');
  await question.getByRole('button', { name: 'Use wx8f3c2a91d4b6e705' }).click();
  await expect.poll(async () => (await storedProfiles(context))[0]!.appId).toBe('wx8f3c2a91d4b6e705');
  await expect(question).toHaveCount(0);
});

test('7: a synthetic Escape does not switch presenter mode off', async ({ context, page, extensionId }) => {
  await createProfile(page, extensionId, { label: 'Acme HK', company: 'ACME LIMITED', country: 'HK' });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  expect(await sendMessage(options, { type: 'settings.update', patch: { presenter: true } })).toMatchObject({ ok: true });
  await openReplica(page, 'register.entity/overseas/current');
  const callout = page.locator('[data-mpg-host="presenter"] .callout');
  await expect(callout).toHaveCount(1, { timeout: 10_000 });
  await page.evaluate(() => {
    for (const target of [document, document.body, document.activeElement ?? document.body]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }));
    }
  });
  await page.waitForTimeout(1000);
  await expect(callout).toHaveCount(1);
  expect(((await storageDump(context)).settings as { presenter?: boolean }).presenter).toBe(true);
  // The trainer's own Esc still leaves.
  await page.keyboard.press('Escape');
  await expect(callout).toHaveCount(0);
  await expect.poll(async () => ((await storageDump(context)).settings as { presenter?: boolean }).presenter).toBe(false);
});

test('8: a company name with a line break cannot smuggle a formula into the overview CSV', async ({ context, page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const names = ['=HYPERLINK("https://evil.example","x")\nACME LIMITED', 'ACME\n+1', '\t=1+1', '\r@SUM(A1)', 'Plain (HK) Limited'];
  await seed(context, {
    profiles: { profiles: names.map((companyName, i) => profile({ id: `p-${i}`, label: `Client ${i}`, companyName })), activeId: 'p-0' },
    profiles$: { v: 1 },
  });
  await page.goto(`chrome-extension://${extensionId}/overview.html`);
  await expect(page.locator('tbody tr.client-row')).toHaveCount(names.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const cells = parsed.data.slice(1).flat();
  for (const cell of cells) {
    expect(cell, 'no cell starts as a formula').not.toMatch(/^[=+\-@\t\r]/);
    // A formula on any line of a cell: the whole cell is quoted as text.
    if (cell.split(/\r\n|\r|\n/).some((line) => /^[=+\-@\t\r]/.test(line))) expect(cell.startsWith("'"), cell).toBe(true);
  }
  expect(cells).toContain('Plain (HK) Limited');
});

test('9: a label that only looks different (U+034F, a variation selector, Cyrillic letters) asks before overwriting', async ({ page, extensionId }) => {
  await createProfile(page, extensionId, { label: 'Acme HK', company: 'ACME LIMITED' });
  for (const label of ['Acme\u034f HK', 'Acme HK\ufe0f', 'Асmе HK']) {
    const file = JSON.stringify({
      format: EXCHANGE_FORMAT,
      version: EXCHANGE_VERSION,
      exportedAt: AT,
      profiles: [{ id: 'imp-1', label, companyName: 'Other Ltd', createdAt: AT, updatedAt: AT }],
    });
    await page.getByLabel('Import profiles file').setInputFiles({ name: 'clients.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const dialog = page.getByRole('dialog', { name: 'Replace existing clients?' });
    await expect(dialog, `"${label}" is asked about`).toBeVisible();
    // The client the file would replace (a rename question, if the file's label is offered, comes below it).
    await expect(dialog.getByRole('list').first().getByRole('listitem')).toHaveText(['Acme HK']);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
  }
  await expect(page.getByRole('list', { name: 'Clients' }).getByRole('listitem')).toHaveCount(1);
});

test('10: one malformed stored reason hides neither the other backups nor the profiles', async ({ context, page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const good = { profiles: [profile({ label: 'Restored Client' })], activeId: 'p-acme' };
  await seed(context, {
    profiles: { profiles: [profile({ id: 'p-now', label: 'Current Client' })], activeId: 'p-now' },
    profiles$: { v: 1 },
    backups: [
      {
        id: 'b-bad',
        at: AT,
        reason: { key: 'storage.backup.before-import', params: { count: null, x: null } },
        kind: 'profiles',
        data: { profiles: [], activeId: null },
      },
      { id: 'b-good', at: AT, reason: { key: 'storage.backup.before-delete' }, kind: 'profiles', data: good },
    ],
    backups$: { v: 1 },
    problems: [{ at: AT, kind: 'profiles', text: { key: 'storage.full', params: { what: { key: 'storage.kind.profiles', params: { y: null } } } } }],
  });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Clients' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Current Client').first()).toBeVisible();
  const backups = page.getByRole('region', { name: 'Backups' });
  await expect(backups.locator('tr[data-backup-id]')).toHaveCount(2);
  const goodRow = backups.locator('tr[data-backup-id="b-good"]');
  const [download] = await Promise.all([page.waitForEvent('download'), goodRow.getByRole('button', { name: 'Download' }).click()]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual(good);
  const badRow = backups.locator('tr[data-backup-id="b-bad"]');
  const [badDownload] = await Promise.all([page.waitForEvent('download'), badRow.getByRole('button', { name: 'Download' }).click()]);
  expect(JSON.parse(await readFile((await badDownload.path())!, 'utf8'))).toEqual({ profiles: [], activeId: null });
  await goodRow.getByRole('button', { name: 'Restore' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Restore/ })
    .click();
  await expect(page.getByText('Restored Client').first()).toBeVisible();
});

const TOKEN = '1911103417';
test('11: the token in any shape (;token=, inside another parameter’s URL, a path parameter) is never stored', async ({ context, page, extensionId }) => {
  await createProfile(page, extensionId, { label: 'Acme HK', company: 'ACME LIMITED', country: 'HK' });
  const home = replicaByName('home.guide/current');
  // A path parameter: served as the console home (the same file the replica list serves).
  await page.route(`${MP}/wxamp/home/guide;token=*`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFixture(home.file) }),
  );
  const urls = [
    `${MP}/wxamp/home/guide;token=${TOKEN}?lang=zh_CN`,
    `${MP}/wxamp/home/guide?lang=zh_CN&from=1;token=${TOKEN}`,
    `${MP}/wxamp/home/guide?lang=zh_CN&redirect_url=${encodeURIComponent(`${MP}/cgi-bin/home?t=home/index&token=${TOKEN}`)}`,
  ];
  const worker = await serviceWorker(context);
  for (const url of urls) {
    // Each URL records the steps afresh.
    await worker.evaluate(() => (chrome.storage.local as unknown as { remove(keys: string[]): Promise<void> }).remove(['progress', 'progress$']));
    await page.goto(url);
    await expect.poll(() => pageIdOf(page), { timeout: 10_000 }).toBe('home.guide');
    await expect.poll(async () => Object.keys(await storedSteps(context)).length, { message: url }).toBeGreaterThan(0);
    const stored = JSON.stringify(await storageDump(context));
    expect(stored, url).not.toContain(TOKEN);
    for (const step of Object.values(await storedSteps(context)))
      if (step.url) expect(step.url).toMatch(/^https:\/\/mp\.weixin\.qq\.com\/wxamp\/home\/guide(\?lang=zh_CN)?$/);
  }
});
