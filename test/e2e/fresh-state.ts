import type { BrowserContext } from '@playwright/test';
import { serviceWorker } from './extension';

// What makes a shared browser look new to the next test (fixtures.ts): everything a test can leave
// behind in the browser, the extension or the context object. test/e2e/fresh-state.spec.ts leaves
// each of these behind on purpose and proves the next test sees none of it.

/** The extension APIs called in its service worker. */
declare const chrome: {
  storage: Record<'local' | 'session' | 'sync', { clear(): Promise<void>; get(keys: null): Promise<object> } | undefined>;
  action?: { setBadgeText(details: { text: string }): Promise<void> };
  scripting?: { unregisterContentScripts(filter?: object): Promise<void> };
};

/** Sites whose data tests can create: the replica console and the one replica host off it. */
const SITES = ['https://mp.weixin.qq.com', 'https://beian.miit.gov.cn'];

/** One fresh tab and nothing else; empty extension storage, badge, cookies, site data and permissions. */
export async function clearBetweenTests(context: BrowserContext, extensionId: string | null): Promise<void> {
  const fresh = await context.newPage();
  for (const page of context.pages()) if (page !== fresh) await page.close();
  if (extensionId) {
    const worker = await serviceWorker(context);
    await worker.evaluate(async () => {
      const clear = () => Promise.all((['local', 'session', 'sync'] as const).map((area) => chrome.storage[area]?.clear()));
      await clear();
      // A write the previous test started (its pages were just closed) can land after the clear, such as
      // an item's version record: clear again until storage stays empty for a moment (at most 1 s).
      for (let i = 0; i < 10; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (Object.keys((await chrome.storage.local?.get(null)) ?? {}).length === 0) break;
        await clear();
      }
      await chrome.action?.setBadgeText({ text: '' });
      // Content scripts registered at run time (the MIIT host, once granted) would outlive the test.
      await chrome.scripting?.unregisterContentScripts().catch(() => undefined);
    });
  }
  await context.clearCookies();
  await context.clearPermissions();
  const cdp = await context.newCDPSession(fresh);
  try {
    for (const origin of SITES) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    // The extension's own origin: its web storage only (clearing "all" would unregister its service worker).
    if (extensionId) {
      await cdp.send('Storage.clearDataForOrigin', {
        origin: `chrome-extension://${extensionId}`,
        storageTypes: 'local_storage,indexeddb,cache_storage,file_systems,websql',
      });
    }
  } finally {
    await cdp.detach();
  }
}

type Handler = (...args: never[]) => unknown;
type Subscribe = (event: string, handler: Handler) => BrowserContext;

/**
 * Records the listeners a test adds to the shared context (context.on('request', …) and the like),
 * and returns the function that removes them again, so no test hears another's events.
 */
export function trackListeners(context: BrowserContext): () => void {
  const added: [string, Handler][] = [];
  const methods = ['on', 'once', 'addListener', 'prependListener'] as const;
  const originals = new Map<string, Subscribe>();
  const target = context as unknown as Record<string, Subscribe>;
  for (const name of methods) {
    const original = target[name]!;
    originals.set(name, original);
    target[name] = (event, handler) => {
      added.push([event, handler]);
      return original.call(context, event, handler);
    };
  }
  return () => {
    for (const [name, original] of originals) target[name] = original;
    for (const [event, handler] of added) context.off(event as 'request', handler as () => void);
  };
}
