import { mayBeFlowPage, type FlowSignals } from '../../engine/flow-signals';

// The loader's watch: decide cheaply whether this console page can be part of the registration
// flow, and keep deciding as the page changes (late rendering, steps swapped in place, single-page
// navigation) until it can; then hand over to the guide, once. Costs, per check: one textContent
// of the body (less any rich-text editor's own text) and a few dozen `includes`. Mutations only mark the page as changed; the check runs
// in the next animation frame, and then not again before 20 times its own cost has passed (at most
// ~5 % of the main thread on a page that keeps changing; 200 ms at most). A page with a rich-text
// editor (contenteditable) and no flow text is an editor, not a registration form: the observer is
// disconnected there, and only navigation (free while idle) wakes the loader again.

/** Rich-text editors (contenteditable regions): their text is the user's, never the console's headings. */
const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';

/**
 * The first editable region (contenteditable other than "false"), or none. One is enough: leaving
 * out less text only lets more pages through, and `querySelector` stops at the first match where
 * `querySelectorAll` would match the selector against every element of a 10,000-element page.
 */
function editorsOf(doc: Document): Element[] {
  const editor = doc.querySelector(EDITABLE);
  return editor ? [editor] : [];
}

const READY_ATTRIBUTE = 'data-mpg-ready';
/** A check may take at most this share of the main thread while the page keeps changing… */
const MAX_SHARE = 0.05;
/** …but a flow page is never noticed later than this after it changed. */
const MAX_WAIT_MS = 200;

export interface FlowWatchOptions {
  signals: FlowSignals;
  /** Called once, when the page may be a flow page. */
  onFlowPage: () => void;
  /** False once the extension is gone (reloaded, updated, removed): the watch stops. */
  alive?: () => boolean;
  signal: AbortSignal;
  doc?: Document;
  href?: () => string;
}

/**
 * The text the loader looks at: the title and the body's textContent (hidden text included: a
 * wider net than the engine's), without what is typed in editable regions (an article being
 * written; a console heading is never inside one). Native textContent calls only, on the subtrees
 * beside the editors' ancestors: the article's text is never read, and no element walk either.
 */
export function pageText(doc: Document, editors: readonly Element[] = editorsOf(doc)): string {
  const body = doc.body;
  if (!body) return doc.title;
  if (editors.length === 0) return `${doc.title} ${body.textContent ?? ''}`;
  const holds = new Set<Node>();
  for (let i = 0; i < editors.length; i++) {
    for (let node: Node | null = editors[i]!; node && !holds.has(node); node = node.parentNode) holds.add(node);
  }
  const parts = [doc.title];
  const editorSet = new Set(editors);
  const collect = (node: Node) => {
    if (editorSet.has(node as Element)) return;
    if (!holds.has(node)) parts.push(node.textContent ?? '');
    else for (let child = node.firstChild; child; child = child.nextSibling) collect(child);
  };
  collect(body);
  return parts.join(' ');
}

export function watchForFlow({ signals, onFlowPage, signal, doc = document, href = () => location.href, alive = () => true }: FlowWatchOptions): void {
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
    if (!alive()) return stop();
    const started = performance.now();
    const editors = editorsOf(doc);
    if (mayBeFlowPage(signals, href(), pageText(doc, editors))) {
      stop();
      onFlowPage();
      return;
    }
    // Diagnostics contract (docs/architecture.md): the extension has looked at this page (the guide sets it too).
    if (!doc.documentElement.hasAttribute(READY_ATTRIBUTE)) doc.documentElement.setAttribute(READY_ATTRIBUTE, '');
    // An editor: nothing to watch until the page navigates.
    observe(editors.length === 0);
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
