import { browser, type Browser } from 'wxt/browser';
import { GUIDE_FILE, GUIDE_PORT } from './guide-file';

// Firefox MV2 only (see entrypoints/loader.ts): the background injects the guide into the frame
// whose loader asked, with tabs.executeScript, which the console's host permission already allows
// (no `scripting` permission, nothing web-accessible). The reply on the port says it has run.

export function listenForGuideRequests(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== GUIDE_PORT) return;
    const tabId = port.sender?.tab?.id;
    if (tabId === undefined) return port.disconnect();
    const tabs = browser.tabs as unknown as { executeScript(tabId: number, details: { file: string; frameId?: number }): Promise<unknown> };
    tabs
      .executeScript(tabId, { file: GUIDE_FILE, frameId: port.sender?.frameId ?? 0 })
      .then(() => port.postMessage('loaded'))
      .catch(() => port.disconnect());
  });
}
