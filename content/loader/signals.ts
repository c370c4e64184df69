// What the loader (entrypoints/mp.content) looks for before it loads the guide: the console URLs
// the page rules name and their marker texts, reduced to plain substrings it can find in the raw
// page text with `includes` (no normalisation of a large page). Derived from the rules at build
// time (content/loader/derive.ts, wxt.config.ts), so the rules stay the one place for them.

export interface FlowSignals {
  /** `host + path` of every URL a rule names (query parameters ignored: a wider net). */
  urls: string[];
  /** Lower-case substrings; a page holding none of them can match no rule off those URLs. */
  anchors: string[];
}

/**
 * Whether the page can be one the guide recognises: its URL is one a rule names, or its text holds
 * an anchor of a marker. Errs towards yes (a yes only costs loading the guide, which then decides).
 * `text` is raw (the title and the body's textContent); it is lower-cased here.
 */
export function mayBeFlowPage(signals: FlowSignals, href: string, text: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (signals.urls.includes(url.hostname + url.pathname)) return true;
  const lower = text.toLowerCase();
  return signals.anchors.some((anchor) => lower.includes(anchor));
}
