import { browser, type Browser } from 'wxt/browser';
import { GUIDE_FILE, GUIDE_PORT } from './guide-file';

// The background's side of loading the guide (see entrypoints/loader.ts): it injects guide.js into
// the document whose loader opened the port, in the loader's isolated world, and replies on the port
// once it has run. Chrome (MV3): scripting.executeScript, aimed at that document (documentIds) so a
// page that navigated meanwhile gets nothing. Firefox (MV2): tabs.executeScript for that frame. Both
// run under the console's host permission; guide.js is not web-accessible (no page can fetch it).

type ScriptingApi = {
  executeScript(injection: { target: { tabId: number; frameIds?: number[]; documentIds?: string[] }; files: string[] }): Promise<unknown>;
};
type TabsMv2 = { executeScript(tabId: number, details: { file: string; frameId?: number }): Promise<unknown> };

function inject(sender: Browser.runtime.MessageSender & { documentId?: string }, tabId: number): Promise<unknown> {
  const frameId = sender.frameId ?? 0;
  if (import.meta.env.MANIFEST_VERSION === 2) return (browser.tabs as unknown as TabsMv2).executeScript(tabId, { file: GUIDE_FILE, frameId });
  const scripting = (browser as unknown as { scripting: ScriptingApi }).scripting;
  const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [frameId] };
  return scripting.executeScript({ target, files: [GUIDE_FILE] });
}

export function listenForGuideRequests(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== GUIDE_PORT) return;
    const tabId = port.sender?.tab?.id;
    if (!port.sender || tabId === undefined) return port.disconnect();
    inject(port.sender, tabId)
      .then(() => port.postMessage('loaded'))
      .catch(() => port.disconnect());
  });
}
