import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { launchConsole, switchDiagnosticsOn } from '../support/browser.mjs';
import { replicaResponse, TEST_RENDER_DELAY_MS } from '../support/serve.mjs';
import { replicaByName, replicas as allReplicas } from '../../replicas/replicas.mjs';
import { clearBetweenTests, trackListeners } from './fresh-state';
import { serviceWorker } from './extension';

// Browser tests share one Chromium with the built extension per worker, relaunched only when a spec
// file asks for other launch options (a run of one empty test took 6 s of CPU, most of it the launch;
// a test usually takes less). Each test still starts as if in a new browser: one fresh tab, no
// other tabs, the extension's storage empty, no cookies, site data or granted permissions, and no
// listeners left on the context by an earlier test (fresh-state.ts; test/e2e/fresh-state.spec.ts
// proves it). The replica console is served under https://mp.weixin.qq.com/; requests to any other
// host and the page's errors are recorded. Tests that need a browser of their own (a restart with
// the same profile, the shipped build, Firefox, no extension) call launchConsole themselves.

type Launched = Awaited<ReturnType<typeof launchConsole>>;
type LaunchOptions = NonNullable<Parameters<typeof launchConsole>[0]>;

/**
 * The worker's browser: relaunched when the launch options change, or after a test closed it. The
 * options a test can apply to its own tab and storage (a window size, the diagnostics switch) are not
 * launch options here: a spec file that sets them shares the browser (each relaunch costs about 4 s of CPU).
 */
class SharedBrowser {
  private current: { key: string; launched: Launched; closed: boolean } | undefined;

  async for({ viewport: _perTab, diagnostics: _perTest, ...options }: LaunchOptions): Promise<Launched> {
    const key = JSON.stringify(options);
    if (this.current?.key === key && !this.current.closed) return this.current.launched;
    await this.close();
    const current = { key, launched: await launchTestConsole(options), closed: false };
    current.launched.context.once('close', () => (current.closed = true));
    this.current = current;
    return current.launched;
  }

  async close(): Promise<void> {
    const launched = this.current?.launched;
    this.current = undefined;
    await launched?.context.close().catch(() => undefined);
  }
}

interface Fixtures {
  /**
   * Options for the shared browser's launch; same options, same browser. `viewport` sizes the test's
   * fresh tab (other tabs it opens have the launch's 1280×900), `diagnostics: false` leaves the switch off.
   */
  consoleLaunch: LaunchOptions;
  context: BrowserContext;
  extensionId: string;
  foreignRequests: string[];
  page: Page;
  pageErrors: string[];
}

export const test = base.extend<Fixtures, { sharedBrowser: SharedBrowser }>({
  sharedBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const shared = new SharedBrowser();
      await use(shared);
      await shared.close();
    },
    { scope: 'worker' },
  ],
  consoleLaunch: [{}, { option: true }],
  context: async ({ sharedBrowser, consoleLaunch }, use) => {
    const launched = await sharedBrowser.for(consoleLaunch);
    await clearBetweenTests(launched.context, launched.extensionId);
    // The harness's default, as at launch: the diagnostics switch on (launchConsole's `diagnostics`).
    if (launched.extensionId && consoleLaunch.diagnostics !== false) await switchDiagnosticsOn(await serviceWorker(launched.context));
    const untrack = trackListeners(launched.context);
    await use(launched.context);
    untrack();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  foreignRequests: async ({ context }, use) => {
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!/^(https:\/\/mp\.weixin\.qq\.com\/|chrome-extension:|data:|blob:|about:)/.test(url)) foreign.push(url);
    });
    await use(foreign);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  page: async ({ context, consoleLaunch }, use) => {
    // clearBetweenTests left exactly one fresh tab.
    const page = context.pages()[0] ?? (await context.newPage());
    if (consoleLaunch.viewport) await page.setViewportSize(consoleLaunch.viewport);
    await use(page);
  },
});

export { expect };

/**
 * A browser of a test's own (a restart, another language), its replicas rendering as quickly as the
 * shared one's, and its tabs sharing one renderer process as the shared one's do (half the CPU per new
 * tab on a two-core machine: docs/development.md).
 */
export function launchTestConsole(options: LaunchOptions = {}): Promise<Launched> {
  return launchConsole({ renderDelayMs: TEST_RENDER_DELAY_MS, shareRenderers: true, ...options });
}

/** How long `replica` waits before rendering its form in these tests (0: rendered as served). */
export function renderDelayOf(replica: (typeof allReplicas)[number]): number {
  return replica.lateMs ? TEST_RENDER_DELAY_MS : 0;
}

/**
 * Serves this page's replicas rendering late, for tests about that wait: 5 s by default, longer than
 * the pages' own 1,200 ms, so that on a busy machine the guide has surely looked at the empty page first.
 */
