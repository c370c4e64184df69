import { OVERLAY_ATTRIBUTE } from '../engine/text';
import { overlayShadowMode } from './shadow-mode';

// What every overlay on the console shares (the field tips, the guide panel, the presenter's
// callout): a custom-element host marked as ours, never machine-translated, with a shadow root
// (closed on the console: see shadow-mode.ts), whose events stay inside; and the small DOM helpers
// their renderers use. No React in the content script (docs/performance.md).

/** Events from inside an overlay must not reach the page's own handlers (forms, delegated clicks). */
export const CONTAINED_EVENTS: readonly string[] = [
  'click',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'focusin',
  'focusout',
  'submit',
];

export interface OverlayHostOptions {
  /** Inline style of the host (the page's CSS must not reach it: `all: initial`). */
  style?: string;
  /** Events stopped at the host (default CONTAINED_EVENTS). */
  contained?: readonly string[];
}

export function createOverlayHost(doc: Document, tag: string, options: OverlayHostOptions = {}): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute(OVERLAY_ATTRIBUTE, '');
  host.setAttribute('translate', 'no');
  if (options.style !== undefined) host.setAttribute('style', options.style);
  for (const type of options.contained ?? CONTAINED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  const root = host.attachShadow({ mode: overlayShadowMode() });
  return { host, root };
}

export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export function button(doc: Document, className: string, text: string, onClick: () => void): HTMLButtonElement {
  const el = element(doc, 'button', className, text);
  el.type = 'button';
  el.addEventListener('click', onClick);
  return el;
}
