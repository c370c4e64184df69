import { createInlineFrame, type InlineFrameHandle } from './inline/frame';
import type { InlineView } from './inline/protocol';
import { createOverlayHost, element } from './overlay-host';
import tipCss from './field-tip.css?inline';
import findingCss from './finding.css?inline';

// A field's tip lives in a light-DOM host next to the field (the diagnostics contract:
// data-mpg-field, data-mpg-status, data-mpg-codes) with its content in a shadow root. Plain DOM,
// not React: there can be dozens on a page and they update on every keystroke once checks run.
//
// What the tip draws in the page holds nothing derived from client data: the label's meaning, the
// console's own texts, checks of what was typed that need no client data. The verdicts that consult
// client data (the registered name and number, emails used before) and the fill button are in the
// tip's inline frame (components/inline/), a fixed-size extension iframe the page cannot read or
// measure (docs/privacy.md). The host's data-mpg-* attributes say only what the page part says,
// unless the user turned diagnostics on (options page).

export type TipStatus = 'ok' | 'info' | 'warn' | 'error';

export interface TipFinding {
  code: string;
  severity: Exclude<TipStatus, 'ok'>;
  text: string;
  facts?: string[];
}

/** The tip's fixed words in the UI language (locales: tip.*), and its `lang` tag. */
export interface TipLabels {
  lang: string;
  badge: string;
  severity: Record<TipStatus, string>;
}

export interface FieldTipModel {
  fieldId: string;
  labels: TipLabels;
  name: string;
  about: string;
  /** The console's own texts found in the field's row (hints, errors), explained in the UI language. */
  consoleNotes: { zh: string; en: string; action?: string }[];
  /** Absent until the field's checks have run. */
  status?: TipStatus;
  findings?: TipFinding[];
  /** A live checklist (the password rules). */
  checklist?: { label: string; ok: boolean }[];
  /** The part derived from client data, in the inline frame: shown once the user focused the field. */
  inline?: InlineTipModel;
  /** Diagnostics on: data-mpg-status and data-mpg-codes include the inline frame's findings. */
  diagnostics?: boolean;
}

export interface InlineTipModel {
  /** Whether the frame is on screen (the user focused the field); the findings count for diagnostics either way. */
  open: boolean;
  /** Absent until the field's checks have run. */
  status?: TipStatus;
  findings: TipFinding[];
  /** What the frame says with no finding. */
  idle: string;
  /** Said in the frame when a fill was refused because the box was hidden or covered. */
  hiddenNotice: string;
  /** Offer to fill the field with a known-good value (the exact registered company name). */
  fill?: { label: string; run(): void };
}

const WORST: readonly TipStatus[] = ['ok', 'info', 'warn', 'error'];
const worse = (a: TipStatus | undefined, b: TipStatus | undefined) => (a && b ? (WORST.indexOf(a) >= WORST.indexOf(b) ? a : b) : (a ?? b));

/** What the frame shows: plain data, texts already in the UI language. */
function inlineView(model: FieldTipModel, inline: InlineTipModel): InlineView {
  return {
    type: 'view',
    lang: model.labels.lang,
    name: model.name,
    status: inline.status,
    findings: inline.findings.map((f) => ({
      severity: f.severity,
      severityLabel: model.labels.severity[f.severity],
      text: f.text,
      facts: f.facts?.join(' '),
    })),
    idle: inline.idle,
    fill: inline.fill?.label,
    hiddenNotice: inline.hiddenNotice,
  };
}

export interface FieldTipHandle {
  host: HTMLElement;
  update(model: FieldTipModel): void;
  remove(): void;
}

const HOST_STYLE = 'all: initial; display: block; margin: 4px 0 2px; max-width: 560px;';

