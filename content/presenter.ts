import { hostSelector } from '../components/overlay-host';
import { createPresenterUi, type PresenterUi } from '../components/presenter/presenter-ui';
import { resolveTarget } from './presenter-targets';
import type { Detection } from '../engine/detect';
import { OVERLAY_ATTRIBUTE } from '../engine/text';
import { presenterStops } from '../rules/presenter';

// Presenter mode for trainers: walks the room through the recognised page one stop at a time
// (rules/presenter.ts), driven by the keyboard or the callout's buttons, with larger type.
// The guide tells it which page is on screen; it knows nothing about settings or storage.

export interface PresenterOptions {
  doc: Document;
  /** The text of a locale key in the UI language. */
  t(key: string, params?: Record<string, string | number>): string;
  /** The guide panel's visible box, for stops that point at the panel. */
  panel(): Element | null;
  /** Esc or the Leave button: the caller switches the setting off. */
  onLeave(): void;
  /** An untrusted key the extension itself sent (the practice shell's forwarded keys). */
  ownKey?(event: KeyboardEvent): boolean;
  signal: AbortSignal;
}

export interface Presenter {
  /** Presents the detected page (from its first stop when the page changed); null hides presenter mode. */
  show(detection: Detection | null): void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const BACK_KEYS = new Set(['ArrowLeft', 'PageUp']);
const ARROWS = new Set(['ArrowRight', 'ArrowLeft']);
/** Bigger tips and panel for the back row; the callout has its own large type. */
const LARGER_TYPE = `${hostSelector('field-tip')} { zoom: 1.2 !important; } ${hostSelector('guide-panel')} { zoom: 1.15 !important; }`;

/** Room kept above a target scrolled into view. */
const TOP_MARGIN = 72;

/** Scrolls the target near the top, leaving the room below it for the callout. */
function bringIntoView(target: Element): void {
  target.scrollIntoView({ block: 'start', inline: 'nearest' });
  target.ownerDocument.defaultView?.scrollBy(0, -TOP_MARGIN);
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as Element | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

export function createPresenter({ doc, t, panel, onLeave, ownKey, signal }: PresenterOptions): Presenter {
  let ui: PresenterUi | null = null;
  let style: HTMLStyleElement | null = null;
  let detection: Detection | null = null;
  let pageId: string | null = null;
  let index = 0;

  // The points that apply to the rendering on screen (the rule's `when`: no amount to check on the no-fee page).
  const stops = () => {
    if (!detection) return [];
    const omit = new Set(detection.variant?.omit ?? []);
    return presenterStops[detection.rule.id].filter((stop) => !omit.has(stop.point));
  };

  const render = (scroll: boolean) => {
    const all = stops();
    const stop = all[index];
    if (!ui || !detection || !stop) return;
    const target = resolveTarget(stop.target, detection, doc, panel);
    if (target && scroll) bringIntoView(target);
    ui.render(
      {
        page: t(detection.rule.title),
        step: t('presenter.step', { x: index + 1, y: all.length }),
        point: t(stop.point),
        missing: target ? undefined : t('presenter.missing'),
        canBack: index > 0,
        canNext: index < all.length - 1,
      },
      target,
      // A field's tip (its error, its Fill button) stays lit and uncovered with the field.
      () => [...doc.querySelectorAll(`[data-mpg-host="field-tip"][data-mpg-field="${CSS.escape(stop.target)}"]`)],
    );
  };

  const go = (delta: number) => {
    const next = Math.min(Math.max(index + delta, 0), stops().length - 1);
    if (next === index) return;
    index = next;
    render(true);
  };

  const hide = () => {
    ui?.remove();
    style?.remove();
    ui = null;
    style = null;
    pageId = null;
    doc.removeEventListener('keydown', onKey, true);
  };

  const leave = () => {
    hide();
    onLeave();
  };

  function onKey(event: KeyboardEvent) {
    // Only the trainer's own keys: a page script's synthetic Escape must not switch masking off in
    // every tab (execCommand fires no keydown, so a trusted keydown is a real key).
    if (!event.isTrusted && !ownKey?.(event)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Arrows keep moving the caret in the console's own fields.
    if (ARROWS.has(event.key) && isEditable(event.composedPath()[0] ?? event.target)) return;
    if (NEXT_KEYS.has(event.key)) go(1);
    else if (BACK_KEYS.has(event.key)) go(-1);
    else if (event.key === 'Escape') leave();
    else return;
    event.preventDefault();
  }

  const show = (next: Detection | null) => {
    detection = next;
    if (!next || signal.aborted || stops().length === 0) return hide();
    const changed = next.rule.id !== pageId;
    if (changed) {
      pageId = next.rule.id;
      index = 0;
    }
    if (!ui) {
      ui = createPresenterUi(
        doc,
        { region: t('presenter.region'), back: t('presenter.back'), next: t('presenter.next'), leave: t('presenter.leave'), keys: t('presenter.keys') },
        { back: () => go(-1), next: () => go(1), leave },
      );
      style = doc.createElement('style');
      style.setAttribute(OVERLAY_ATTRIBUTE, '');
      style.textContent = LARGER_TYPE;
      (doc.head ?? doc.documentElement).append(style);
      doc.addEventListener('keydown', onKey, true);
    }
    render(changed);
  };

  signal.addEventListener('abort', hide);
  return { show };
}
