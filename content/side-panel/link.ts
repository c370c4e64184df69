import { browser, type Browser } from 'wxt/browser';
import type { GuidePanelModel } from '../../components/guide-panel';
import { PANEL_PORT, toPanelView, type PageToPanel, type PanelRequest, type PanelToPage, type PanelView } from '../../components/side-panel-protocol';

// The content script's end of the side panel (./protocol.ts): every side panel following this tab
// opens a port; it gets the page's panel model at once and again whenever it changes. Nothing is
// sent while no side panel is open, and nothing at all leaves the browser.

export interface PanelLink {
  /** The panel's model now, or null when the page is not one the guide knows. */
  publish(model: GuidePanelModel | null): void;
}

const post = (port: Browser.runtime.Port, message: PageToPanel) => {
  try {
    port.postMessage(message);
  } catch {
    // The side panel closed meanwhile: its disconnect removes the port.
  }
};

export function servePanel(signal: AbortSignal): PanelLink {
  const ports = new Set<Browser.runtime.Port>();
  let model: GuidePanelModel | null = null;
  let view: PanelView | null = null;
  let sent = 'null';

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((raw: unknown) => {
      const message = raw as PanelToPage;
      if (message?.type === 'diagnostics') post(port, { type: 'diagnostics', text: model?.diagnostics?.() ?? null });
      else if (message?.type === 'shape') (message.action === 'open' ? model?.shape?.onOpen : model?.shape?.onClose)?.();
    });
    post(port, { type: 'view', view });
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => {
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of ports) port.disconnect();
    ports.clear();
  });
  // A side panel already open on this tab connects now (it cannot know when a guide starts).
  const ready: PanelRequest = { type: 'panel.ready' };
  browser.runtime.sendMessage(ready).catch(() => undefined);

  return {
    publish(next) {
      model = next;
      view = next ? toPanelView(next) : null;
      const text = JSON.stringify(view);
      if (text === sent) return;
      sent = text;
      for (const port of ports) post(port, { type: 'view', view });
    },
  };
}
