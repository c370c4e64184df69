import { OVERLAY_ATTRIBUTE } from './text';

// A console page's shape, for a bug report (issue 20; docs/replicas.md, "Page shapes"): the skeleton
// of its elements — tags, classes, ids, names, input types, for/aria-* links — and the texts of its
// labels, headings, legends, buttons, links and the console's hint and error elements. Nothing else:
// no input value, no other text. Every string equal to or containing a client's data is masked, and
// every run of 6 or more digits. Pure: the same in the guide, the tests and the replica script.

export const SHAPE_FORMAT = 'mp-console-guide/page-shape';
export const MAX_SHAPE_BYTES = 200_000;
export const MASKED = '[masked]';
const MAX_DEPTH = 40;
const MAX_TEXT = 200;
const MAX_ATTRIBUTE = 200;
/** Query parameters whose values say which page this is; every other value is dropped (the token's key too). */
const KEPT_QUERY = new Set(['action', 'step', 't', 'lang']);
/** Shorter pieces of client data (one letter, a check digit) would mask ordinary words. */
const MIN_CONTAINED = 3;

export interface ShapeNode {
  tag: string;
  id?: string;
  class?: string;
  name?: string;
  type?: string;
  for?: string;
  role?: string;
  aria?: Record<string, string>;
  hidden?: true;
  text?: string;
  children?: ShapeNode[];
}

export interface PageShape {
  format: typeof SHAPE_FORMAT;
  version: 1;
  url: string;
  /** Elements or depth were cut to stay within MAX_SHAPE_BYTES. */
  truncated: boolean;
  body: ShapeNode;
}

/** Elements whose own text is kept: labels, headings, legends, buttons, links. */
const TEXT_TAGS = new Set(['LABEL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'BUTTON', 'A', 'DT']);
/** The console's hint and error elements, by their class words (frm_tips, weui-desktop-form__tips, frm_msg, …__msg, …error…). */
const HINT_CLASS = /(^|[_-])(tips?|msg|error|err|hint|desc|warn)($|[_-])/i;
/** Left out: scripts, styles, templates, a list's options (the console's long lists, or a page's data). */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'OPTGROUP', 'DATALIST']);
/** Kept as an element, never entered: what a text area or a list holds is a value, a frame or drawing its own. */
const LEAVES = new Set(['TEXTAREA', 'SELECT', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'VIDEO', 'AUDIO']);
const tagOf = (element: Element) => element.tagName.toUpperCase();

export interface ShapeOptions {
  /** Client data (any case); a string equal to or containing one is masked. */
  secrets?: readonly string[];
  maxBytes?: number;
}

function masker(secrets: readonly string[]) {
  const pieces = [...new Set(secrets.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  return (value: string): string => {
    const lower = value.trim().toLowerCase();
    if (lower === '') return value;
    if (pieces.some((piece) => lower === piece || (piece.length >= MIN_CONTAINED && lower.includes(piece)))) return MASKED;
    // A client's data inside the text once whitespace is ignored (a name split over two text nodes).
    const compact = lower.replace(/\s+/g, '');
    if (pieces.some((piece) => piece.length >= MIN_CONTAINED && compact.includes(piece.replace(/\s+/g, '')))) return MASKED;
    return value.replace(/[0-9０-９]{6,}/g, MASKED);
  };
}

/** The URL without its token, fragment and query values but those of `action`, `step`, `t` and `lang`. */
export function shapeUrl(href: string, mask: (value: string) => string = (v) => v): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '';
  }
  const query = [...url.searchParams.keys()]
    .filter((key, i, all) => key !== 'token' && all.indexOf(key) === i)
    .map((key) => (KEPT_QUERY.has(key) ? `${key}=${mask(url.searchParams.get(key) ?? '')}` : `${key}=`));
  return `${url.origin}${mask(url.pathname)}${query.length ? `?${query.join('&')}` : ''}`;
}

function isHint(element: Element): boolean {
  const cls = element.getAttribute('class');
  return !!cls && cls.split(/\s+/).some((word) => HINT_CLASS.test(word));
}

