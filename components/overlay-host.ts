import { OVERLAY_ATTRIBUTE } from '../engine/text';
import { overlayShadowMode } from './shadow-mode';

// What every overlay on the console shares (the field tips, the guide panel, the presenter's
// callout): a host marked as ours, never machine-translated, with a shadow root (closed on the
// console: see shadow-mode.ts), whose events stay inside; and the small DOM helpers their renderers
// use. No React in the content script (docs/performance.md).
//
// The host is a built-in element (div or span), never a custom-element name: a page that defines
// `mpg-field-tip` before the guide runs would have our host built from its own class, and
// `attachInternals().shadowRoot` hands a custom element its closed root (issue 19, item 2). A div
// cannot be customised by the page. Which overlay a host is, is its `data-mpg-host` value.

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
  /** A span rather than a div (a host inside a line of text). */
  inline?: boolean;
}

/** The overlays on the console, each the `data-mpg-host` value of its host. */
export type OverlayKind = 'field-tip' | 'text-tip' | 'guide-panel' | 'panel-handle' | 'presenter';

/** A CSS selector for the host of one kind of overlay (tests, the presenter's larger type). */
export const hostSelector = (kind: OverlayKind): string => `[${OVERLAY_ATTRIBUTE}="${kind}"]`;

export function createOverlayHost(doc: Document, kind: OverlayKind, options: OverlayHostOptions = {}): { host: HTMLElement; root: ShadowRoot } {
  // Built-in, so no page-defined custom element class can take it over (see above).
  const host = doc.createElement(options.inline ? 'span' : 'div');
  host.setAttribute(OVERLAY_ATTRIBUTE, kind);
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
