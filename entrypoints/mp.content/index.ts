import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GUIDE_FILE, GUIDE_PORT, offeredGuide } from '../../content/loader/handoff';
import type { FlowSignals } from '../../content/loader/signals';
import { watchForFlow } from '../../content/loader/watch-for-flow';

// The loader: what the manifest injects on every console page (README, "Architecture"). It stays a
// few kB and decides, from the URL and a few texts the rules name, whether the page can be part of
// the registration flow; only then is the guide (content/guide.ts, built to /guide.js) loaded.

/** From the page rules at build time (content/loader/derive.ts, via wxt.config.ts). */
declare const __MPG_FLOW_SIGNALS__: FlowSignals;

interface ExtensionApi {
  runtime: {
    getURL(path: string): string;
    connect(info: { name: string }): { onMessage: { addListener(fn: () => void): void }; disconnect(): void };
  };
}
const api = (globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;

/**
 * Chrome (MV3): a dynamic import of the web-accessible guide, which runs in this isolated world.
 * Firefox (MV2): the background injects it with tabs.executeScript, with the host permission the
 * extension has (addons.mozilla.org's linter refuses a computed import()).
 */
function loadGuide(): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    return new Promise((resolve) => {
      const port = api.runtime.connect({ name: GUIDE_PORT });
      port.onMessage.addListener(() => {
        port.disconnect();
        resolve();
      });
    });
  }
  return import(/* @vite-ignore */ api.runtime.getURL(GUIDE_FILE)).then(() => undefined);
}

async function startGuide(ctx: ContentScriptContext): Promise<void> {
  if (!offeredGuide()) await loadGuide();
  if (ctx.isInvalid) return;
  await offeredGuide()?.(ctx);
}

export default defineContentScript({
  matches: ['https://mp.weixin.qq.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    watchForFlow({
      signals: __MPG_FLOW_SIGNALS__,
      signal: ctx.signal,
      onFlowPage: () => void startGuide(ctx).catch((error: unknown) => console.warn('[MP Console Guide]', error)),
    });
  },
});
