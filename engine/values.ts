import type { LocatedField } from './locate';
import { OVERLAY_ATTRIBUTE } from './text';

// Reads what a field currently holds, whatever the control: text inputs, native selects, radio
// groups (the checked option's label), and the console's div-based dropdowns (the shown value).

function radioLabel(radio: HTMLInputElement): string {
  const label = radio.closest('label') ?? (radio.id ? radio.ownerDocument.querySelector(`label[for="${CSS.escape(radio.id)}"]`) : null);
  const text = label?.textContent ?? radio.nextSibling?.textContent ?? radio.value;
  return (text ?? '').trim();
}

function visibleText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.hasAttribute(OVERLAY_ATTRIBUTE) || el.hasAttribute('hidden') || /^(UL|OL|SCRIPT|STYLE|TEMPLATE)$/.test(el.tagName)) return;
      el.childNodes.forEach(walk);
    }
  };
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A choice made of buttons rather than radios (信息登记's 主体类型: a.js_btn_contractor_type, the chosen one
 * class "selected", register/step4.js): the pressed one's text, '' when none is. Only for choice fields
 * without a native control, so a text field's buttons (发送验证码) are never read as its value.
 */
function pressedChoice(row: Element): string | null {
  const choices = Array.from(row.querySelectorAll('a, button, [role=button], [role=radio]'));
  if (choices.length < 2) return null;
  const pressed = choices.find(
    (el) => el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-checked') === 'true' || el.classList.contains('selected'),
  );
  return pressed ? visibleText(pressed) : '';
}

/**
 * A weui cascading dropdown (机构类型, 经营行业, 服务类目: docs/console-notes.md §18.1) is no form field:
 * its chosen value is the text of its head (`…dropdowncascade__dt`, the one selector the console's
 * own automation quotes), one part per level; a placeholder (请选择…) is no value.
 */
const CASCADE_HEAD = '[class*="dropdowncascade__dt"]:not([class*="__dt__"])';

function cascadeValue(row: Element): string | null {
  const head = row.querySelector(CASCADE_HEAD);
  if (!head) return null;
  const parts: string[] = [];
  for (const part of Array.from(head.children).length ? Array.from(head.children) : [head]) {
    const text = visibleText(part);
    if (text && !/^请选择/.test(text)) parts.push(text);
  }
  return parts.join(' ');
}

export function readFieldValue(field: LocatedField): string {
  const control = field.control;
  if (!control && field.rule.kind === 'select') {
    const chosen = cascadeValue(field.row);
    if (chosen !== null) return chosen;
  }
  if (!control && field.rule.kind === 'radio') {
    const chosen = pressedChoice(field.row);
    if (chosen !== null) return chosen;
  }
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
    const checked = Array.from(field.row.querySelectorAll<HTMLInputElement>(`input[type="${control.type}"]`)).find((r) => r.checked);
    return checked ? radioLabel(checked) : '';
  }
  if (control instanceof HTMLSelectElement) return control.selectedOptions[0]?.textContent?.trim() ?? '';
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) return control.value;
  if (control) return visibleText(control);
  // A dropdown built of divs: its shown value is the anchor's visible text (the option list excluded).
  return field.anchor === field.label ? '' : visibleText(field.anchor);
}

/** Sets a text control's value the way typing does, so the page's own framework (Vue, React, jQuery) sees it. */
export function fillControl(control: Element, value: string): boolean {
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return false;
  const proto = control instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  control.focus();
  if (setter) setter.call(control, value);
  else control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: value }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
