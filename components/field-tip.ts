import { createOverlayHost, element } from './overlay-host';
import tipCss from './field-tip.css?inline';

// A field's tip lives in a light-DOM host next to the field (the diagnostics contract:
// data-mpg-field, data-mpg-status, data-mpg-codes) with its content in a shadow root. Plain DOM,
// not React: there can be dozens on a page and they update on every keystroke once checks run.

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
  /** Offer to fill the field with a known-good value (the exact registered company name). */
  fill?: { label: string; run(): void };
}

export interface FieldTipHandle {
  host: HTMLElement;
  update(model: FieldTipModel): void;
  remove(): void;
}

const HOST_STYLE = 'all: initial; display: block; margin: 4px 0 2px; max-width: 560px;';

export function createFieldTip(doc: Document, model: FieldTipModel): FieldTipHandle {
  const { host, root } = createOverlayHost(doc, 'mpg-field-tip', { style: HOST_STYLE });
  host.setAttribute('data-mpg-field', model.fieldId);
  const style = doc.createElement('style');
  style.textContent = tipCss;
  const box = element(doc, 'div', 'tip');
  box.setAttribute('role', 'note');
  const live = element(doc, 'div', 'findings');
  live.setAttribute('aria-live', 'polite');
  let fill: FieldTipModel['fill'];
  // The parts that stay for the tip's life are never re-inserted: moving a node drops its focus,
  // and Tab from the field lands on the fill button just as leaving the field re-runs the checks.
  const content = element(doc, 'div', 'content');
  const fillButton = element(doc, 'button', 'fill');
  fillButton.type = 'button';
  // Only the user's own click (or key press on the button) fills: never a page script's.
  fillButton.addEventListener('click', (event) => event.isTrusted && fill?.run());
  box.append(content, live, fillButton);
  root.append(style, box);

  let shown = '';
  const update = (next: FieldTipModel) => {
    fill = next.fill;
    // Every keystroke refreshes every tip of the page: only a tip whose content changed is rebuilt.
    const signature = JSON.stringify({ ...next, fill: next.fill?.label });
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
    fillButton.textContent = next.fill?.label ?? '';
    fillButton.hidden = !next.fill;
    box.className = `tip ${next.status ?? ''}`;
    box.setAttribute('aria-label', `${next.name}: ${next.about}`);
    content.replaceChildren(...parts);
    if (next.status) {
      host.setAttribute('data-mpg-status', next.status);
      host.setAttribute('data-mpg-codes', (next.findings ?? []).map((f) => f.code).join(' '));
    } else {
      host.removeAttribute('data-mpg-status');
      host.removeAttribute('data-mpg-codes');
    }
  };
  update(model);
  return { host, update, remove: () => host.remove() };
}
