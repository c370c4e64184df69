// What the loader (entrypoints/loader.ts) looks for before it loads the guide: the console URLs
// the page rules name and their marker texts, reduced to plain substrings it can find in the raw
// page text with `includes` (no normalisation of a large page). Derived from the rules at build
// time (content/loader/derive.ts, wxt.config.ts), so the rules stay the one place for them.

export interface FlowSignals {
  /** `host + path` of every URL a rule names (query parameters ignored: a wider net). */
  urls: string[];
  /** Lower-case substrings; a page holding none of them can match no rule off those URLs. */
  anchors: string[];
  /** `host + path` prefixes of the flow's area (rules/flow-area.ts): the guide helps on unknown pages there. */
  areas: string[];
}

/**
 * Whether the page can be one the guide recognises: its URL is one a rule names, or its text holds
 * an anchor of a marker. Errs towards yes (a yes only costs loading the guide, which then decides).
 * `text` is raw (the title and the body's textContent); it is lower-cased here.
 */
export function mayBeFlowPage(signals: FlowSignals, href: string, text: string): boolean {
  const path = hostAndPath(href);
  if (signals.urls.includes(path) || signals.areas.some((area) => path.startsWith(area))) return true;
  const lower = text.toLowerCase();
  return signals.anchors.some((anchor) => lower.includes(anchor));
}

/**
 * `host + path` of an http(s) URL, read with string operations: the loader runs on every console
 * page, and the URL parser is one more API to instantiate there. The console's URLs carry no user,
 * port or upper-case host; anything else simply fails to match (and the text still decides).
 */
export function hostAndPath(href: string): string {
  const start = href.indexOf('//');
  if (start < 0) return '';
  const rest = href.slice(start + 2);
  const end = rest.search(/[?#]/);
  const hostPath = end < 0 ? rest : rest.slice(0, end);
  return hostPath.includes('/') ? hostPath : `${hostPath}/`;
}