export async function renderLate(page: Page, renderDelayMs = 5_000): Promise<void> {
  await page.route('**/*', async (route) => {
    const response = replicaResponse(route.request().url(), { renderDelayMs });
    if (response && response.contentType.startsWith('text/html')) await route.fulfill(response);
    else await route.fallback();
  });
}

/** Opens a replica by its manifest name. */
export async function openReplica(page: Page, name: string, extraQuery = ''): Promise<void> {
  const replica = replicaByName(name);
  await page.goto(replica.url + extraQuery);
}

/** The page id the extension has set on <html>, once it has evaluated the page at least once. */
export function pageIdOf(page: Page) {
  return page.locator(':root').getAttribute('data-mpg-page');
}

/** The browser's side panels opened for console tabs, one per tab (see sidePanel). */
const sidePanels = new WeakMap<Page, Page>();

declare const chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };

/** The browser's id of the tab showing `page` (brought to the front: the active tab is unique). */
export async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = page.context().serviceWorkers()[0] ?? (await page.context().waitForEvent('serviceworker'));
  const url = page.url();
  const id = await worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.find((tab) => tab.url === wanted)?.id ?? tabs[0]?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * The side panel for the console tab `page`: the extension's sidepanel.html?tab=<id>, opened in a tab
 * of its own (a test cannot reach the browser's real side panel), the same page and code the real
 * side panel runs, pinned to that tab instead of following the active one. Opened once per page; it
 * follows the tab's navigations. The console tab is brought back to the front.
 */
export async function sidePanel(page: Page): Promise<Page> {
  const known = sidePanels.get(page);
  if (known && !known.isClosed()) return known;
  const tabId = await tabIdOf(page);
  const worker = page.context().serviceWorkers()[0]!;
  const extensionId = new URL(worker.url()).host;
  const side = await page.context().newPage();
  await side.setViewportSize({ width: 360, height: 900 });
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await page.bringToFront();
  sidePanels.set(page, side);
  return side;
}

/** The guide panel for the console tab `page`, as its side panel shows it. */
export async function panel(page: Page): Promise<Locator> {
  return (await sidePanel(page)).locator('[data-mpg-host="guide-panel"] aside');
}
export const tip = (page: Page, fieldId: string) => page.locator(`[data-mpg-field="${fieldId}"]`);

export interface ProfileFields {
  label: string;
  company?: string;
  number?: string;
  country?: string;
  officialAccountEmail?: string;
}

/** Creates a client profile the way a user does: through the options page's form. */
export async function createProfile(page: Page, extensionId: string, profile: ProfileFields): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('Client label').fill(profile.label);
  if (profile.company) await page.getByLabel('Registered company name').fill(profile.company);
  if (profile.number) await page.getByLabel('Registration number').fill(profile.number);
  if (profile.country) await page.getByLabel('Country/region').selectOption(profile.country);
  if (profile.officialAccountEmail) await page.getByLabel('Official Account login email').fill(profile.officialAccountEmail);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(profile.label).first()).toBeVisible();
}

/** The text input in a recognised field's row (current and legacy renderings alike). */
export function fieldInput(page: Page, fieldId: string) {
  return page
    .locator('.weui-desktop-form__control-group, .frm_control_group')
    .filter({ has: page.locator(`[data-mpg-field="${fieldId}"]`) })
    .locator('input:not([type=radio]):not([type=checkbox]):not([type=file]), textarea')
    .first();
}

/**
 * Types into a field as a user does (issue 19: checks against client data run only on the user's
 * own keys, pastes and drops): select all and delete, then ASCII text key by key and any other text
 * pasted from the clipboard (Playwright's `fill` inserts text without a key, as a page's
 * execCommand does, so it gets the checks that need no client data only).
 */
export async function typeAsUser(input: Locator, value: string): Promise<void> {
  const page = input.page();
  await input.focus();
  await input.press('ControlOrMeta+A');
  await input.press('Delete');
  if (value === '') return;
  if (/^[\x20-\x7e]*$/.test(value)) return input.pressSequentially(value);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((text) => navigator.clipboard.writeText(text), value);
  await input.press('ControlOrMeta+V');
}

/** The inline frame of a field's tip: the verdicts derived from client data, and the fill button. */
export const inlineFrame = (page: Page, fieldId: string) => tip(page, fieldId).locator('iframe').contentFrame();

/** Clicks a button in an inline frame as a user does: scrolled into view, seen, then clicked. */
export async function clickWhenSeen(button: Locator): Promise<void> {
  await button.scrollIntoViewIfNeeded();
  await button.page().waitForTimeout(300);
  await button.click();
}
