import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, launchTestConsole, test } from './fixtures';
import enOptions from '../../locales/en/options.json' with { type: 'json' };
import enPopup from '../../locales/en/popup.json' with { type: 'json' };
import zhOptions from '../../locales/zh_CN/options.json' with { type: 'json' };
import { serviceWorker, sendMessage } from './extension';
import { buildWithNotificationsGranted } from './notifications-granted';

// Deadline notifications (issue 22, item 6): off by default; the options page's switch asks for the
// `notifications` permission and turns them on; the background then shows one notification per
// deadline due within a day, in the interface language, naming the client's label and the step only,
// never twice; an alarm checks again every 30 minutes; switched off, the alarm goes.
// The browser's own permission prompt cannot be answered in headless Chromium: this file's browser
// loads a copy of the build in which the user has already allowed notifications (notifications-granted.ts).

/** The extension APIs called in the options page and the service worker. */
declare const chrome: {
  notifications: {
    create(id: string, options: { title: string; message: string }): Promise<string>;
    getAll(): Promise<Record<string, boolean>>;
    clear(id: string): Promise<boolean>;
  };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
  permissions: { contains(request: { permissions: string[] }): Promise<boolean> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

// locales/index.ts cannot be loaded by Node here (JSON imports need attributes): the files, read directly.
const en: Record<string, string> = { ...enOptions, ...enPopup };

type Launched = Awaited<ReturnType<typeof launchTestConsole>>;
let launched: Launched;

test.beforeAll(async () => {
  launched = await launchTestConsole({ extensionPath: buildWithNotificationsGranted(), diagnostics: false });
});
test.afterAll(async () => {
  await launched?.context.close();
});

/** Records what every notification says, in the service worker (the browser shows it outside any page). */
async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __shown?: { id: string; title: string; message: string }[] };
    if (scope.__shown) return;
    scope.__shown = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (id, options) => {
      scope.__shown!.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
  });
}
const shown = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { __shown: { id: string; title: string; message: string }[] }).__shown);
const open = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll().then(Object.keys));

/** A client whose account was just created: the 24-hour activation link is due within a day. */
async function clientWithActivationDue(options: Page, label: string): Promise<string> {
  const saved = await sendMessage<{ profile: { id: string } }>(options, {
    type: 'profiles.save',
    profile: { label, companyName: `${label.toUpperCase()} TRADING LIMITED`, countryRegion: 'HK' },
  });
  await sendMessage(options, { type: 'progress.mark', profileId: saved.profile.id, step: 'account', done: true });
  return saved.profile.id;
}

test('switched on, a deadline due within a day is notified once, naming the client and the step; switched off, the checks stop', async () => {
  const context: BrowserContext = launched.context;
  const worker = await serviceWorker(context);
  await recordNotifications(worker);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
  const acme = await clientWithActivationDue(options, 'Acme HK');

  // Off by default: nothing is shown, even with a deadline due.
  const toggle = options.getByRole('checkbox', { name: en['options.notifications.label']! });
  await expect(toggle).not.toBeChecked();
  // (Not check(): the switch turns on only once the browser has granted the permission, a moment later.)
  await toggle.click();
  await expect(toggle).toBeChecked();
  expect(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(true);

  // One notification, in English: the client's label and the step, not its company name.
  await expect.poll(() => open(worker)).toEqual([expect.stringMatching(new RegExp(`^deadline:${acme}:email-activation:activation-link:\\d+$`))]);
  const [first] = await shown(worker);
  expect(first).toMatchObject({ title: 'Acme HK: due within a day' });
  expect(first!.message).toContain(en['flow.deadline.activation-link']!);
  expect(first!.message).toContain(`Step: ${en['flow.step.email-activation.title']!}`);
  expect(`${first!.title} ${first!.message}`).not.toContain('TRADING');
  // The alarm that checks again while no page is open.
  expect(await worker.evaluate(() => chrome.alarms.get('deadline-notices'))).toMatchObject({ periodInMinutes: 30 });

  // Dismissed, it does not come back: the next checks (a language change, another client's step)
  // notify only the new deadline, in Chinese now.
  await worker.evaluate((id) => chrome.notifications.clear(id), first!.id);
  await sendMessage(options, { type: 'settings.update', patch: { locale: 'zh_CN' } });
  const beta = await clientWithActivationDue(options, 'Beta');
  await expect.poll(() => open(worker)).toEqual([expect.stringMatching(new RegExp(`^deadline:${beta}:`))]);
  const all = await shown(worker);
  expect(all.map((n) => n.title)).toEqual(['Acme HK: due within a day', 'Beta：一天内到期']);
  expect(all[1]!.message).toContain('步骤：');

  // Switched off: the alarm goes and the setting is stored off.
  await options.reload();
  const zhToggle = options.getByRole('checkbox', { name: zhOptions['options.notifications.label'] });
  await expect(zhToggle).toBeChecked();
  await zhToggle.click();
  await expect(zhToggle).not.toBeChecked();
  await expect.poll(() => worker.evaluate(() => chrome.alarms.get('deadline-notices'))).toBeUndefined();
  expect(await worker.evaluate(() => chrome.storage.local.get('settings').then((s) => (s.settings as { notifications?: boolean }).notifications))).toBe(false);
  await options.close();
});
