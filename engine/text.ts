// Text normalisation shared by detection and field location. Pure; no browser APIs beyond the DOM
// types passed in.

/** Marker/page text: NFKC (full-width → half-width), one space for any run of whitespace, lower case, 账号 = 帐号. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').replace(/[\s\u200b\u00a0\u3000]+/g, ' ').replace(/账/g, '帐').toLowerCase().trim();
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

/**
 * Visits the visible text nodes under root in document order, pruning skipped subtrees. Stops after
 * `limit` characters so a hostile or huge page costs a bounded amount of work. A plain
 * first-child/next-sibling walk: a TreeWalker filter would call back into script for every node.
 */
export function forEachTextNode(root: Node, visit: (node: Text) => void, limit = 200_000): void {
  let seen = 0;
  let node: Node | null = root.firstChild;
  while (node && seen < limit) {
    const type = node.nodeType;
    if (type === 3) {
      seen += (node as Text).data.length;
      visit(node as Text);
    } else if (type === 1 && node.firstChild && !isSkipped(node as Element)) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/** The page's visible text, normalised, with the document title first. */
export function pageText(doc: Document): string {
  const parts: string[] = [doc.title];
  if (doc.body) forEachTextNode(doc.body, (node) => parts.push(node.data));
  return normalizeText(parts.join(' '));
}
