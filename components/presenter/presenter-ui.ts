import { button, createOverlayHost, element } from '../overlay-host';
import { centreCallout, followTarget, SPOTLIGHT_PADDING } from './position';
import presenterCss from './presenter.css?inline';

// Presenter mode on screen: a spotlight on the target and a callout with "step x of y", the talking
// point and the controls. Plain DOM in a shadow root (like the field tips): it updates on every
// step, and the page's styles must not reach it.

export interface PresenterView {
  page: string;
  step: string;
  point: string;
  /** Shown when the target is not on screen (the callout is then centred). */
  missing?: string;
  canBack: boolean;
  canNext: boolean;
}

export interface PresenterLabels {
  region: string;
  back: string;
  next: string;
  leave: string;
  keys: string;
}

export interface PresenterActions {
  back(): void;
  next(): void;
  leave(): void;
}

export interface PresenterUi {
  host: HTMLElement;
  /**
   * Shows a stop; `target` null centres the callout over a dimmed page. `companions`: what belongs
   * to the target (its field tip), lit with it and never covered by the callout.
   */
  render(view: PresenterView, target: Element | null, companions?: () => Element[]): void;
  remove(): void;
}

// Events inside the callout must not reach the console's own handlers; keydown must reach the
// presenter's own listener on the document (the arrow keys work with the focus on a button).
const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'keyup', 'keypress', 'focusin', 'focusout'];

const px = (value: number) => `${Math.max(0, value)}px`;

/**
 * Dims everything but the box: four curtains around it and an outline on it. (One element with a
 * huge box-shadow is simpler, but Chrome does not always repaint it over the guide panel.)
 */
function drawSpotlight(curtains: readonly HTMLElement[], outline: HTMLElement, box: DOMRect): void {
  const left = box.left - SPOTLIGHT_PADDING;
  const top = box.top - SPOTLIGHT_PADDING;
  const right = box.right + SPOTLIGHT_PADDING;
  const bottom = box.bottom + SPOTLIGHT_PADDING;
  const [above, below, before, after] = curtains;
  Object.assign(above!.style, { left: '0', right: '0', top: '0', height: px(top), bottom: '', width: '' });
  Object.assign(below!.style, { left: '0', right: '0', top: px(bottom), bottom: '0', height: '', width: '' });
  Object.assign(before!.style, { left: '0', top: px(top), width: px(left), height: px(bottom - top), right: '', bottom: '' });
  Object.assign(after!.style, { left: px(right), right: '0', top: px(top), height: px(bottom - top), bottom: '', width: '' });
  Object.assign(outline.style, { left: px(left), top: px(top), width: px(right - left), height: px(bottom - top) });
}

export function createPresenterUi(doc: Document, labels: PresenterLabels, actions: PresenterActions): PresenterUi {
  const { host, root } = createOverlayHost(doc, 'presenter', { style: 'all: initial;', contained: CONTAINED_EVENTS });
  const style = doc.createElement('style');
  style.textContent = presenterCss;

  const dim = element(doc, 'div', 'dim');
  const spotlight = element(doc, 'div', 'spotlight');
  const outline = element(doc, 'div', 'outline');
  const curtains = [0, 1, 2, 3].map(() => element(doc, 'div', 'curtain'));
  spotlight.append(...curtains, outline);
  const callout = element(doc, 'section', 'callout');
  callout.setAttribute('aria-label', labels.region);
  const step = element(doc, 'span', 'step');
  // The step and point are announced as they change (the trainer may drive it with the keyboard).
  const live = element(doc, 'div', 'live');
  live.setAttribute('aria-live', 'polite');
  const page = element(doc, 'span', 'page');
  const point = element(doc, 'p', 'point');
  const missing = element(doc, 'p', 'missing');
  // Only the user's own clicks: a page script's click() on a button it reached must not leave.
  const trusted = (className: string, text: string, action: () => void) => {
    const el = button(doc, className, text, () => undefined);
    el.addEventListener('click', (event) => event.isTrusted && action());
    return el;
  };
  const back = trusted('back', labels.back, actions.back);
  const next = trusted('next', labels.next, actions.next);
  const leave = trusted('leave', labels.leave, actions.leave);
  const head = element(doc, 'div', 'head');
  head.append(step, page);
  live.append(head, point, missing);
  const controls = element(doc, 'div', 'actions');
  controls.append(back, next, leave);
  callout.append(live, controls, element(doc, 'p', 'keys', labels.keys));
  root.append(style, dim, spotlight, callout);
  (doc.body ?? doc.documentElement).append(host);

  let stopFollowing: (() => void) | null = null;
  const render = (view: PresenterView, target: Element | null, companions?: () => Element[]) => {
    step.textContent = view.step;
    page.textContent = view.page;
    point.textContent = view.point;
    missing.textContent = view.missing ?? '';
    missing.hidden = !view.missing;
    back.disabled = !view.canBack;
    next.disabled = !view.canNext;
    stopFollowing?.();
    stopFollowing = null;
    dim.hidden = target !== null;
    spotlight.hidden = target === null;
    if (target) stopFollowing = followTarget(target, callout, (box) => drawSpotlight(curtains, outline, box), companions);
    else centreCallout(callout);
  };
  const remove = () => {
    stopFollowing?.();
    host.remove();
  };
  return { host, render, remove };
}
