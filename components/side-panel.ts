import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, isPanelRequest, type PageToPanel, type PanelToPage, type PanelView } from './side-panel-protocol';
import { htmlLang, loadOverlayCatalog, type OverlayCatalog } from '../locales/overlay';
import { UNKNOWN_PAGE_ID, unknownRule } from '../engine/unknown-page';
import { pageRules } from '../rules';
import { send } from '../storage/client';
import { readSettings } from '../storage/settings-item';
import { createGuidePanel, type GuidePanelHandle, type GuidePanelModel, type ShapeControl } from './guide-panel';

// The browser's side panel: it follows the active tab of its window (or the tab named by ?tab=<id>,
// as the tests open it), asks that tab's guide for the page's panel model over a port
// (content/side-panel/protocol.ts) and renders it with the guide panel's own renderer, so whatever
// a feature adds to the panel shows here. The console page never sees or measures any of it.

type Copied = GuidePanelModel['copied'];

export async function startSidePanel(doc: Document, params: URLSearchParams): Promise<void> {
  const status = doc.getElementById('status') ?? doc.body.appendChild(doc.createElement('p'));
  // Drawn with the first page the guide knows in this tab.
  let panel: GuidePanelHandle | null = null;

  // The texts of the language the guide last used (the settings' until a page says).
  let locale = (await readSettings()).locale;
  let catalog: OverlayCatalog = await loadOverlayCatalog(locale);
  let tabId: number | null = null;
  let port: Browser.runtime.Port | null = null;
  let view: PanelView | null = null;
  let copied: Copied = 'idle';
  // The shape preview's copy state, for the preview it was copied from.
  let shapeCopied: { preview: string; state: Copied } | null = null;
  let pendingCopy: ((text: string | null) => void) | null = null;

  const say = (key: 'side.waiting' | 'side.disconnected') => {
    if (panel) panel.host.hidden = true;
    status.hidden = false;
    status.textContent = catalog.translator(locale)(key);
    doc.documentElement.lang = htmlLang[locale];
  };

  const copyDiagnostics = async (): Promise<boolean> => {
    if (!port) return false;
    const text = await new Promise<string | null>((resolve) => {
      pendingCopy = resolve;
      port?.postMessage({ type: 'diagnostics' } satisfies PanelToPage);
    });
    let ok = false;
    if (text !== null)
      ok = await navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      );
    copied = ok ? 'done' : 'failed';
    void render();
    return ok;
  };

  const shapeControl = (preview: string | null): ShapeControl => ({
    preview,
    copied: preview !== null && shapeCopied?.preview === preview ? shapeCopied.state : 'idle',
    onOpen: () => port?.postMessage({ type: 'shape', action: 'open' } satisfies PanelToPage),
    onClose: () => port?.postMessage({ type: 'shape', action: 'close' } satisfies PanelToPage),
    // Copied here: the side panel has the focus when its button is clicked, the console tab has not.
    onCopy: () => {
      if (preview === null) return;
      navigator.clipboard.writeText(preview).then(
        () => ((shapeCopied = { preview, state: 'done' }), void render()),
        () => ((shapeCopied = { preview, state: 'failed' }), void render()),
      );
    },
  });

  const render = async () => {
    const shown = view;
    if (!shown) return say(port ? 'side.disconnected' : 'side.waiting');
    // A page not fully known has a rule made for it (engine/unknown-page.ts): its panel is compact.
    const rule = shown.page === UNKNOWN_PAGE_ID ? unknownRule([]) : pageRules.find((r) => r.id === shown.page);
    if (!rule) return say('side.disconnected');
    if (shown.locale !== locale) {
      const loaded = await loadOverlayCatalog(shown.locale);
      if (view !== shown) return;
      locale = shown.locale;
      catalog = loaded;
    }
    const t = catalog.translator(locale);
    const model: GuidePanelModel = {
      ...shown,
      rule,
      t,
      copied,
      onToggle: () => {
        if (!view) return;
        view = { ...view, collapsed: !view.collapsed };
        void send({ type: 'settings.update', patch: { panelCollapsed: view.collapsed } });
        void render();
      },
      onCopyDiagnostics: copyDiagnostics,
      shape: shown.shape && shapeControl(shown.shape.preview),
    };
    if (!panel) {
      panel = createGuidePanel(doc, 'side');
      doc.body.append(panel.host);
    }
    status.hidden = true;
    panel.host.hidden = false;
    panel.host.setAttribute('lang', htmlLang[locale]);
    doc.documentElement.lang = htmlLang[locale];
    panel.update(model);
  };

  const onMessage = (raw: unknown) => {
    const message = raw as PageToPanel;
    if (message.type === 'view') {
      if (message.view?.page !== view?.page) copied = 'idle';
      view = message.view;
      void render();
    } else if (message.type === 'diagnostics') {
      pendingCopy?.(message.text);
      pendingCopy = null;
    }
  };

  const connect = (tab: number) => {
    port?.disconnect();
    port = null;
    view = null;
    tabId = tab;
    // Only the top frame: the console's steps are top-level pages.
    const opened = browser.tabs.connect(tab, { name: PANEL_PORT, frameId: 0 });
    port = opened;
    opened.onMessage.addListener(onMessage);
    opened.onDisconnect.addListener(() => {
      // No guide in the tab (yet), or its page went away: it says when one starts (panel.ready).
      void browser.runtime.lastError;
      if (port !== opened) return;
      port = null;
      view = null;
      pendingCopy?.(null);
      pendingCopy = null;
      void render();
    });
    void render();
  };

  // A guide started in the tab followed (a new page, or one the guide now recognises).
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (isPanelRequest(raw) && raw.type === 'panel.ready' && sender.tab?.id === tabId && (sender.frameId ?? 0) === 0) connect(tabId);
    return undefined;
  });

  const pinned = Number(params.get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return connect(pinned);

  // The side panel belongs to a window and shows the guide of whichever tab is active in it.
  const windowId = (await browser.windows.getCurrent()).id;
  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) connect(info.tabId);
  });
  const [active] = await browser.tabs.query({ active: true, windowId });
  if (active?.id !== undefined) connect(active.id);
  else void render();
}
