import { LINK_SHARE_OF_ITEM, listItemSelector, listLinkSelector, navigationSelector } from '../rules/page-chrome';

// The page's navigation, notice lists and link lists (rules/page-chrome.ts): their text nodes, so
// that detection reads markers from the page's own content only. The browser finds the candidates
// natively; script looks only at them, a handful of elements on a console page.

function compactLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, '').length;
}

function addTextNodes(doc: Document, element: Element, into: Set<Node>): void {
  const iterator = doc.createNodeIterator(element, 0x4 /* SHOW_TEXT */);
  for (let node = iterator.nextNode(); node; node = iterator.nextNode()) into.add(node);
}

/** Text nodes under root that belong to navigation, notice lists or link lists. */
export function chromeTextNodes(root: Element): Set<Node> {
  const doc = root.ownerDocument;
  const chrome = new Set<Node>();
  // One native query for both kinds; the few matches are sorted out here.
  for (const element of Array.from(root.querySelectorAll(`${navigationSelector}, ${listLinkSelector}`))) {
    if (element.matches(navigationSelector)) {
      addTextNodes(doc, element, chrome);
      continue;
    }
    const link = element;
    const item = link.parentElement?.closest(listItemSelector);
    const linkLength = compactLength(link.textContent);
    if (!item || linkLength === 0) continue;
    if (linkLength >= compactLength(item.textContent) * LINK_SHARE_OF_ITEM) addTextNodes(doc, link, chrome);
  }
  return chrome;
}
