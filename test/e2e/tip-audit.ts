import type { Page } from '@playwright/test';

// Issue 22, item 3: on every replica page the extension recognises (every-replica.spec.ts walks them),
// each visible label, button and notice of the console has a tip. A label or notice in a recognised field's row is explained by that
// field's tip (its name, what to enter, the console's hints); any other label (the agreement checkbox),
// every button and any notice outside a field's row (the fee line) needs a page-text tip: the English
// meaning right after it (rules/page-texts.ts). What is a label, button or notice is read from the
// replicas' markup, which copies the console's own (weui-desktop-*, legacy frm_*).

export const KINDS = {
  label: 'label, .weui-desktop-form__label, .frm_label, .el-form-item__label',
  button: 'button, [role=button], input[type=button], input[type=submit], .weui-desktop-btn, .btn',
  notice: '.weui-desktop-form__tips, .frm_tips, .weui-desktop-form__msg, .frm_msg, .mini_tips, .upload_tips, .replica-fee, .pay_price',
} as const;

/**
 * Controls that need no tip, each with its reason. Kept small: anything a user must understand to act
 * is explained.
 */
export const ALLOWED: { text: RegExp; kind: keyof typeof KINDS; reason: string }[] = [
  { kind: 'button', text: /^×$/, reason: 'a dialog’s close cross: the symbol is the same in every language' },
  {
    kind: 'label',
    text: /^运营者联系电话$/,
    reason: 'the "console changed" replica renames the mobile row on purpose (replicas.mjs `missing`): the panel reports the field as not found',
  },
  {
    kind: 'notice',
    text: /^请输入您的手机号码，一个手机号码只能注册5个小程序。$/,
    reason: 'the hint of that renamed row, on the same replica',
  },
];

/** Every visible label, button and notice without a tip, as "kind 'text'". */
export function untipped(page: Page, kinds: typeof KINDS): Promise<string[]> {
  return page.evaluate((kinds) => {
    const OURS = '[data-mpg-host]';
    const ownText = (el: Element) => {
      const clone = el.cloneNode(true) as Element;
      clone.querySelectorAll(OURS).forEach((host) => host.remove());
      return (clone.textContent ?? '').replace(/\s+/g, ' ').trim() || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '';
    };
    // The tip follows the text, or the flex or grid row the text sits in (content/features/page-texts.ts).
    const hasTextTip = (el: Element) => {
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        if (at.nextElementSibling?.matches('[data-mpg-text]')) return true;
        const parent = at.parentElement;
        if (!parent || !/flex|grid/.test(getComputedStyle(parent).display)) break;
      }
      return false;
    };
    /** The tip of the recognised field whose row holds the element: the nearest ancestor holding one field tip. */
    const rowTip = (el: Element): Element | null => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const tips = up.querySelectorAll('[data-mpg-field]');
        if (tips.length === 1) return tips[0]!;
        if (tips.length > 1) return null;
      }
      return null;
    };
    const tipText = (host: Element) => host.shadowRoot?.textContent ?? '';
    const found: string[] = [];
    const seen = new Set<Element>();
    for (const [kind, selector] of Object.entries(kinds)) {
      for (const el of Array.from(document.querySelectorAll(selector))) {
        if (seen.has(el) || el.closest(OURS)) continue;
        // The console's navigation is not the page's content (rules/page-chrome.ts): the guide explains the page.
        if (
          el.closest('nav, [role=navigation], [role=menu], [role=menubar]') ||
          (el.localName === 'a' && el.parentElement?.matches('li, dd') && el.parentElement.children.length === 1)
        )
          continue;
        seen.add(el);
        // A button's own label or a control inside a label is the same control, counted once; so is a
        // wrapper around a button (<span class="btn"><button>注册</button></span>): the button is audited.
        if (kind !== 'button' && el.closest(kinds.button)) continue;
        if (kind === 'button' && el.querySelector(kinds.button)) continue;
        if (kind === 'label' && el.parentElement?.closest(kinds.label)) continue;
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const box = el.getBoundingClientRect();
        if (box.width < 1 || box.height < 1) continue;
        if (hasTextTip(el)) continue;
        const tip = rowTip(el);
        // A field's tip explains its row's label, hints and choices; a button there only if the tip names it.
        if (tip && (kind !== 'button' || tipText(tip).includes(ownText(el)))) continue;
        found.push(`${kind} '${ownText(el).slice(0, 40)}'`);
      }
    }
    return found;
  }, kinds);
}

/** The untipped items `untipped` found that ALLOWED does not excuse. */
export async function untippedTexts(page: Page): Promise<string[]> {
  return (await untipped(page, KINDS)).filter((item) => !ALLOWED.some((a) => item.startsWith(`${a.kind} '`) && a.text.test(item.slice(a.kind.length + 2, -1))));
}
