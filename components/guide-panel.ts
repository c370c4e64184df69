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
  /** Needs and guidance (locale keys) that do not apply to the rendering on screen (rules' `when`). */
  omit?: string[];
  /** The number the page's own step bar gives this step: the title shows it instead of ours. */
  step?: number;
  onToggle(): void;
  /** Copies the diagnostics (no personal data) for a bug report; resolves to whether it worked. */
  onCopyDiagnostics(): Promise<boolean>;
  copied: 'idle' | 'done' | 'failed';
  /** The diagnostics report as text (the side panel copies it from its own page), or null off a known page. */
  diagnostics?(): string | null;
  /** Page-specific warnings for this client (e.g. filing does not apply to overseas entities). */
  notices?: string[];
  /** A checklist tied to the page's fields (the verification documents). */
  checklist?: { title: string; items: { key: string; text: string; state: 'ok' | 'problem' | 'todo' }[] };
  /** A page no rule matches, with tips for this many fields (engine/unknown-page.ts): the compact panel. */
  unknownFields?: number;
  /** "Copy page shape": the preview of exactly what is copied, then the copy (content/features/page-shape.ts). */
  shape?: ShapeControl;
}

export interface ShapeControl {
  /** The JSON shown and copied; null while the preview is closed. */
  preview: string | null;
  copied: 'idle' | 'done' | 'failed';
  onOpen(): void;
  onCopy(): void;
  onClose(): void;
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
    (m.omit ?? []).join(','),
    m.step ?? '',
    m.englishConsole,
    m.translated,
    m.collapsed,
    m.fieldsFound,
    m.fieldsTotal,
    m.copied,
    (m.notices ?? []).join('¦'),
    checklist,
    m.unknownFields ?? '',
    m.shape ? `${m.shape.copied}:${m.shape.preview ?? ''}` : '',
  ].join('|');
}

/** The shape report: a button, then the exact JSON that will be copied, with Copy and Close. */
function shapeSection(doc: Document, t: Translate, shape: ShapeControl): HTMLElement {
  const box = element(doc, 'div', 'shape');
  if (shape.preview === null) {
    box.append(button(doc, 'shape-open', t('panel.shape.open'), () => shape.onOpen()));
    return box;
  }
  const note = element(doc, 'p', 'note', t('panel.shape.preview-note'));
  const pre = element(doc, 'pre', 'shape-preview', shape.preview);
  pre.setAttribute('tabindex', '0');
  pre.setAttribute('aria-label', t('panel.shape.preview-label'));
  const label = shape.copied === 'done' ? 'panel.shape.copied' : shape.copied === 'failed' ? 'panel.shape.failed' : 'panel.shape.copy';
  box.append(
    note,
    pre,
    button(doc, 'shape-copy', t(label), () => shape.onCopy()),
    button(doc, 'shape-close', t('panel.shape.close'), () => shape.onClose()),
  );
  return box;
}

function body(doc: Document, m: GuidePanelModel, copy: () => void): HTMLElement {
  const { rule, t } = m;
  const box = element(doc, 'div', 'body');
  if (m.unknownFields !== undefined) {
    // Compact: no step, no needs; the tips are on the fields, and the shape report helps us learn the page.
    box.append(element(doc, 'p', 'note unknown-note', t('panel.unknown.about')));
    if (m.shape) box.append(shapeSection(doc, t, m.shape));
    return box;
  }
  for (const notice of m.notices ?? []) {
    const p = element(doc, 'p', 'note notice', notice);
    p.setAttribute('role', 'status');
    box.append(p);
  }
  if (m.translated) box.append(element(doc, 'p', 'note translated', t('panel.translated-note')));
  if (m.englishConsole) box.append(element(doc, 'p', 'note lang-note', t('panel.language-note')));
  const omit = new Set(m.omit ?? []);
  const needs = element(doc, 'ol', 'needs');
  needs.append(...rule.needs.filter((key) => !omit.has(key)).map((key) => element(doc, 'li', undefined, t(key))));
  const guidance = element(doc, 'ul', 'guidance');
  for (const item of rule.guidance.filter((g) => !omit.has(g.key))) {
    const li = element(doc, 'li', undefined, t(item.key));
    // The facts it rests on stay a data attribute (tests, diagnostics): fact ids mean nothing to a user.
    li.setAttribute('data-facts', item.facts.join(' '));
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
  if (m.shape) box.append(shapeSection(doc, t, m.shape));
  return box;
}

/** The step's title, with the number the page's own step bar shows where it shows one. */
export function stepTitle(m: Pick<GuidePanelModel, 'rule' | 't' | 'step'>): string {
  const bar = m.rule.stepBar;
  return bar && m.step !== undefined ? m.t(bar.title, { step: m.step }) : m.t(m.rule.title);
}

/**
 * `page`: a floating box in a page (the practice console's frame); `side`: filling the browser's side
 * panel (entrypoints/sidepanel/), which is where the guide shows on the console.
 */
export type GuidePanelPlace = 'page' | 'side';

export function createGuidePanel(doc: Document, place: GuidePanelPlace = 'page'): GuidePanelHandle {
  const { host, root } = createOverlayHost(doc, 'guide-panel');
  host.setAttribute('data-place', place);
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
    const titleText = m.unknownFields !== undefined ? t('panel.unknown.title', { count: m.unknownFields }) : stepTitle(m);
    aside.className = collapsed ? 'panel collapsed' : 'panel';
    aside.setAttribute('aria-label', `${t('panel.brand')}: ${titleText}`);
    aside.setAttribute('data-mpg-panel-page', m.rule.id);
    brand.textContent = t('panel.brand');
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.setAttribute('aria-label', collapsed ? t('panel.expand') : t('panel.collapse'));
    toggle.textContent = collapsed ? '▴' : '▾';
    title.textContent = titleText;
    // Keyboard focus stays on the button that was pressed (its label changes, the body is rebuilt).
    const focused = ['diagnostics', 'shape-open', 'shape-copy', 'shape-close'].find((c) => root.activeElement?.classList.contains(c));
    aside.querySelector(':scope > .body')?.remove();
    if (!collapsed) aside.append(body(doc, m, () => void current?.onCopyDiagnostics()));
    const refocus = focused === 'shape-open' ? 'shape-copy' : focused === 'shape-close' ? 'shape-open' : focused;
    if (refocus) aside.querySelector<HTMLElement>(`.${refocus}`)?.focus();
  };

  return { host, aside, update, remove: () => host.remove() };
}
