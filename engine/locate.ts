import type { FieldKind, FieldRule, PageRule } from '../rules/schema';
import { forEachTextNode, isSkipped, normalizeLabel, OVERLAY_ATTRIBUTE } from './text';

// Fields are found the way a person finds them: by their label text and the row around it, never
// by class names or name= attributes (Tencent renames those). Works for weui-desktop, legacy frm_*
// and markup with neither.

export interface LocatedField {
  id: string;
  rule: FieldRule;
  /** The element showing the label text (or the control itself when labelled by aria/placeholder). */
  label: Element;
  /** The first form control of the row, if the row has a native or ARIA control. */
  control: Element | null;
  /** The smallest ancestor holding the label and its control(s). */
  row: Element;
  /** Where the field's tip host goes: appended into this element, or after it when it is a control. */
  anchor: Element;
}

export const CONTROL_SELECTOR = [
  'input:not([type=hidden])',
  'select',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role=combobox]',
  '[role=listbox]',
  '[role=radiogroup]',
  '[role=textbox]',
].join(',');

const MAX_LABEL_LENGTH = 40;
const LABELLING_ATTRIBUTES = '[aria-label],[placeholder],[title]';
const MAX_ROW_CLIMB = 5;

/** Normalised label → fields, for every rule; built once. */
export function labelLookup(rules: readonly PageRule[]): Map<string, FieldRule[]> {
  const lookup = new Map<string, FieldRule[]>();
  for (const rule of rules) {
    for (const field of rule.fields) {
      for (const label of [...field.labels.zh, ...field.labels.en]) {
        const key = normalizeLabel(label);
        const list = lookup.get(key) ?? [];
        if (!list.some((f) => f.id === field.id)) list.push(field);
        lookup.set(key, list);
      }
    }
  }
  return lookup;
}

// A console page shows the same short texts evaluation after evaluation: normalise each once.
const normalised = new Map<string, string>();
function normalizeLabelCached(text: string): string {
  let key = normalised.get(text);
  if (key === undefined) {
    if (normalised.size > 20_000) normalised.clear();
    normalised.set(text, (key = normalizeLabel(text)));
  }
  return key;
}

const firstCharFilters = new WeakMap<ReadonlyMap<string, unknown>, (text: string) => boolean>();

/**
 * A quick "could normalizeLabel(text) be one of these keys?": its first character must start some
 * key. Exact (falls back to yes where one character's normalisation could differ from the whole
 * text's); it spares normalising the thousands of texts on a long page that label nothing we know.
 */
function firstCharFilter(known: ReadonlyMap<string, unknown>): (text: string) => boolean {
  let filter = firstCharFilters.get(known);
  if (filter) return filter;
  const firsts = new Set([...known.keys()].map((key) => key.codePointAt(0)));
  const verdicts = new Map<number, boolean>();
  const significant = /[^\s\u200b*]/u;
  const mark = /\p{M}/uy;
  filter = (text) => {
    const found = significant.exec(text);
    if (!found) return false;
    const code = text.codePointAt(found.index)!;
    // A combining mark after it would compose differently in the whole text: normalise it all.
    mark.lastIndex = found.index + (code > 0xffff ? 2 : 1);
    if (mark.test(text)) return true;
    let verdict = verdicts.get(code);
    if (verdict === undefined) {
      const first = normalizeLabel(String.fromCodePoint(code));
      verdicts.set(code, (verdict = first === '' || firsts.has(first.codePointAt(0))));
    }
    return verdict;
  };
  firstCharFilters.set(known, filter);
  return filter;
}

/** Label elements on the page, keyed by normalised label text (only labels some rule knows). */
export type LabelIndex = Map<string, Element[]>;

/**
 * Builds a label index from text nodes fed one at a time, so detection can index labels in the same
 * walk that collects the page's text. `finish` adds controls labelled by attributes only.
 */
export function labelIndexer(known: ReadonlyMap<string, unknown>) {
  const index: LabelIndex = new Map();
  const mayBeKnown = firstCharFilter(known);
  const add = (key: string, element: Element) => {
    const list = index.get(key);
    if (!list) index.set(key, [element]);
    else if (!list.includes(element)) list.push(element);
  };
  const visit = (node: Text) => {
    const own = node.data.trim();
    if (!own || own.length > MAX_LABEL_LENGTH) return;
    let element = node.parentElement;
    if (!element) return;
    // Read at most a label's length of the element (a container's whole text would make this
    // quadratic); indented markup pads a label with whitespace, so only the rest counts.
    const text = boundedText(element, MAX_LABEL_LENGTH * 2, false);
    if (text === null || !mayBeKnown(text)) return;
    const key = normalizeLabelCached(text);
    if (!known.has(key)) return;
    // Climb while the parent adds no text of its own: <label><span>*</span><font>邮箱</font></label>.
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const parentText = boundedText(parent, MAX_LABEL_LENGTH * 2);
      if (parentText === null || normalizeLabel(parentText) !== key) break;
      if (parent.querySelector(CONTROL_SELECTOR)) break;
      element = parent;
    }
    add(key, element);
  };
  const finish = (root: ParentNode): LabelIndex => {
    // Controls labelled only by aria-label, placeholder or title (asking for those attributes first
    // spares a look at every control of a long form).
    for (const control of Array.from(root.querySelectorAll(LABELLING_ATTRIBUTES)).filter(isControl)) {
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const value = control.getAttribute(attr);
        if (!value) continue;
        const key = normalizeLabel(value);
        if (known.has(key)) add(key, control);
      }
    }
    return index;
  };
  return { visit, finish };
}

