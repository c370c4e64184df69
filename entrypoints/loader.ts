import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GUIDE_FILE, GUIDE_PORT } from '../content/loader/guide-file';
import type { FlowSignals } from '../engine/flow-signals';
import { watchForFlow } from '../content/loader/watch-for-flow';

// The loader: the one script the manifest injects on every console page (wxt.config.ts,
// content_scripts; docs/architecture.md). It stays a few kB, with no framework code, and decides
// from the URL and a few texts the page rules name whether the page can be part of the
// registration flow; only then is the guide (entrypoints/guide.ts → /guide.js) loaded, once.

/** From the page rules at build time (content/loader/derive.ts, via wxt.config.ts). */
declare const __MPG_FLOW_SIGNALS__: FlowSignals;

interface ExtensionApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    connect(info: { name: string }): { onMessage: { addListener(fn: () => void): void }; disconnect(): void };
  };
}
/** Read only when the guide is loaded: the first touch of the extension API costs about 1.5 ms. */
const extensionApi = () =>
  (globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;

/**
 * Chrome (MV3): a dynamic import of the web-accessible guide, which runs in this isolated world.
 * Firefox (MV2): the background injects it with tabs.executeScript, under the host permission the
 * extension has (addons.mozilla.org's linter refuses a computed import()).
 */
function loadGuide(): Promise<unknown> {
  const api = extensionApi();
  // After an update or removal of the extension, this copy stays in open tabs: it loads nothing.
  if (!api?.runtime?.id) return Promise.resolve();
  if (import.meta.env.MANIFEST_VERSION === 2) {
    return new Promise<void>((resolve) => {
      const port = api.runtime.connect({ name: GUIDE_PORT });
      port.onMessage.addListener(() => {
        port.disconnect();
        resolve();
      });
    });
  }
  return import(/* @vite-ignore */ api.runtime.getURL(GUIDE_FILE));
}

export default defineUnlistedScript(() => {
  const stop = new AbortController();
  watchForFlow({
    signals: __MPG_FLOW_SIGNALS__,
    signal: stop.signal,
    onFlowPage: () => void loadGuide().catch((error: unknown) => console.warn('[MP Console Guide]', error)),
  });
});
