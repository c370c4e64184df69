import type { BrowserContext, Page, Worker } from '@playwright/test';

// Helpers for browser tests that talk to the extension itself: its pages, its service worker and
// its storage, the way the popup and options page do (runtime messages to the background).

/** The extension APIs these helpers call inside the extension's pages and service worker. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Opens one of the extension's pages (options.html, popup.html) in a new tab. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: 'options.html' | 'popup.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Sends a message to the background from an extension page, as the popup and options page do. */
export function sendMessage<T = Record<string, unknown>>(extensionPage: Page, message: unknown): Promise<T> {
  return extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/** Everything in chrome.storage.local, read in the service worker. */
export async function storageDump(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => chrome.storage.local.get(null));
}

/** Elements matching `selector` in the document and in every open shadow root (the overlay lives in those). */
export function countEverywhere(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let count = 0;
    const visit = (root: Document | ShadowRoot) => {
      count += root.querySelectorAll(sel).length;
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return count;
  }, selector);
}

/** The visible text of the document and of every open shadow root. */
export function textEverywhere(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      parts.push(root instanceof Document ? (root.body?.innerText ?? '') : (root.textContent ?? ''));
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return parts.join('\n');
  });
}