export function indexLabels(root: ParentNode & Node, known: ReadonlyMap<string, unknown>): LabelIndex {
  const indexer = labelIndexer(known);
  forEachTextNode(root, indexer.visit);
  return indexer.finish(root);
}

/**
 * The element's text, or null once it is longer than `max` (whitespace counted or not): reading a
 * large container's whole textContent for every short text inside it made indexing quadratic in
 * the page's size (found by the detector's property test, test/unit/properties.test.ts).
 */
function boundedText(element: Element, max: number, countWhitespace = true): string | null {
  let text = '';
  let length = 0;
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    length += countWhitespace ? data.length : data.replace(/\s+/g, '').length;
    if (length > max) return null;
    text += data;
  }
  return text;
}

/** Fields whose value is typed; their control is a text box even when a choice precedes it in the row. */
const TYPED_KINDS: ReadonlySet<FieldKind> = new Set(['text', 'email', 'password', 'code', 'phone', 'textarea']);
const NOT_TEXT_INPUTS = new Set(['radio', 'checkbox', 'file', 'button', 'submit', 'reset', 'image', 'range', 'color', 'hidden']);

/** A control that takes typed text (an input box, a textarea, an editable region). */
export function isTextEntry(element: Element): boolean {
  if (element instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(element.type);
  if (element instanceof HTMLTextAreaElement) return true;
  return element.matches('[contenteditable=""],[contenteditable="true"],[role=textbox]');
}

function isControl(element: Element): boolean {
  return element.matches(CONTROL_SELECTOR);
}

function controlFor(label: Element): Element | null {
  if (isControl(label)) return label;
  const forId = label.getAttribute('for');
  if (forId) {
    const target = label.ownerDocument.getElementById(forId);
    if (target && isControl(target)) return target;
  }
  return label.querySelector(CONTROL_SELECTOR);
}

/**
 * The row: climb from the label to the smallest ancestor holding its control (label[for] target,
 * else the first control after the label), never into an ancestor that holds another field's label.
 */
function rowFor(label: Element, otherLabels: readonly Element[], kind: FieldKind): { row: Element; control: Element | null } {
  const direct = controlFor(label);
  if (direct === label) return { row: label.parentElement ?? label, control: label };
  let current: Element = label;
  for (let i = 0; i < MAX_ROW_CLIMB && current.parentElement; i++) {
    const parent: Element = current.parentElement;
    if (parent === label.ownerDocument.body) break;
    if (direct) {
      if (parent.contains(direct)) return { row: parent, control: direct };
    } else {
      if (otherLabels.some((other) => other !== label && parent.contains(other) && !label.contains(other))) break;
      const following = Array.from(parent.querySelectorAll(CONTROL_SELECTOR)).filter(
        (c) => !c.closest(`[${OVERLAY_ATTRIBUTE}]`) && label.compareDocumentPosition(c) & 4 /* FOLLOWING */,
      );
      // A field typed into is its text box, not a choice beside it: the mobile number's country-code
      // select (+852 香港) comes first in its row and is not the number.
      const after = (TYPED_KINDS.has(kind) ? following.find(isTextEntry) : undefined) ?? following[0];
      if (after) return { row: parent, control: after };
    }
    current = parent;
  }
  return { row: label.parentElement ?? label, control: direct };
}

/** Where the tip host goes: into the row's child that holds the control (after hints), or after the label. */
function anchorFor(label: Element, row: Element, control: Element | null): Element {
  if (control && control !== label) {
    let container: Element = control;
    while (container.parentElement && container.parentElement !== row) container = container.parentElement;
    if (container.parentElement === row && container !== label && !container.contains(label)) return container;
    return control;
  }
  if (control === label) return label;
  const next = label.nextElementSibling;
  return next && !next.hasAttribute(OVERLAY_ATTRIBUTE) ? next : label;
}

const keysByField = new WeakMap<FieldRule, string[]>();

/** A field's label texts, normalised once. */
function labelKeys(field: FieldRule): string[] {
  let keys = keysByField.get(field);
  if (!keys) keysByField.set(field, (keys = [...field.labels.zh, ...field.labels.en].map(normalizeLabel)));
  return keys;
}

/** Finds the rule's fields in the document; fields whose label isn't on the page are left out. */
export function locateFields(rule: PageRule, root: Document | Element, index?: LabelIndex): LocatedField[] {
  const scope = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
  if (!scope) return [];
  const labels = index ?? indexLabels(scope, labelLookup([rule]));
  const candidates = rule.fields.map((field) => {
    const keys = labelKeys(field);
    const elements = keys.flatMap((key) => labels.get(key) ?? []).filter((el) => scope.contains(el) && !isSkipped(el));
    return { field, elements };
  });
  const allLabels = candidates.flatMap((c) => c.elements);
  const found: LocatedField[] = [];
  const used = new Set<Element>();
  for (const { field, elements } of candidates) {
    // The same text can label a field and head a section (服务类目): prefer the one whose row has a control.
    let chosen: { label: Element; row: Element; control: Element | null } | null = null;
    for (const label of elements) {
      if (used.has(label)) continue;
      const { row, control } = rowFor(label, allLabels, field.kind);
      if (control) {
        chosen = { label, row, control };
        break;
      }
      chosen ??= { label, row, control };
    }
    if (!chosen) continue;
    used.add(chosen.label);
    found.push({ id: field.id, rule: field, ...chosen, anchor: anchorFor(chosen.label, chosen.row, chosen.control) });
  }
  return found;
}
