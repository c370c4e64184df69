import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GUIDE_PORT } from '../content/loader/guide-file';
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
    connect(info: { name: string }): { onMessage: { addListener(fn: () => void): void }; disconnect(): void };
  };
}
/** Read only when the guide is loaded: the first touch of the extension API costs about 1.5 ms. */
const extensionApi = () =>
  (globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;

/**
 * The background injects the guide into this document, in this isolated world, and answers on the
 * port when it has run (content/loader/inject-guide.ts). Not an import() of a web-accessible file:
 * that file would need a per-session URL (use_dynamic_url) so that no page can detect the extension,
 * and at such a URL Chromium parses the guide afresh on every load; injected, it is compiled once per
 * renderer, which a tab going from console page to console page keeps (docs/performance.md). And
 * addons.mozilla.org's linter refuses a computed import().
 */
function loadGuide(): Promise<void> {
  const api = extensionApi();
  // After an update or removal of the extension, this copy stays in open tabs: it loads nothing.
  if (!api?.runtime?.id) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const port = api.runtime.connect({ name: GUIDE_PORT });
    port.onMessage.addListener(() => {
      port.disconnect();
      resolve();
    });
  });
}

export default defineUnlistedScript(() => {
  const stop = new AbortController();
  watchForFlow({
    signals: __MPG_FLOW_SIGNALS__,
    signal: stop.signal,
    onFlowPage: () => void loadGuide().catch((error: unknown) => console.warn('[MP Console Guide]', error)),
  });
});
