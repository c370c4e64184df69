import { OVERLAY_ATTRIBUTE } from '../engine/text';

// Re-runs `onChange` after the console changes: late rendering, steps swapped in place, SPA
// navigation. Event-driven only: a MutationObserver and navigation events feed one timer, so an
// idle page costs nothing (no polling, no interval). The first change after a quiet spell is handled
// on the next task (the overlay follows a render at once); while changes keep coming (a page that
// updates itself), it runs at most once per `minIntervalMs`, so a burst costs a bounded amount.

function isOurs(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest(`[${OVERLAY_ATTRIBUTE}]`);
}

function isPageChange(record: MutationRecord): boolean {
  if (record.type !== 'childList') return !isOurs(record.target);
  if (isOurs(record.target)) return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length === 0 || nodes.some((node) => !(node.nodeType === 1 && (node as Element).hasAttribute(OVERLAY_ATTRIBUTE)));
}

export function watchPage(target: Document, onChange: () => void, signal: AbortSignal, minIntervalMs = 200): void {
  const view = target.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  const run = () => {
    timer = undefined;
    lastRun = performance.now();
    onChange();
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(run, Math.max(0, lastRun + minIntervalMs - performance.now()));
  };
  const observer = new MutationObserver((records) => {
    if (records.some(isPageChange)) schedule();
  });
  observer.observe(target.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
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
    if (timer !== undefined) clearTimeout(timer);
  });
}
