import { LINK_SHARE_OF_ITEM, listItemSelector, navigationSelector, navigationTag } from '../rules/page-chrome';

// The page's navigation, notice lists and link lists (rules/page-chrome.ts): their text nodes, so
// that detection reads markers from the page's own content only. Cheap on a huge page: <nav> and
// <a> elements come from the browser's tag collections, without a selector query over every
// element, and script looks only at them (a few dozen on a console page), settling the usual
// shapes (a link alone in its list item, one text node in a link) without reading any text.

/** Letters and characters only: a notice's date or a counter beside its link does not count. */
function compactLength(text: string | null): number {
  return (text ?? '').replace(/[\s\d\p{P}\p{S}]+/gu, '').length;
}

function addTextNodes(doc: Document, element: Element, into: Set<Node>): void {
  const only = element.firstChild;
  if (only && only === element.lastChild && only.nodeType === 3 /* TEXT_NODE */) {
    into.add(only);
    return;
  }
  const iterator = doc.createNodeIterator(element, 0x4 /* SHOW_TEXT */);
  for (let node = iterator.nextNode(); node; node = iterator.nextNode()) into.add(node);
}

/** Whether a link is its list item (a menu entry, a notice title) rather than a link inside a sentence. */
function isItemLink(link: Element): boolean {
  const parent = link.parentElement;
  if (!parent) return false;
  // The usual menu shape, <li><a>…</a></li>: settled without reading any text.
  if (parent.firstChild === link && parent.lastChild === link && parent.matches(listItemSelector)) return true;
  const item = parent.closest(listItemSelector);
  const linkLength = compactLength(link.textContent);
  return item !== null && linkLength > 0 && linkLength >= compactLength(item.textContent) * LINK_SHARE_OF_ITEM;
}

/** Text nodes under root that belong to navigation, notice lists or link lists. */
export function chromeTextNodes(root: Element): Set<Node> {
  const doc = root.ownerDocument;
  const chrome = new Set<Node>();
  const containers = new Set<Element>();
  const navs = root.getElementsByTagName(navigationTag);
  for (let i = 0; i < navs.length; i++) containers.add(navs[i]!);
  const links = root.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const container = link.closest(navigationSelector);
    if (container) containers.add(container);
    else if (isItemLink(link)) addTextNodes(doc, link, chrome);
  }
  for (const container of containers) addTextNodes(doc, container, chrome);
  return chrome;
}
