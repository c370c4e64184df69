import type { Frame, Page } from '@playwright/test';
import { test as base, expect, typeAsUser } from './fixtures';
import enFields from '../../locales/en/fields.json' with { type: 'json' };
import enGuide from '../../locales/en/guide.json' with { type: 'json' };
import enGuideConsole from '../../locales/en/guide-console.json' with { type: 'json' };
import enGuideVerify from '../../locales/en/guide-verify.json' with { type: 'json' };
import enPractice from '../../locales/en/practice.json' with { type: 'json' };
import enPresenter from '../../locales/en/presenter.json' with { type: 'json' };

// The practice console in a real Chromium: a window the size of a projector's, the shell page
// and its replica frame, a real client profile to prove practice never touches it.

/** The extension APIs the tests call inside the extension's own pages. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

// locales/index.ts cannot be loaded by Node here (JSON imports need attributes), so the files are read directly.
const en: Record<string, string> = { ...enGuide, ...enFields, ...enGuideConsole, ...enGuideVerify, ...enPresenter, ...enPractice };
export const t = (key: string, params: Record<string, string | number> = {}) =>
  (en[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

// A projector-sized window: the console page, the steps and the guide panel side by side.
export const PROJECTOR = { width: 1600, height: 1000 };
export const test = base.extend({ consoleLaunch: { viewport: PROJECTOR } });
export { expect };

export const FRAME = 'iframe[title="Replica console page"]';
/** The replica page in the practice console (a new frame after every full page load). */
export const consoleFrame = (page: Page) => page.frameLocator(FRAME);
/** The <html> of the replica page, where the guide sets data-mpg-page (the panel's shadow root has an <html> too). */
export const frameRoot = (page: Page) => consoleFrame(page).locator('xpath=/html');
export const framePanel = (page: Page) => consoleFrame(page).locator('[data-mpg-host="guide-panel"] aside');
export const frameTip = (page: Page, fieldId: string) => consoleFrame(page).locator(`[data-mpg-field="${fieldId}"]`);
export const callout = (page: Page) => consoleFrame(page).locator('[data-mpg-host="presenter"] .callout');
export const stepButton = (page: Page, titleKey: string) =>
  page.getByRole('navigation', { name: t('practice.steps') }).getByRole('button', { name: t(titleKey) });

export async function openPractice(page: Page, extensionId: string, firstPage = 'register.type-select') {
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', firstPage, { timeout: 10_000 });
}

/** The frame of the replica page now on screen. */
export function replicaFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('practice.html?frame='));
  if (!frame) throw new Error('no replica frame');
  return frame;
}

/** All text a person can read in a document, shadow roots included, without the values of inputs. */
export function readableText(frame: Frame | Page): Promise<string> {
  return frame.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
      if (node instanceof Element && /^(SCRIPT|STYLE|TEMPLATE)$/.test(node.tagName)) return;
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      node.childNodes.forEach(walk);
    };
    walk(document.body);
    return parts.join(' ');
  });
}

/** A real client profile, saved the way the extension saves it; returns the stored profiles. */
export async function saveRealProfile(page: Page, extensionId: string): Promise<unknown> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'profiles.save',
      profile: { label: 'Real client', companyName: 'REAL CLIENT TRADING LIMITED', countryRegion: 'HK', officialAccountEmail: 'oa@real-client.example' },
    }),
  );
  return storedProfiles(page);
}

export function storedProfiles(page: Page): Promise<unknown> {
  return page.evaluate(() => chrome.storage.local.get('profiles').then((all) => all.profiles));
}

/** Types into the input of a recognised field and leaves it, as a person does (keys, so client-data checks run). */
export async function typeInto(page: Page, fieldId: string, value: string) {
  const input = frameTip(page, fieldId).locator('xpath=ancestor::*[.//input][1]').locator('input:not([type=radio]):not([type=checkbox])').first();
  await typeAsUser(input, value);
  await input.blur();
}
