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
  const style = (element as HTMLElement).style;
  return style !== undefined && style.display === 'none';
}

export function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName) || element.hasAttribute(OVERLAY_ATTRIBUTE) || isHiddenCheap(element);
}

/**
 * Visits the visible text nodes under root, pruning skipped subtrees. Stops after `limit` characters
 * so a hostile or huge page costs a bounded amount of work.
 */
export function forEachTextNode(root: Node, visit: (node: Text) => void, limit = 200_000): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 ? (isSkipped(node as Element) ? 2 /* REJECT */ : 3 /* SKIP */) : 1 /* ACCEPT */,
  });
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < limit; node = walker.nextNode()) {
    const text = node as Text;
    seen += text.data.length;
    visit(text);
  }
}

/** The page's visible text, normalised, with the document title first. */
export function pageText(doc: Document): string {
  const parts: string[] = [doc.title];
  if (doc.body) forEachTextNode(doc.body, (node) => parts.push(node.data));
  return normalizeText(parts.join(' '));
}
