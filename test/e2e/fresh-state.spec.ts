import { serviceWorker, storageDump } from './extension';
import { createProfile, expect, openReplica, test } from './fixtures';

// The tests of a spec file share one browser (fixtures.ts). The first test here leaves behind all it
// can; the second, in the same browser, must find none of it, as if in a new browser.

test.describe.configure({ mode: 'serial' });
// Without the harness's diagnostics switch, which it sets again after clearing: a fresh test sees empty storage.
test.use({ consoleLaunch: { diagnostics: false } });

let browserOfFirstTest: unknown;
const heardByEarlierTest: string[] = [];

declare const chrome: { storage: { session: { set(items: object): Promise<void> } } };

test('a test leaves data, tabs, cookies, permissions and listeners behind', async ({ context, page, extensionId }) => {
  browserOfFirstTest = context;
  await createProfile(page, extensionId, { label: 'Left behind', company: 'LEFT BEHIND LIMITED', country: 'HK' });
  const worker = await serviceWorker(context);
  await worker.evaluate(() => chrome.storage.session.set({ leftBehind: true }));
  expect(Object.keys(await storageDump(context))).not.toEqual([]);

  const consolePage = await context.newPage();
  await openReplica(consolePage, 'register.entity/overseas/current');
  await consolePage.evaluate(() => {
    localStorage.setItem('left', 'behind');
    sessionStorage.setItem('left', 'behind');
    document.cookie = 'left=behind; path=/; max-age=3600';
  });
  await context.grantPermissions(['clipboard-read'], { origin: 'https://mp.weixin.qq.com' });
  context.on('request', (request) => heardByEarlierTest.push(request.url()));
  expect(context.pages()).toHaveLength(2);
});

test('the next test in the same browser finds none of it', async ({ context, page, extensionId, pageErrors }) => {
  // The same browser, or this proves nothing about sharing.
  expect(browserOfFirstTest, 'the first test ran in this worker').toBeDefined();
  expect(context).toBe(browserOfFirstTest);

  expect(context.pages()).toEqual([page]);
  expect(page.url()).toBe('about:blank');
  expect(await storageDump(context)).toEqual({});
  const worker = await serviceWorker(context);
  expect(await worker.evaluate(() => (chrome.storage.session as unknown as { get(k: null): Promise<object> }).get(null))).toEqual({});
  expect(await context.cookies()).toEqual([]);

  await openReplica(page, 'register.entity/overseas/current');
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  expect(await page.evaluate(() => navigator.permissions.query({ name: 'clipboard-read' as PermissionName }).then((p) => p.state))).not.toBe('granted');
  // The options page starts with no clients, as on a new install.
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByText('Left behind')).toHaveCount(0);
  expect(heardByEarlierTest, 'no listener of the first test hears this one').toEqual([]);
  expect(pageErrors).toEqual([]);
});
