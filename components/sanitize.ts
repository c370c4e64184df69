import DOMPurify, { type Config } from 'dompurify';

// The one door through which an HTML string may become markup, anywhere in the extension (overlay,
// popup, options). We render text by default: React text nodes, textContent. Company names, emails,
// notes and console texts are never HTML. Should a feature ever need markup from a string (a
// formatted help text, say), it goes through here: DOMPurify with a small allow-list, links only to
// https: and mailto:. test/unit/sanitize.test.ts also fails if any other file builds HTML from a string.

/** Exported for the browser test, which runs it through Chromium's own parser. */
export const SANITIZE_CONFIG = {
  ALLOWED_TAGS: ['a', 'b', 'br', 'code', 'em', 'i', 'li', 'ol', 'p', 'strong', 'ul'],
  ALLOWED_ATTR: ['href', 'title'],
  ALLOWED_URI_REGEXP: /^(?:https:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
} satisfies Config;
const config: Config = SANITIZE_CONFIG;

let hooked = false;
/** Links leave in a new tab without handing the opener over. */
function ensureHooks(purifier: typeof DOMPurify): void {
  if (hooked) return;
  hooked = true;
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/** Safe HTML for an HTML string: scripts, handlers, styles, forms and unsafe links removed. */
export function sanitizeHtml(html: string): string {
  ensureHooks(DOMPurify);
  return DOMPurify.sanitize(String(html), { ...config, RETURN_TRUSTED_TYPE: false }) as string;
}

/** The same, as nodes ready to append (no string round trip through innerHTML). */
export function sanitizedFragment(html: string): DocumentFragment {
  ensureHooks(DOMPurify);
  return DOMPurify.sanitize(String(html), { ...config, RETURN_DOM_FRAGMENT: true });
}
