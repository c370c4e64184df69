// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizedFragment, sanitizeHtml } from '../../components/sanitize';

// Every HTML string rendered goes through components/sanitize.ts (DOMPurify). Guards its
// configuration (no handlers, no scripts, links only to https: and mailto:) and, with the scan
// below, that no other shipped file turns a string into markup. DOMPurify leans on the browser's
// HTML parser, which happy-dom only approximates (it drops leading nodes, for one): the full set of
// vectors and the text it must keep are tested in Chromium (test/e2e/security.spec.ts).

const root = join(import.meta.dirname, '..', '..');

describe('sanitizeHtml', () => {
  it.each([
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    '<svg><script>alert(1)</script></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<p onclick="alert(1)" data-x="1">text</p>',
  ])('leaves nothing active in %s', (html) => {
    const box = document.createElement('div');
    box.append(sanitizedFragment(html));
    for (const out of [sanitizeHtml(html), box.innerHTML]) {
      expect(out).not.toMatch(/<(img|script|svg|iframe)\b/i);
      expect(out).not.toMatch(/\son\w+=|javascript:|data:|data-x/i);
    }
  });
});

/** Shipped source files: what the extension is built from. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

describe('rendering HTML from strings', () => {
  it('happens nowhere but in components/sanitize.ts', () => {
    const sinks =
      /\binnerHTML\b|\bouterHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|parseFromString|\bsrcdoc\b|new\s+Function\b|\beval\s*\(/;
    const offenders = ['components', 'content', 'entrypoints', 'engine', 'storage', 'rules', 'locales']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .map((file) => relative(root, file))
      .filter((file) => file !== join('components', 'sanitize.ts'))
      // The practice console parses the extension's own bundled replica pages (replicas/pages,
      // scripts removed before anything is adopted): no page, profile or user string reaches it.
      .filter((file) => file !== join('entrypoints', 'practice', 'frame.ts'))
      .filter((file) => sinks.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
