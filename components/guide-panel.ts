import type { Translate } from '../locales/overlay';
import { button, createOverlayHost, element } from './overlay-host';
import type { PageRule } from '../rules/schema';
import panelCss from './panel.css?inline';

// The step's guide: title, what it needs, and the facts that matter here, in plain English. Plain DOM
// in an open shadow root (styles in, page styles out), like the field tips: React would be two thirds
// of the content script's size for one small panel. The header and its toggle button are built once
// and kept, so keyboard focus stays on them when the panel collapses or expands.

export interface GuidePanelModel {
  rule: PageRule;
  t: Translate;
  englishConsole: boolean;
  translated: boolean;
  collapsed: boolean;
  fieldsFound: number;
  fieldsTotal: number;
  onToggle(): void;
  /** Copies the diagnostics (no personal data) for a bug report; resolves to whether it worked. */
  onCopyDiagnostics(): Promise<boolean>;
  copied: 'idle' | 'done' | 'failed';
  /** Page-specific warnings for this client (e.g. filing does not apply to overseas entities). */
  notices?: string[];
  /** A checklist tied to the page's fields (the verification documents). */
  checklist?: { title: string; items: { key: string; text: string; state: 'ok' | 'problem' | 'todo' }[] };
}

const CHECK_MARK = { ok: '✓', problem: '!', todo: '○' } as const;

export interface GuidePanelHandle {
  host: HTMLElement;
  /** The panel itself (its shadow root is closed on the console: host.shadowRoot is null there). */
  aside: HTMLElement;
  update(model: GuidePanelModel): void;
  remove(): void;
}

/** What the panel shows; the DOM is rebuilt only when this changes. */
function signature(m: GuidePanelModel): string {
  const checklist = m.checklist ? m.checklist.items.map((i) => `${i.key}:${i.state}`).join(',') : '';
  // The title's text (not just t.locale) so a language whose texts arrive later still re-renders.
  return [
    m.t.locale,
    m.t(m.rule.title),
    m.rule.id,
    m.englishConsole,
    m.translated,
    m.collapsed,
    m.fieldsFound,
    m.fieldsTotal,
    m.copied,
    (m.notices ?? []).join('¦'),
    checklist,
  ].join('|');
}

function body(doc: Document, m: GuidePanelModel, copy: () => void): HTMLElement {
  const { rule, t } = m;
  const box = element(doc, 'div', 'body');
  for (const notice of m.notices ?? []) {
    const p = element(doc, 'p', 'note notice', notice);
    p.setAttribute('role', 'status');
    box.append(p);
  }
  if (m.translated) box.append(element(doc, 'p', 'note translated', t('panel.translated-note')));
  if (m.englishConsole) box.append(element(doc, 'p', 'note lang-note', t('panel.language-note')));
  const needs = element(doc, 'ol', 'needs');
  needs.append(...rule.needs.map((key) => element(doc, 'li', undefined, t(key))));
  const guidance = element(doc, 'ul', 'guidance');
  for (const item of rule.guidance) {
    const li = element(doc, 'li', undefined, t(item.key));
    li.setAttribute('data-facts', item.facts.join(' '));
    if (item.facts.length > 0) li.append(element(doc, 'span', 'facts', item.facts.join(' · ')));
    guidance.append(li);
  }
  box.append(element(doc, 'h3', undefined, t('panel.needs')), needs, element(doc, 'h3', undefined, t('panel.good-to-know')), guidance);
  if (m.checklist && m.checklist.items.length > 0) {
    const list = element(doc, 'ul', 'checklist');
    for (const item of m.checklist.items) {
      const li = element(doc, 'li', item.state);
      li.setAttribute('data-state', item.state);
      const mark = element(doc, 'span', 'mark', CHECK_MARK[item.state]);
      mark.setAttribute('aria-hidden', 'true');
      li.append(mark, doc.createTextNode(item.text), element(doc, 'span', 'sr-only', ` (${t(`panel.checklist-${item.state}`)})`));
      list.append(li);
    }
    box.append(element(doc, 'h3', undefined, m.checklist.title), list);
  }
  if (m.fieldsTotal > 0) {
    const incomplete = m.fieldsFound < m.fieldsTotal;
    const found = element(doc, 'div', incomplete ? 'fields-found incomplete' : 'fields-found');
    found.append(
      element(doc, 'span', undefined, t(incomplete ? 'panel.fields-partial' : 'panel.fields-found', { found: m.fieldsFound, total: m.fieldsTotal })),
    );
    if (incomplete) {
      const label = m.copied === 'done' ? 'panel.diagnostics-copied' : m.copied === 'failed' ? 'panel.diagnostics-failed' : 'panel.copy-diagnostics';
      found.append(button(doc, 'diagnostics', t(label), copy));
    }
    box.append(found);
  }
  return box;
}

export function createGuidePanel(doc: Document): GuidePanelHandle {
  const { host, root } = createOverlayHost(doc, 'guide-panel');
  const style = element(doc, 'style');
  style.textContent = panelCss;
  const aside = element(doc, 'aside');
  const brand = element(doc, 'span', 'brand');
  let current: GuidePanelModel | null = null;
  const toggle = button(doc, 'toggle', '', () => current?.onToggle());
  const head = element(doc, 'header', 'head');
  head.append(brand, toggle);
  const title = element(doc, 'h2', 'title');
  aside.append(head, title);
  root.append(style, aside);
  let shown = '';

  const update = (m: GuidePanelModel) => {
    current = m;
    const next = signature(m);
    if (next === shown) return;
    shown = next;
    const { t, collapsed } = m;
    const titleText = t(m.rule.title);
    aside.className = collapsed ? 'panel collapsed' : 'panel';
    aside.setAttribute('aria-label', `${t('panel.brand')}: ${titleText}`);
    aside.setAttribute('data-mpg-panel-page', m.rule.id);
    brand.textContent = t('panel.brand');
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.setAttribute('aria-label', collapsed ? t('panel.expand') : t('panel.collapse'));
    toggle.textContent = collapsed ? '▴' : '▾';
    title.textContent = titleText;
    const hadFocus = root.activeElement?.classList.contains('diagnostics') ?? false;
    aside.querySelector(':scope > .body')?.remove();
    if (!collapsed) aside.append(body(doc, m, () => void current?.onCopyDiagnostics()));
    if (hadFocus) aside.querySelector<HTMLElement>('.diagnostics')?.focus();
  };

  return { host, aside, update, remove: () => host.remove() };
}
