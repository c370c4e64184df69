import type { PageText } from '../rules/page-texts';
import { normalizeText } from './text';

// Finds the console's buttons, labels and notices that rules/page-texts.ts explains, the way a person
// finds them: by their visible text, never by class names. Pure: the DOM passed in is only read.

export interface FoundPageText {
  /** The element showing the text: the button, link or label itself where the text is one. */
  element: Element;
  text: PageText;
}

/** A button or label's text is short; a notice's beginning is enough (one up to MAX_NOTICE long). */
const MAX_TEXT = 200;
const MAX_NOTICE = 600;
const MAX_CLIMB = 5;
/** The text is a control's own: the tip goes after the control, not after its row. */
const CONTROL = 'button, a, label, [role=button], [role=link], [role=checkbox]';

interface Index {
  /** Several entries may share a text on different pages (微信认证). */
  whole: Map<string, PageText[]>;
  start: { text: string; entry: PageText }[];
  /** Every text by its first character: a text node that begins none is passed over at once. */
  byFirst: Map<string, string[]>;
}
const indexes = new WeakMap<readonly PageText[], Index>();

function indexOf(texts: readonly PageText[]): Index {
  let index = indexes.get(texts);
  if (index) return index;
  index = { whole: new Map(), start: [], byFirst: new Map() };
  for (const entry of texts)
    for (const variant of [...entry.texts.zh, ...entry.texts.en]) {
      const key = squash(variant);
      if (!key) continue;
      if (entry.match === 'whole') index.whole.set(key, [...(index.whole.get(key) ?? []), entry]);
      else index.start.push({ text: key, entry });
      index.byFirst.set(key[0]!, [...(index.byFirst.get(key[0]!) ?? []), key]);
    }
  indexes.set(texts, index);
  return index;
}

/** Normalised, without spaces or quotes: translated or reflowed text still matches. */
function squash(text: string): string {
  return normalizeText(text).replace(/[\s"“”'‘’]+/g, '');
}

const onPage = (entry: PageText | undefined, pageId: string | undefined) =>
  entry && (!entry.pages || (pageId !== undefined && entry.pages.includes(pageId))) ? entry : undefined;

function lookup(index: Index, text: string, pageId: string | undefined): PageText | undefined {
  const whole = text.length <= MAX_TEXT ? index.whole.get(text) : undefined;
  return whole?.find((entry) => onPage(entry, pageId)) ?? index.start.find((s) => text.startsWith(s.text) && onPage(s.entry, pageId))?.entry;
}

/** Whether a text node's own text can begin a known text (or a notice begins with one). */
function mayBegin(index: Index, first: string): boolean {
  return index.byFirst.get(first[0]!)?.some((key) => key.startsWith(first) || first.startsWith(key)) ?? false;
}

/** The element's text, or null once longer than `max` (a container's whole text is never read). */
function boundedText(element: Element, max: number): string | null {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += (node as Text).data;
    if (text.length > max) return null;
  }
  return text;
}

/**
 * Every visible element whose whole text is a known page text (or, for a notice, begins with one),
 * from the page's own text nodes (`PageScan.nodes`: outside navigation, menus and lists of links,
 * engine/chrome.ts; read once per evaluation, with the rest of the scan), in document order, each once.
 * Where a wrapper shows the same text as its child, the control among them is the one found (the
 * label around <span>我同意…</span>), else the innermost element. `pageId` leaves out texts meant
 * for other pages.
 */
export function findPageTexts(nodes: readonly Text[], texts: readonly PageText[], pageId?: string): FoundPageText[] {
  const index = indexOf(texts);
  const found: FoundPageText[] = [];
  const seen = new Set<Element>();
  for (const node of nodes) {
    // An element is found from its first text node: its text must begin with this node's.
    const first = squash(node.data);
    if (!first || !mayBegin(index, first)) continue;
    // The chain of elements showing just this text, innermost first: the control among them (the
    // label around <span>我同意…</span>), else the innermost (a hint inside its row's controls).
    let match: { element: Element; text: PageText } | null = null;
    let element = node.parentElement;
    for (let depth = 0; element && depth < MAX_CLIMB; depth++, element = element.parentElement) {
      const whole = boundedText(element, MAX_NOTICE);
      if (whole === null) break;
      const text = squash(whole);
      const entry = text.startsWith(first) ? lookup(index, text, pageId) : undefined;
      if (!entry) {
        if (match) break;
        continue;
      }
      if (element.matches(CONTROL)) {
        match = { element, text: entry };
        break;
      }
      match ??= { element, text: entry };
    }
    if (match && !seen.has(match.element)) {
      seen.add(match.element);
      found.push(match);
    }
  }
  // An element found inside another found one (the terms link inside the agreement label) keeps its own tip.
  return found;
}
