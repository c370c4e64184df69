import { OVERLAY_ATTRIBUTE } from '../engine/text';
import tipCss from './field-tip.css?inline';

// A field's tip lives in a light-DOM host next to the field (the diagnostics contract:
// data-mpg-field) with its content in a closed-to-styles shadow root. Plain DOM, not React:
// there can be dozens on a page and they update on every keystroke once checks run.

export interface FieldTipModel {
  fieldId: string;
  name: string;
  about: string;
  /** English for the console's own texts found in the field's row (hints, errors). */
  consoleNotes: { zh: string; en: string; action?: string }[];
}

export interface FieldTipHandle {
  host: HTMLElement;
  update(model: FieldTipModel): void;
  remove(): void;
}

const HOST_STYLE = 'all: initial; display: block; margin: 4px 0 2px; max-width: 560px;';
// Events from inside the tip must not reach the page's own handlers (forms, delegated clicks).
const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'focusin', 'focusout', 'submit'];

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string) {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export function createFieldTip(doc: Document, model: FieldTipModel): FieldTipHandle {
  const host = doc.createElement('mpg-field-tip');
  host.setAttribute(OVERLAY_ATTRIBUTE, '');
  host.setAttribute('data-mpg-field', model.fieldId);
  host.setAttribute('translate', 'no');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  const style = doc.createElement('style');
  style.textContent = tipCss;
  const box = element(doc, 'div', 'tip');
  box.setAttribute('role', 'note');
  root.append(style, box);

  const update = (next: FieldTipModel) => {
    // textContent only: names, hints and console texts never become markup.
    const head = element(doc, 'div', 'head');
    head.append(element(doc, 'span', 'badge', 'EN'), element(doc, 'span', 'name', next.name));
    const about = element(doc, 'div', 'about', next.about);
    const notes = next.consoleNotes.map((note) => {
      const item = element(doc, 'div', 'note');
      item.append(element(doc, 'span', 'zh', note.zh), element(doc, 'span', 'en', note.en));
      if (note.action) item.append(element(doc, 'span', 'action', note.action));
      return item;
    });
    box.setAttribute('aria-label', `${next.name}: ${next.about}`);
    box.replaceChildren(head, about, ...notes);
  };
  update(model);
  return { host, update, remove: () => host.remove() };
}
