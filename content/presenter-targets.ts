import type { Detection } from '../engine/detect';
import { forEachTextNode, normalizeText } from '../engine/text';
import { PANEL_TARGET } from '../rules/presenter';

// Finds what a presenter stop points at (rules/presenter.ts): a field's row, the guide panel, or
// an element showing a given text. Returns null when it is not on screen, and the caller centres
// the callout instead of failing.

/** Elements worth spotlighting as a whole when the text sits in a smaller one inside them. */
const TEXT_HOLDERS = 'button, a, label, [role=button], li, h1, h2, h3, h4, dt, dd, th, td';

function onScreen(element: Element | null | undefined): Element | null {
  return element && element.isConnected && element.getClientRects().length > 0 ? element : null;
}

/** The element showing the text: one that reads exactly that (the button 注册) first, else the first that contains it. */
export function findTextTarget(doc: Document, text: string): Element | null {
  const wanted = normalizeText(text);
  if (!doc.body || !wanted) return null;
  // Assigned in the callback, which TypeScript's narrowing does not follow.
  let exact = null as Element | null;
  let containing = null as Element | null;
  forEachTextNode(doc.body, (node) => {
    if (exact) return;
    const found = normalizeText(node.data);
    if (!found.includes(wanted)) return;
    const element = onScreen(node.parentElement);
    if (!element) return;
    if (found === wanted) exact = element;
    else containing ??= element;
  });
  const hit = exact ?? containing;
  return hit ? (hit.closest(TEXT_HOLDERS) ?? hit) : null;
}

export function resolveTarget(target: string, detection: Detection, doc: Document, panel: () => Element | null): Element | null {
  if (target === PANEL_TARGET) return onScreen(panel());
  const field = detection.fields.find((f) => f.id === target);
  if (field) return onScreen(field.row);
  // A field of this page that this variant does not render: not a text to search for.
  if (detection.rule.fields.some((f) => f.id === target)) return null;
  return findTextTarget(doc, target);
}
