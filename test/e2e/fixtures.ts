import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { launchConsole } from '../support/browser.mjs';
import { replicaByName } from '../../replicas/replicas.mjs';

// Every browser test gets a fresh Chromium with the built extension, the replica console served
// under https://mp.weixin.qq.com/, a record of requests to any other host, and the page's errors.

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  foreignRequests: string[];
  page: Page;
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchConsole();
    await use(launched.context);
    await launched.context.close();
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
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** Opens a replica by its manifest name. */
export async function openReplica(page: Page, name: string, extraQuery = ''): Promise<void> {
  const replica = replicaByName(name);
  await page.goto(replica.url + extraQuery);
}

/** The page id the extension has set on <html>, once it has evaluated the page at least once. */
export function pageIdOf(page: Page) {
  return page.locator(':root').getAttribute('data-mpg-page');
}

export const panel = (page: Page) => page.locator('[data-mpg-host="guide-panel"] aside');
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