export function createFieldTip(doc: Document, model: FieldTipModel): FieldTipHandle {
  const { host, root } = createOverlayHost(doc, 'field-tip', { style: HOST_STYLE });
  host.setAttribute('data-mpg-field', model.fieldId);
  const style = doc.createElement('style');
  style.textContent = tipCss + findingCss;
  const box = element(doc, 'div', 'tip');
  box.setAttribute('role', 'note');
  const live = element(doc, 'div', 'findings');
  live.setAttribute('aria-live', 'polite');
  // The parts that stay for the tip's life are never re-inserted: moving a node drops its focus
  // (and an iframe moved is loaded again).
  const content = element(doc, 'div', 'content');
  box.append(content, live);
  root.append(style, box);
  let inline: InlineTipModel | undefined;
  let frame: InlineFrameHandle | null = null;

  let shown = '';
  const update = (next: FieldTipModel) => {
    inline = next.inline;
    if (next.inline?.open) {
      // Only the user's own click in the frame fills (never the page's): the frame asks, we fill.
      frame ??= createInlineFrame(doc, host, next.name, () => inline?.fill?.run());
      if (!frame.element.isConnected) box.append(frame.element);
      frame.show(inlineView(next, next.inline));
    }
    // Every keystroke refreshes every tip of the page: only a tip whose content changed is rebuilt.
    const signature = JSON.stringify({ ...next, inline: next.inline && { ...next.inline, fill: next.inline.fill?.label } });
    if (signature === shown) return;
    shown = signature;
    // textContent only: names, hints and console texts never become markup.
    const head = element(doc, 'div', 'head');
    host.setAttribute('lang', next.labels.lang);
    head.append(element(doc, 'span', 'badge', next.labels.badge), element(doc, 'span', 'name', next.name));
    const parts: Node[] = [head, element(doc, 'div', 'about', next.about)];
    for (const note of next.consoleNotes) {
      const item = element(doc, 'div', 'note');
      item.append(element(doc, 'span', 'zh', note.zh), element(doc, 'span', 'en', note.en));
      if (note.action) item.append(element(doc, 'span', 'action', note.action));
      parts.push(item);
    }
    if (next.checklist) {
      const list = element(doc, 'ul', 'checklist');
      for (const item of next.checklist) {
        const li = element(doc, 'li', item.ok ? 'done' : 'todo', `${item.ok ? '✓' : '○'} ${item.label}`);
        list.append(li);
      }
      parts.push(list);
    }
    live.replaceChildren(
      ...(next.findings ?? []).map((finding) => {
        const row = element(doc, 'div', `finding ${finding.severity}`);
        row.setAttribute('data-code', finding.code);
        row.append(element(doc, 'span', 'severity', next.labels.severity[finding.severity]), element(doc, 'span', 'text', finding.text));
        if (finding.facts?.length) row.setAttribute('data-facts', finding.facts.join(' ')); // ids are for tests, not users
        return row;
      }),
    );
    box.className = `tip ${next.status ?? ''}`;
    box.setAttribute('aria-label', `${next.name}: ${next.about}`);
    content.replaceChildren(...parts);
    // By default the page learns only what the page part of the tip says.
    const status = next.diagnostics ? worse(next.status, next.inline?.status) : next.status;
    const codes = [...(next.findings ?? []), ...(next.diagnostics ? (next.inline?.findings ?? []) : [])].map((f) => f.code);
    if (status) {
      host.setAttribute('data-mpg-status', status);
      host.setAttribute('data-mpg-codes', codes.join(' '));
    } else {
      host.removeAttribute('data-mpg-status');
      host.removeAttribute('data-mpg-codes');
    }
  };
  update(model);
  return { host, update, remove: () => host.remove() };
}

/** A page text's tip: its meaning in the UI language, right after the console's button, label or notice. */
export interface TextTipModel {
  /** rules/page-texts.ts id: the host's data-mpg-text. */
  id: string;
  lang: string;
  badge: string;
  meaning: string;
}

export interface TextTipHandle {
  host: HTMLElement;
  update(model: TextTipModel): void;
  remove(): void;
}

const TEXT_TIP_STYLE = 'all: initial; display: inline-block; vertical-align: middle; margin: 0 6px; max-width: 420px;';
const TEXT_TIP_CSS = `
.text-tip { font: 11px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1f2d3d; background: #f2f8ff;
  border: 1px solid #b9d7f7; border-radius: 3px; padding: 1px 5px; display: inline-flex; gap: 4px; align-items: baseline; }
.badge { font-size: 10px; font-weight: 700; color: #fff; background: #1362cf; border-radius: 2px; padding: 0 3px; }
`;

export function createTextTip(doc: Document, model: TextTipModel): TextTipHandle {
  const { host, root } = createOverlayHost(doc, 'text-tip', { style: TEXT_TIP_STYLE, inline: true });
  const style = doc.createElement('style');
  style.textContent = TEXT_TIP_CSS;
  const box = element(doc, 'span', 'text-tip');
  box.setAttribute('role', 'note');
  root.append(style, box);
  let shown = '';
  const update = (next: TextTipModel) => {
    host.setAttribute('data-mpg-text', next.id);
    host.setAttribute('lang', next.lang);
    const signature = `${next.lang}|${next.badge}|${next.meaning}`;
    if (signature === shown) return;
    shown = signature;
    box.replaceChildren(element(doc, 'span', 'badge', next.badge), element(doc, 'span', 'meaning', next.meaning));
  };
  update(model);
  return { host, update, remove: () => host.remove() };
}
