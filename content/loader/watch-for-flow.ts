import { mayBeFlowPage, type FlowSignals } from './signals';

// The loader's watch: decide cheaply whether this console page can be part of the registration
// flow, and keep deciding as the page changes (late rendering, steps swapped in place, single-page
// navigation) until it can; then hand over to the guide, once. Costs, per check: one textContent
// of the body and a few dozen `includes`. Mutations only mark the page as changed; the check runs
// in the next animation frame, and then not again before 20 times its own cost has passed (at most
// ~5 % of the main thread on a page that keeps changing; 200 ms at most). A page with a rich-text
// editor (contenteditable) and no flow text is an editor, not a registration form: the observer is
// disconnected there, and only navigation (free while idle) wakes the loader again.

/** Cheap: a page that has a contenteditable region (article editors) is not a registration form. */
const EDITOR = '[contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"]';
/** A check may take at most this share of the main thread while the page keeps changing… */
const MAX_SHARE = 0.05;
/** …but a flow page is never noticed later than this after it changed. */
const MAX_WAIT_MS = 200;

export interface FlowWatchOptions {
  signals: FlowSignals;
  /** Called once, when the page may be a flow page. */
  onFlowPage: () => void;
  signal: AbortSignal;
  doc?: Document;
  href?: () => string;
}

export function pageText(doc: Document): string {
  return `${doc.title} ${doc.body?.textContent ?? ''}`;
}

export function watchForFlow({ signals, onFlowPage, signal, doc = document, href = () => location.href }: FlowWatchOptions): void {
  const view = doc.defaultView;
  let done = false;
  let observing = false;
  let pending = 0;
  let notBefore = 0;

  const observer = new MutationObserver(() => schedule());
  const observe = (on: boolean) => {
    if (on === observing) return;
    observing = on;
    if (on) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    else observer.disconnect();
  };
  const stop = () => {
    done = true;
    observe(false);
    if (pending) view?.cancelAnimationFrame(pending);
  };

  const check = () => {
    pending = 0;
    if (done || signal.aborted) return;
    const started = performance.now();
    if (mayBeFlowPage(signals, href(), pageText(doc))) {
      stop();
      onFlowPage();
      return;
    }
    // An editor: nothing to watch until the page navigates.
    observe(!doc.querySelector(EDITOR));
    const now = performance.now();
    notBefore = now + Math.min(MAX_WAIT_MS, (now - started) / MAX_SHARE);
  };

  function schedule() {
    if (pending || done || !view) return;
    const wait = notBefore - performance.now();
    if (wait > 0) {
      pending = -1;
      setTimeout(() => {
        pending = view.requestAnimationFrame(check);
      }, wait);
    } else pending = view.requestAnimationFrame(check);
  }

  // Single-page navigation, seen from the isolated world: the Navigation API sees the page's own
  // history.pushState; popstate and hashchange the rest.
  const navigated = () => {
    if (done) return;
    observe(true);
    schedule();
  };
  const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
  navigation?.addEventListener('currententrychange', navigated, { signal });
  view?.addEventListener('popstate', navigated, { signal });
  view?.addEventListener('hashchange', navigated, { signal });
  signal.addEventListener('abort', stop);
  check();
}
