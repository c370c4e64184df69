// Keeps the callout beside its target while the page scrolls, resizes or re-renders, and reports
// the target's box on every change so the spotlight can follow. Hand-written rather than
// @floating-ui/dom: the content script has a size budget (scripts/bench/budgets.mjs) and this is
// all the geometry presenter mode needs.

/** Room between the target and the spotlight's edge. */
export const SPOTLIGHT_PADDING = 6;
/** Room between the spotlight and the callout, and between the callout and the viewport's edge. */
const GAP = SPOTLIGHT_PADDING + 10;
const MARGIN = 12;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Where the callout goes: below the target when it fits, else above, else beside it (right, then
 * left); where nothing fits, below and pushed back on screen even if it then covers part of the
 * target. Always inside the viewport. Pure.
 */
export function calloutPosition(target: Box, callout: Size, viewport: Size): { x: number; y: number } {
  const below = target.bottom + GAP;
  const above = target.top - GAP - callout.height;
  const right = target.right + GAP;
  const left = target.left - GAP - callout.width;
  let x = target.left;
  let y = below;
  if (below + callout.height > viewport.height - MARGIN) {
    if (above >= MARGIN) y = above;
    else if (right + callout.width <= viewport.width - MARGIN) [x, y] = [right, target.top];
    else if (left >= MARGIN) [x, y] = [left, target.top];
  }
  return {
    x: clamp(x, MARGIN, Math.max(MARGIN, viewport.width - MARGIN - callout.width)),
    y: clamp(y, MARGIN, Math.max(MARGIN, viewport.height - MARGIN - callout.height)),
  };
}

/** The smallest box holding every box given (the target and what belongs to it). */
export function unionBox(boxes: readonly Box[]): DOMRect {
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * Follows the target until the returned function is called. `companions` are what belongs to the
 * target and must stay in sight with it (a field's tip, with its error and Fill button): the
 * spotlight holds them and the callout goes around them, never over them.
 */
export function followTarget(target: Element, callout: HTMLElement, onBox: (box: DOMRect) => void, companions: () => Element[] = () => []): () => void {
  callout.classList.remove('centred');
  const doc = target.ownerDocument;
  const view = doc.defaultView;
  let frame = 0;
  let scrolled = false;
  const update = () => {
    frame = 0;
    const shown = companions().filter((el) => el.isConnected && el.getClientRects().length > 0);
    const box = unionBox([target, ...shown].map((el) => el.getBoundingClientRect()));
    onBox(box);
    const { width, height } = callout.getBoundingClientRect();
    const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const { x, y } = calloutPosition(box, { width, height }, viewport);
    // Nowhere beside the lit box: scroll it to the top of the window once, where the callout fits
    // below it (the scroll brings another update), rather than cover the field's error or buttons.
    const covers = x < box.right && box.left < x + width && y < box.bottom && box.top < y + height;
    if (covers && !scrolled) {
      scrolled = true;
      target.scrollIntoView({ block: 'start' });
      schedule(); // placed in the next frame, even where the page cannot scroll
      return;
    }
    callout.style.left = `${x}px`;
    callout.style.top = `${y}px`;
  };
  const schedule = () => {
    if (!frame && view) frame = view.requestAnimationFrame(update);
  };
  update();
  // Scrolling anywhere (the page or a scrolling box around the target), resizing, and either box
  // changing size (a tip growing as the user types, the callout's next point).
  view?.addEventListener('scroll', schedule, { capture: true, passive: true });
  view?.addEventListener('resize', schedule, { passive: true });
  const resized = view && 'ResizeObserver' in view ? new view.ResizeObserver(schedule) : null;
  resized?.observe(target);
  for (const companion of companions()) resized?.observe(companion);
  resized?.observe(callout);
  return () => {
    if (frame) view?.cancelAnimationFrame(frame);
    view?.removeEventListener('scroll', schedule, { capture: true });
    view?.removeEventListener('resize', schedule);
    resized?.disconnect();
  };
}

/** No target on screen: the callout sits in the middle of the viewport. */
export function centreCallout(callout: HTMLElement): void {
  callout.style.left = '';
  callout.style.top = '';
  callout.classList.add('centred');
}
