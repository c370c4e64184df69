// From a page shape (engine/page-shape.ts, "Copy page shape") to a replica page and a detection test to
// complete: the loop shape → replica → rule → test (docs/console-notes.md, "From a user's page to a
// fixture"). Pure functions; scripts/replica-from-shape.mjs writes the files.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** @param {string} s */
const escapeText = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
/** @param {string} s */
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

/**
 * @typedef {{ tag: string, id?: string, class?: string, name?: string, type?: string, for?: string, role?: string,
 *   aria?: Record<string, string>, hidden?: true, text?: string, children?: ShapeNode[] }} ShapeNode
 * @typedef {{ format: string, version: number, url: string, truncated: boolean, body: ShapeNode }} PageShape
 */

/** The kept text inside a child: its own, or its descendants' in order. @param {ShapeNode} node @returns {string} */
function carriedText(node) {
  return node.text ?? (node.children ?? []).map(carriedText).join('');
}

/** @param {ShapeNode} node @param {number} depth @returns {string} */
function elementHtml(node, depth) {
  const tag = /^[a-z][a-z0-9-]*$/.test(node.tag) ? node.tag : 'div';
  const attrs = [];
  for (const key of /** @type {const} */ (['id', 'class', 'name', 'type', 'for', 'role'])) {
    if (node[key] !== undefined) attrs.push(`${key}="${escapeAttr(node[key])}"`);
  }
  for (const [key, value] of Object.entries(node.aria ?? {})) if (/^aria-[a-z-]+$/.test(key)) attrs.push(`${key}="${escapeAttr(value)}"`);
  if (node.hidden) attrs.push('hidden');
  const open = `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
  if (VOID.has(tag)) return open;
  const pad = '\n' + '  '.repeat(depth + 1);
  // The element's own text goes around its children, where the children's texts sat within it.
  let rest = node.text ?? '';
  let inner = '';
  let nested = false;
  for (const child of node.children ?? []) {
    const carried = carriedText(child);
    const at = carried ? rest.indexOf(carried) : -1;
    if (at >= 0) {
      inner += escapeText(rest.slice(0, at));
      rest = rest.slice(at + carried.length);
    }
    inner += pad + elementHtml(child, depth + 1);
    nested = true;
  }
  inner += escapeText(rest);
  const children = nested;
  return `${open}${inner}${children ? '\n' + '  '.repeat(depth) : ''}</${tag}>`;
}

/** @param {unknown} raw @returns {PageShape} */
export function parseShape(raw) {
  const shape = /** @type {PageShape} */ (typeof raw === 'string' ? JSON.parse(raw) : raw);
  if (!shape || shape.format !== 'mp-console-guide/page-shape' || shape.version !== 1 || !shape.body?.tag) {
    throw new Error('Not a page shape: expected {"format": "mp-console-guide/page-shape", "version": 1, …} as "Copy page shape" writes it.');
  }
  return shape;
}

/** A replica page from a shape: the same elements, attributes and kept texts, served as a static page. */
export function shapeToHtml(/** @type {PageShape} */ shape, note = '') {
  const body = shape.body.tag === 'body' ? shape.body : { tag: 'body', children: [shape.body] };
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>微信公众平台</title>
<link rel="stylesheet" href="/__replica/console.css">
</head>
<!--
  Replica FROM A PAGE SHAPE (npm run replica -- shape.json): the elements, classes, ids, names, input types,
  for/aria links and the kept texts (labels, headings, legends, buttons, links, hints) of
  ${escapeText(shape.url)}${shape.truncated ? ' (the shape was cut to its size limit)' : ''}. No value and no other text was in the shape;
  [masked] stands for client data or a long number. ${escapeText(note)}
-->
${elementHtml(body, 0)}
</html>
`;
}

/** A name for files from the shape's URL: its path and kept query, in kebab case. */
export function shapeSlug(/** @type {PageShape} */ shape) {
  let url;
  try {
    url = new URL(shape.url);
  } catch {
    return 'page';
  }
  const parts = [url.pathname, ...[...url.searchParams].filter(([, v]) => v).map(([k, v]) => `${k}-${v}`)];
  return (
    parts
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'page'
  );
}

/** The manifest line to add to replicas/replicas.mjs, with the page id still to decide. */
export function manifestLine(/** @type {PageShape} */ shape, /** @type {string} */ slug, /** @type {string} */ file) {
  const url = shape.url.includes('?') ? `${shape.url}&replica=${slug}` : `${shape.url}?replica=${slug}`;
  return `{ name: 'shape/${slug}', page: null /* TODO: the page id, once a rule recognises it */, url: '${url}', file: '${file}', render: 'static' },`;
}

/** A detection test to complete: it fails until PAGE (or UNKNOWN_FIELDS) says what the page must be. */
export function testStub(/** @type {PageShape} */ shape, /** @type {string} */ slug, /** @type {string} */ file) {
  return `import { describe, expect, it } from 'vitest';
import { flowSignals } from '../../../content/loader/derive';
import { detectPage, scanPage } from '../../../engine/detect';
import { detectUnknownPage } from '../../../engine/unknown-page';
import { pageRules } from '../../../rules';
import { readFixture } from '../../support/serve.mjs';
import { parseDocument } from '../../support/dom';

// Written by \`npm run replica\` from a page shape of ${shape.url}.
// To complete (docs/console-notes.md, "From a user's page to a fixture"):
//  1. Add the replica to replicas/replicas.mjs (the line the script printed) so the cross-matrix tests it.
//  2. Write or widen the page rule that should recognise it (rules/pages/), then set PAGE below to its id
//     (or to null for a page that must only get the unknown-page help for UNKNOWN_FIELDS). Until then it fails.
const URL = ${JSON.stringify(shape.url)};
const PAGE: string | null = 'TODO: the page id';
const UNKNOWN_FIELDS: string[] = [];

describe('replica from a page shape: ${slug}', () => {
  it('is recognised as PAGE (or gets the unknown-page help for UNKNOWN_FIELDS)', () => {
    const doc = parseDocument(readFixture(${JSON.stringify(file)}));
    const scan = scanPage(pageRules, doc);
    const page = detectPage(pageRules, URL, doc, scan);
    expect(page?.rule.id ?? null).toBe(PAGE);
    if (!page) {
      const unknown = detectUnknownPage(pageRules, URL, doc, scan, flowSignals(pageRules));
      expect(unknown?.fields.map((f) => f.id).sort() ?? []).toEqual([...UNKNOWN_FIELDS].sort());
    }
  });
});
`;
}