/** The element's own text, for the kinds of element whose text is kept; never what sits in a control or an editor. */
function keptText(element: Element): string | undefined {
  if (!TEXT_TAGS.has(element.tagName) && !isHint(element)) return undefined;
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && text.length <= MAX_TEXT; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (DROPPED.has(tagOf(el)) || LEAVES.has(tagOf(el)) || el.hasAttribute(OVERLAY_ATTRIBUTE) || el.hasAttribute('contenteditable')) continue;
        walk(el);
      }
    }
  };
  walk(element);
  text = text.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_TEXT) : undefined;
}

interface Budget {
  /** Elements still to take. */
  nodes: number;
  /** UTF-8 bytes still to take (estimated as each element is added; the JSON is measured at the end). */
  bytes: number;
  truncated: boolean;
}

function build(element: Element, depth: number, budget: Budget, mask: (v: string) => string): ShapeNode {
  const attr = (name: string) => {
    const value = element.getAttribute(name);
    return value === null || value === '' ? undefined : mask(value.slice(0, MAX_ATTRIBUTE));
  };
  const node: ShapeNode = { tag: element.tagName.toLowerCase() };
  const fields: [keyof ShapeNode & string, string][] = [
    ['id', 'id'],
    ['class', 'class'],
    ['name', 'name'],
    ['for', 'for'],
    ['role', 'role'],
  ];
  for (const [key, name] of fields) {
    const value = attr(name);
    if (value !== undefined) (node as unknown as Record<string, string>)[key] = value;
  }
  if (element.tagName === 'INPUT' || element.tagName === 'BUTTON') {
    const type = attr('type');
    if (type !== undefined) node.type = type;
  }
  for (const { name } of Array.from(element.attributes)) {
    if (!name.startsWith('aria-')) continue;
    const value = attr(name);
    if (value !== undefined) (node.aria ??= {})[name] = value;
  }
  if (element.hasAttribute('hidden')) node.hidden = true;
  const text = keptText(element);
  if (text !== undefined) node.text = mask(text);
  // Its own JSON, indented, Chinese at 3 bytes a character: an upper bound of what it adds.
  budget.bytes -= JSON.stringify(node).length * 3 + depth + 16;
  if (depth >= MAX_DEPTH) {
    if (element.firstElementChild) budget.truncated = true;
    return node;
  }
  const children: ShapeNode[] = [];
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (DROPPED.has(tagOf(child)) || child.hasAttribute(OVERLAY_ATTRIBUTE)) continue;
    if (budget.nodes <= 0 || budget.bytes <= 0) {
      budget.truncated = true;
      break;
    }
    budget.nodes--;
    // A text area, an iframe or a drawing is kept as an element, never entered.
    // An editor's content is the user's: the editor is kept, its inside is not.
    const closed = LEAVES.has(tagOf(child)) || (child.hasAttribute('contenteditable') && child.getAttribute('contenteditable') !== 'false');
    children.push(closed ? leaf(child, mask) : build(child, depth + 1, budget, mask));
  }
  if (children.length) node.children = children;
  return node;
}

/** An element with its attributes and no children and no text. */
function leaf(element: Element, mask: (v: string) => string): ShapeNode {
  const { children: _children, text: _text, ...node } = build(element, MAX_DEPTH, { nodes: 0, bytes: Infinity, truncated: false }, mask);
  return node;
}

/** The page's shape, within `maxBytes` of JSON (fewer elements kept until it fits). */
export function pageShape(doc: Document, href: string, options: ShapeOptions = {}): PageShape {
  const mask = masker(options.secrets ?? []);
  const maxBytes = options.maxBytes ?? MAX_SHAPE_BYTES;
  const root = doc.body ?? doc.documentElement;
  let bytes = maxBytes - 200;
  for (;;) {
    const budget: Budget = { nodes: 20_000, bytes, truncated: false };
    const shape: PageShape = { format: SHAPE_FORMAT, version: 1, url: shapeUrl(href, mask), truncated: false, body: build(root, 0, budget, mask) };
    shape.truncated = budget.truncated || bytes < maxBytes - 200;
    // The estimate is an upper bound, so this is almost always the first pass.
    if (new TextEncoder().encode(shapeJson(shape)).length <= maxBytes || bytes < 1000) return shape;
    bytes = Math.floor(bytes / 2);
  }
}

export function shapeJson(shape: PageShape): string {
  return JSON.stringify(shape, null, 1);
}
