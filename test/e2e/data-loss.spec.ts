import type { BrowserContext, Page } from '@playwright/test';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION } from '../../storage/exchange';
import { sendMessage, serviceWorker, storageDump } from './extension';
import { createProfile, expect, fieldInput, openReplica, panel, test, tip, typeAsUser } from './fixtures';

// Issue 11: three ways users lost data, each reproduced with the built extension in Chromium.

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const AT = '2025-01-02T03:04:05.000Z';
const backups = (page: Page) => page.getByRole('region', { name: 'Backups' });
const problemBanner = (page: Page) => page.getByRole('alert').filter({ hasText: 'Some stored profile data could not be read.' });
const clientRows = (page: Page) => page.getByRole('list', { name: 'Clients' }).getByRole('listitem');

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Client profiles', level: 1 })).toBeVisible();
}

/** Two clients, then one deleted: its only copy is the "before deleting a profile" backup. */
async function deleteOneOfTwo(page: Page, extensionId: string): Promise<void> {
  await createProfile(page, extensionId, { label: 'Acme HK', company: 'ACME LIMITED' });
  await createProfile(page, extensionId, { label: 'Beta Foods' });
  const { state } = await sendMessage<{ state: { profiles: { id: string; label: string }[] } }>(page, { type: 'profiles.get' });
  const acme = state.profiles.find((p) => p.label === 'Acme HK')!;
  expect(await sendMessage(page, { type: 'profiles.delete', id: acme.id })).toMatchObject({ ok: true });
}

async function backupReasons(page: Page): Promise<string[]> {
  const reply = await sendMessage<{ backups: { reason: string }[] }>(page, { type: 'backups.list' });
  return reply.backups.map((b) => b.reason);
}

test('collapsing the guide panel once never makes later loads look like a downgrade, and real backups stay', async ({ context, page, extensionId }) => {
  await deleteOneOfTwo(page, extensionId);
  // The content script writes the setting (through the background).
  await openReplica(page, 'register.account/current');
  await expect(await panel(page)).toBeVisible({ timeout: 10_000 });
  await (await panel(page)).locator('button.toggle').click();
  await expect.poll(async () => ((await storageDump(context)).settings as { panelCollapsed?: boolean } | undefined)?.panelCollapsed).toBe(true);
  // Every other reader and writer: the popup, the practice console, the options page, many times.
  for (const path of ['popup.html', 'practice.html']) {
    const other = await context.newPage();
    await other.goto(`chrome-extension://${extensionId}/${path}`);
    await other.waitForLoadState('load');
    await other.close();
  }
  for (let load = 0; load < 12; load++) {
    await openOptions(page, extensionId);
    await expect(clientRows(page)).toHaveCount(1);
  }
  await expect(problemBanner(page)).toHaveCount(0);
  expect(await backupReasons(page)).toEqual(['before deleting a profile']);
  const stored = await storageDump(context);
  expect(stored['settings$']).toEqual({ v: 2 });
  expect(stored['problems'] ?? []).toEqual([]);
});

test.describe('a profile cannot be pushed out of existence', () => {
  test('a long-lived profile with 1,100 emails stays listed, trimmed with a word, and its backup downloads as it was', async ({
    context,
    page,
    extensionId,
  }) => {
    const emails = Array.from({ length: 1100 }, (_, i) => ({ address: `m${i}@acme.example`, status: 'taken', at: AT }));
    const raw = {
      profiles: [
        { id: 'p-acme', label: 'Acme HK', companyName: 'ACME LIMITED', appId: 'wx0123456789abcdef', notes: 'Main store', emails, createdAt: AT, updatedAt: AT },
      ],
      activeId: 'p-acme',
    };
    const worker = await serviceWorker(context);
    await worker.evaluate((profiles) => chrome.storage.local.set({ profiles, profiles$: { v: 1 } }), raw);
    await openOptions(page, extensionId);
    await expect(clientRows(page)).toHaveCount(1);
    await expect(clientRows(page).first()).toContainText('Acme HK');
    await expect(problemBanner(page)).toContainText('the emails list held 1100 entries');
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByLabel('Registered company name', { exact: true })).toHaveValue('ACME LIMITED');
    await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Main store');

    const row = backups(page).getByRole('row').filter({ hasText: 'unreadable stored profiles' });
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download' }).click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect(JSON.parse(await readFile(path!, 'utf8'))).toEqual(raw);
  });

  test('a page faking the console’s “taken” answer for addresses it set itself records nothing; what the user types is recorded', async ({
    context,
    page,
    extensionId,
  }) => {
    await createProfile(page, extensionId, { label: 'Acme HK' });
    await openReplica(page, 'register.account/current');
    await expect(tip(page, 'email')).toHaveCount(1, { timeout: 10_000 });
    await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('input[data-replica-reject]')!;
      const message = document.querySelector<HTMLElement>('[data-replica-msg-for="email"]')!;
      for (let i = 0; i < 25; i++) {
        input.value = `fake${i}@attacker.example`;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
        message.textContent = '该邮箱已被占用，请更换其他邮箱';
        message.hidden = false;
        await new Promise((resolve) => setTimeout(resolve, 250));
        message.hidden = true;
        message.textContent = '';
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const emailsOf = async () =>
      ((await storageDump(context)).profiles as { profiles: { emails: { address: string }[] }[] }).profiles[0]!.emails.map((e) => e.address);
    expect(await emailsOf()).toEqual([]);
    // The real thing still works: the user types an address the console rejects.
    await typeAsUser(fieldInput(page, 'email'), 'taken@example.com');
    await fieldInput(page, 'email').blur();
    await expect.poll(emailsOf).toEqual(['taken@example.com']);
  });
});

function largeFile(prefix: string): string {
  const profiles = Array.from({ length: 240 }, (_, i) => ({
    id: `${prefix}-${i}`,
    label: `${prefix} ${i}`,
    notes: 'n'.repeat(19_000),
    createdAt: AT,
    updatedAt: AT,
  }));
  return JSON.stringify({ format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exportedAt: AT, profiles });
}

async function importText(page: Page, text: string, name: string): Promise<void> {
  await page.getByLabel('Import profiles file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('an import refused because storage is full evicts no backup', async ({ context, page, extensionId }) => {
  await deleteOneOfTwo(page, extensionId);
  await openOptions(page, extensionId);
  await importText(page, largeFile('first'), 'first.json');
  await expect(page.getByRole('status').filter({ hasText: 'Imported 240' })).toBeVisible({ timeout: 20_000 });
  const before = await backupReasons(page);
  expect(before).toContain('before deleting a profile');
  await importText(page, largeFile('second'), 'second.json');
  await expect(page.getByRole('alert').filter({ hasText: 'storage for MP Console Guide is full' })).toBeVisible({ timeout: 20_000 });
  expect(await backupReasons(page)).toEqual(before);
  await expect(backups(page).getByRole('row').filter({ hasText: 'before deleting a profile' })).toHaveCount(1);
  await expectStoredProfiles(context, 241);
});

async function expectStoredProfiles(context: BrowserContext, count: number): Promise<void> {
  const stored = (await storageDump(context)).profiles as { profiles: unknown[] };
  expect(stored.profiles).toHaveLength(count);
}
