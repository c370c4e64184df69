import { browser } from 'wxt/browser';
import { createPanelHandle, HANDLE_SIZE, type PanelHandleView } from '../../components/panel-handle';
import { OVERLAY_ATTRIBUTE } from '../../engine/text';
import type { Translate } from '../../locales/overlay';
import { freeSpot, INTERACTIVE, type Box } from './placement';
import type { PanelRequest, PanelRequests } from '../../components/side-panel-protocol';

// The handle on the console that opens the side panel (a click is the user gesture the browser asks
// for). It never covers a console control: it sits on the window's edge where no control reaches,
// and moves (or hides) when scrolling or a resize brings one there.

export interface SidePanelHandle {
  show(t: Translate): void;
  hide(): void;
  /** The handle on the page, if shown (presenter stops about the guide point at it). */
  element(): Element | null;
}

/**
 * Above this many controls on the page the handle stays hidden rather than read them all: each read
 * costs about 5 µs from the content script's world (50 ms for the 10,016 controls of the benchmark's
 * stress page, docs/performance.md). The console's pages have tens; the side panel still opens from
 * the toolbar. Bounded work on a huge page, as the page text's read (engine/text.ts).
 */
export const MAX_CONTROLS = 2_000;

/**
 * The console's controls on screen, as boxes (our own overlays left out), or null on a page with
 * more than MAX_CONTROLS (counted without touching them). The cheap tests come first, and only the
 * few controls on screen are checked for being inside an overlay of ours.
 */
function controlBoxes(doc: Document, width: number, height: number): Box[] | null {
  const controls = doc.querySelectorAll(INTERACTIVE);
  if (controls.length > MAX_CONTROLS) return null;
  const boxes: Box[] = [];
  for (const el of Array.from(controls)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > height || r.right < 0 || r.left > width) continue;
    if (el.closest(`[${OVERLAY_ATTRIBUTE}]`)) continue;
    boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return boxes;
}

export function createSidePanelHandle(doc: Document, signal: AbortSignal): SidePanelHandle {
  let view: PanelHandleView | null = null;
  let t: Translate | null = null;
  let y: number | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let refused = false;

  const place = () => {
    if (!view?.host.isConnected) return;
    const win = doc.defaultView ?? window;
    const width = doc.documentElement.clientWidth || win.innerWidth;
    const height = Math.min(win.innerHeight, doc.documentElement.clientHeight || win.innerHeight);
    const controls = controlBoxes(doc, width, height);
    const spot = controls && freeSpot({ width, height }, controls, HANDLE_SIZE, y ?? height * 0.4);
    if (spot) y = spot.y;
    view.place(spot);
  };
  const run = () => {
    frame = 0;
    timer = 0;
    place();
  };
  /**
   * Places the handle once the browser has drawn its next frame: the page's layout is up to date by
   * then, so reading it forces no extra layout in the middle of the guide's (or the page's) own
   * changes, and every request until then (an evaluation, the profiles arriving, a scroll) is one
   * measure. A hidden tab draws no frames: there it is placed in the next task.
   */
  const schedule = () => {
    if (!view || frame || timer || signal.aborted) return;
    if (doc.visibilityState === 'hidden') timer = setTimeout(run, 0);
    else
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer = setTimeout(run, 0);
      });
  };
  doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  (doc.defaultView ?? window).addEventListener('resize', schedule, { passive: true, signal });

  const label = () => {
    if (!view || !t) return;
    view.label(t('panel.handle'), t(refused ? 'panel.open-sidebar-firefox' : 'panel.open-side'));
  };
  const open = () => {
    const request: PanelRequest = { type: 'panel.open' };
    void (browser.runtime.sendMessage(request) as Promise<PanelRequests['panel.open'] | undefined>)
      .catch(() => undefined)
      .then((reply) => {
        // Firefox opens its sidebar only from the toolbar or the View menu: say where.
        refused = reply?.ok !== true;
        label();
      });
  };

  const hide = () => {
    if (frame) cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
    frame = 0;
    timer = 0;
    view?.host.remove();
    view = null;
  };
  signal.addEventListener('abort', hide);

  return {
    show(next) {
      t = next;
      if (!view) view = createPanelHandle(doc, open);
      if (!view.host.isConnected) doc.body.append(view.host);
      label();
      schedule();
    },
    hide,
    element: () => (view?.host.isConnected && view.host.style.display !== 'none' ? view.host : null),
  };
}
