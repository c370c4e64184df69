import type { GuidePanelModel, ShapeControl } from './guide-panel';
import type { Locale } from '../locales/overlay';

// The guide's panel lives in the browser's side panel (Chrome `side_panel`, Firefox `sidebar_action`),
// an extension page that never covers the console. The content script of the tab owns the page model
// and sends it; the side panel renders it with the same renderer (components/guide-panel.ts). This is
// the one place both sides' messages are typed.

/** The port the side panel opens to the guide in a tab (browser.tabs.connect, top frame). */
export const PANEL_PORT = 'mpg-side-panel';

/**
 * The panel's model as data: the rule by id and the language by locale (the side panel has the rules
 * and the texts itself), without the callbacks. What a feature adds to the panel model must be plain
 * data (structured-clonable) so it reaches the side panel as it is.
 */
export type PanelView = Omit<GuidePanelModel, 'rule' | 't' | 'onToggle' | 'onCopyDiagnostics' | 'diagnostics' | 'shape'> & {
  page: string;
  locale: Locale;
  /** "Copy page shape" as data: the preview (already masked) is what the side panel copies itself. */
  shape?: Pick<ShapeControl, 'preview'>;
};

/** Guide → side panel, on the port. `view: null`: the tab's page is not one the guide knows (now). */
export type PageToPanel = { type: 'view'; view: PanelView | null } | { type: 'diagnostics'; text: string | null };

/** Side panel → guide, on the port: the diagnostics text, or the page's shape preview opened or closed. */
export type PanelToPage = { type: 'diagnostics' } | { type: 'shape'; action: 'open' | 'close' };

/** Content script → extension (runtime.sendMessage), each with its reply. */
export interface PanelRequests {
  /** The in-page handle was clicked: open the side panel for this tab (needs the click's user gesture). */
  'panel.open': { ok: boolean };
  /** A guide started in this tab: an open side panel following it connects now. No reply. */
  'panel.ready': undefined;
}
export type PanelRequest = { [K in keyof PanelRequests]: { type: K } }[keyof PanelRequests];

const REQUESTS: readonly string[] = ['panel.open', 'panel.ready'] satisfies (keyof PanelRequests)[];

export function isPanelRequest(raw: unknown): raw is PanelRequest {
  return typeof raw === 'object' && raw !== null && REQUESTS.includes((raw as { type?: unknown }).type as string);
}

/** The model as the side panel receives it. */
export function toPanelView(model: GuidePanelModel): PanelView {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { rule, t, onToggle, onCopyDiagnostics, diagnostics, shape, ...data } = model;
  return { ...data, ...(shape ? { shape: { preview: shape.preview } } : {}), page: rule.id, locale: t.locale };
}
