/* global PerformanceObserver, MutationObserver, performance -- runs in the page (addInitScript) */
// Runs in the page's main world before any of its scripts (page.addInitScript), with and without
// the extension alike, and records in window.__probe when things happen (performance.now()):
//   renderedAt  the console's form arrived in #app (late rendering) or was parsed with the page;
//   armedAt     the extension first marked the page as evaluated (:root[data-mpg-ready]);
//   pageAt      :root[data-mpg-page] was set;  tipsAt  the last field tip was attached;
//   panelAt     the guide panel showed its title;  longTasks  every task over 50 ms.
// It observes only; the same observer runs in both modes, so its cost cancels out.
export function pageProbe() {
  if (window.top !== window) return;
  const probe = (window.__probe = { renderedAt: null, armedAt: null, pageAt: null, tipsAt: null, tips: 0, panelAt: null, longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the list stays empty.
  }
  const update = () => {
    const now = performance.now();
    const root = document.documentElement;
    const app = document.getElementById('app');
    if (probe.renderedAt === null && app && app.querySelector('input, select, textarea, [role], button, h2, h3')) probe.renderedAt = now;
    if (probe.armedAt === null && root.hasAttribute('data-mpg-ready')) probe.armedAt = now;
    if (probe.pageAt === null && root.hasAttribute('data-mpg-page')) probe.pageAt = now;
    const tips = document.querySelectorAll('[data-mpg-host="field-tip"]').length;
    if (tips > probe.tips) {
      probe.tips = tips;
      probe.tipsAt = now;
    }
    if (probe.panelAt === null) {
      // The guide is in the browser's side panel; on the page, the handle that opens it (docs/side-panel.md).
      const host = document.querySelector('[data-mpg-host="panel-handle"], [data-mpg-host="guide-panel"]');
      const shadow = host && host.shadowRoot;
      if (shadow && (shadow.querySelector('.title') || shadow.querySelector('button.open')?.textContent)) probe.panelAt = now;
      else if (shadow && !watched.has(shadow)) {
        // The panel may fill its (open) shadow root after the host is attached.
        watched.add(shadow);
        new MutationObserver(update).observe(shadow, { childList: true, subtree: true });
      }
    }
  };
  const watched = new WeakSet();
  new MutationObserver(update).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-mpg-ready', 'data-mpg-page'] });
}
