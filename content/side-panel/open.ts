import { browser, type Browser } from 'wxt/browser';
import type { PanelRequest, PanelRequests } from '../../components/side-panel-protocol';

// The background's answer to the in-page handle (./handle.ts): open the side panel for the tab.
// Chrome keeps the click's user gesture for a call made at once, so nothing is awaited first.
// Firefox opens its sidebar only from its own user actions (toolbar, View › Sidebar): the call is
// refused there and the handle says where to find it.

interface SidebarAction {
  open(): Promise<void>;
}

export function answerPanelRequest(request: PanelRequest, sender: Browser.runtime.MessageSender): Promise<PanelRequests['panel.open']> | undefined {
  // panel.ready is for the side panels that follow the tab, not for the background.
  if (request.type !== 'panel.open') return undefined;
  const tabId = sender.tab?.id;
  const done = () => ({ ok: true });
  const refused = () => ({ ok: false });
  if (browser.sidePanel && tabId !== undefined) return browser.sidePanel.open({ tabId }).then(done, refused);
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar) return sidebar.open().then(done, refused);
  return Promise.resolve(refused());
}
