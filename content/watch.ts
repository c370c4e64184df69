import { OVERLAY_ATTRIBUTE } from '../engine/text';

// Re-runs `onChange` after the console changes: late rendering, steps swapped in place, SPA
// navigation. Event-driven only: a MutationObserver and navigation events feed one scheduled run,
// so an idle page costs nothing (no polling, no interval). The first change after a quiet spell is
// handled in the next animation frame, before the browser lays the page out, so the tips arrive in
// the same paint as the form; while changes keep coming (a page that updates itself), it runs at
// most once per `minIntervalMs`, so a burst costs a bounded amount.

const OURS = `[${OVERLAY_ATTRIBUTE}]`;

function isOurs(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest(OURS);
}

const isOurHost = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(OVERLAY_ATTRIBUTE);

function isPageChange(record: MutationRecord): boolean {
  if (record.type !== 'childList') return !isOurs(record.target);
  if (isOurs(record.target)) return false;
  const { addedNodes: added, removedNodes: removed } = record;
  if (added.length + removed.length === 0) return true;
  for (let i = 0; i < added.length; i++) if (!isOurHost(added[i]!)) return true;
  for (let i = 0; i < removed.length; i++) if (!isOurHost(removed[i]!)) return true;
  return false;
}

/**
 * @param relevant whether a change of the page's own can alter what the extension shows (default:
 *   any change); our own nodes never count.
 */
export function watchPage(
  target: Document,
  onChange: () => void,
  signal: AbortSignal,
  { minIntervalMs = 200, relevant = () => true }: { minIntervalMs?: number; relevant?: (record: MutationRecord) => boolean } = {},
): void {
  const view = target.defaultView;
  let pending: (() => void) | undefined;
  let lastRun = -Infinity;
  const run = () => {
    pending = undefined;
    lastRun = performance.now();
    onChange();
  };
  const schedule = () => {
    if (pending || signal.aborted) return;
    const wait = lastRun + minIntervalMs - performance.now();
    if (wait <= 0 && view) {
      const frame = view.requestAnimationFrame(run);
      pending = () => view.cancelAnimationFrame(frame);
    } else {
      const timer = setTimeout(run, Math.max(0, wait));
      pending = () => clearTimeout(timer);
    }
  };
  const observer = new MutationObserver((records) => {
    if (!pending && records.some((record) => isPageChange(record) && relevant(record))) schedule();
  });
  observer.observe(target.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'aria-hidden', 'checked', 'open'],
  });
  // history.pushState from the page's own scripts: the Navigation API sees it from the isolated world.
  const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
  navigation?.addEventListener('currententrychange', schedule, { signal });
  view?.addEventListener('popstate', schedule, { signal });
  view?.addEventListener('hashchange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    pending?.();
  });
}
