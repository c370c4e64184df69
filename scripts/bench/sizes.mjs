// Sizes of the built extension (.output/chrome-mv3), per entry: the files a context loads (the
// entry script, the chunks it imports, its CSS), raw and gzipped (zlib level 9). Used by the
// benchmark and by the bundle-size browser-test spec, so both count the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Scripts and styles an HTML page of the extension loads. */
/** The guide's file (content/loader/guide-file.ts's GUIDE_FILE, without its leading slash). */
const GUIDE_FILE = 'guide.js';

function pageAssets(html) {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ''));
}

/** A JS file plus every chunk it imports statically, transitively. */
function withImports(dir, file, seen = new Set()) {
  if (seen.has(file) || !file.endsWith('.js')) return seen.add(file);
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
    withImports(dir, posix.normalize(posix.join(posix.dirname(file), m[1])), seen);
  }
  return seen;
}

function measure(dir, files) {
  const list = [...new Set(files)].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: list, raw, gzip };
}

/**
 * @param {string} dir the built extension, e.g. .output/chrome-mv3
 * `loader` is what the manifest injects on every console page; `content` is what a page of the
 * registration flow runs: the loader and the guide loaded after it.
 * @returns {Record<'loader' | 'content' | 'background' | 'popup' | 'options', { files: string[], raw: number, gzip: number }>}
 */
export function bundleSizes(dir) {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension in ${dir}: run "npx wxt build" first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const expand = (files) => files.flatMap((file) => [...withImports(dir, file)]);
  const page = (html) => (html ? expand(pageAssets(readFileSync(join(dir, html), 'utf8'))) : []);
  const loader = expand((manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []));
  // The guide: injected by the background (content/loader/guide-file.ts); builds before 2026-12-07
  // made it web-accessible for the loader to import, with whatever else it imported.
  const webAccessible = (manifest.web_accessible_resources ?? []).flatMap((r) => (typeof r === 'string' ? [r] : r.resources)).filter((f) => f.endsWith('.js'));
  const loaded = [...webAccessible, ...(existsSync(join(dir, GUIDE_FILE)) ? [GUIDE_FILE] : [])];
  const sizes = {
    loader: measure(dir, loader),
    content: measure(dir, [...loader, ...expand(loaded)]),
    background: measure(dir, expand([manifest.background?.service_worker].filter(Boolean))),
    popup: measure(dir, page(manifest.action?.default_popup)),
    options: measure(dir, page(manifest.options_ui?.page)),
  };
  return sizes;
}

export const defaultExtensionDir = join(dirname(new URL(import.meta.url).pathname), '..', '..', '.output', 'chrome-mv3');
