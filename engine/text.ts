// Text normalisation shared by detection and field location. Pure; no browser APIs beyond the DOM
// types passed in.
import { chromeTextNodes } from './chrome';

/** Marker/page text: NFKC (full-width → half-width), one space for any run of whitespace, lower case, 账号 = 帐号. */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s\u200b\u00a0\u3000]+/g, ' ')
    .replace(/账/g, '帐')
    .toLowerCase()
    .trim();
}

/** Label text: as normalizeText, without whitespace, required-asterisks or trailing colons. */
export function normalizeLabel(value: string): string {
  return normalizeText(value)
    .replace(/\s+/g, '')
    .replace(/^[*]+/, '')
    .replace(/[*:]+$/, '')
    .replace(/^[*]+/, '');
}

/** Elements whose text never counts as page text: code, styles, inert templates, our own overlay. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

export const OVERLAY_ATTRIBUTE = 'data-mpg-host';

/** Hidden without layout: the hidden attribute, aria-hidden, or an inline display:none. */
export function isHiddenCheap(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // Reading .style builds a style object per element: only elements with a style attribute pay for it.
  if (!element.hasAttribute('style')) return false;
  const style = (element as HTMLElement).style;
  return style !== undefined && style.display === 'none';
}

export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  // Elements without any attribute (most wrappers and text spans) are settled by this one call.
  if (!element.hasAttributes()) return false;
  return element.hasAttribute(OVERLAY_ATTRIBUTE) || isHiddenCheap(element);
}

/** Elements isSkipped may accept; the rest of the page needs no look from script. */
const SKIP_CANDIDATES = `script,style,noscript,template,svg,[${OVERLAY_ATTRIBUTE}],[hidden],[aria-hidden="true"],[style]`;

/**
 * Visits the visible text nodes under root in document order, pruning skipped subtrees. Stops after
 * `limit` characters so a hostile or huge page costs a bounded amount of work. Script touches only
 * text nodes and the few skipped elements: the browser finds both natively (a NodeIterator over
 * text, a selector for the candidates). Walking every element from the content script's isolated
 * world would cost a script wrapper per element, and a console page has tens of thousands.
 * `visit` returns 'stop' when it has found what it looked for.
 */
export function forEachTextNode(root: Node, visit: (node: Text) => void | 'stop', limit = 200_000): void {
  const doc = root.ownerDocument ?? (root as Document);
  const scope = root as Node & Partial<ParentNode>;
  // Text inside skipped subtrees, gathered first (a set lookup per text node is cheaper than
  // asking the DOM where each node sits relative to each skipped subtree).
  const hidden = new Set<Node>();
  for (const element of scope.querySelectorAll ? Array.from(scope.querySelectorAll(SKIP_CANDIDATES)) : []) {
    if (!isSkipped(element)) continue;
    const inner = doc.createNodeIterator(element, 0x4 /* SHOW_TEXT */);
    for (let node = inner.nextNode(); node; node = inner.nextNode()) hidden.add(node);
  }
  const iterator = doc.createNodeIterator(root, 0x4 /* SHOW_TEXT */);
  let seen = 0;
  for (let node = iterator.nextNode() as Text | null; node && seen < limit; node = iterator.nextNode() as Text | null) {
    if (hidden.has(node)) continue;
    seen += node.data.length;
    if (visit(node) === 'stop') return;
  }
}

/**
 * The page's own visible text, normalised, with the document title first: without navigation,
 * notice lists and link lists (engine/chrome.ts), as detection reads it.
 */
export function pageText(doc: Document): string {
  const parts: string[] = [doc.title];
  if (doc.body) {
    const chrome = chromeTextNodes(doc.body);
    forEachTextNode(doc.body, (node) => {
      if (!chrome.has(node)) parts.push(node.data);
    });
  }
  return normalizeText(parts.join(' '));
}
