// Serves the replica console pages under https://mp.weixin.qq.com/ through Playwright route
// interception, so the content script's real match pattern is exercised, and aborts every
// other host (there is no network here, and the extension must make no requests of its own).
// The one replica off the console (the MIIT SMS check on beian.miit.gov.cn) is served on its own host.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSOLE_ORIGIN, replicaForUrl, replicas } from '../../replicas/replicas.mjs';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'replicas');
const assetTypes = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/** @param {string} file */
export function readFixture(file) {
  return readFileSync(join(fixturesDir, file), 'utf8');
}

/** Hosts with replicas: the console, plus any other host a replica's URL names. */
const servedOrigins = new Set([CONSOLE_ORIGIN, ...replicas.map((r) => new URL(r.url).origin)]);

/** @param {string} url */
function isServed(url) {
  try {
    return servedOrigins.has(new URL(url).origin);
  } catch {
    return false;
  }
}

const notFound = `<!doctype html><html><head><meta charset="utf-8"><title>微信公众平台</title></head>
<body><p>Replica not found (no replica page is defined for this URL).</p></body></html>`;

/** A page linking every replica, for people exploring the demo by hand. */
function replicaIndex() {
  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const rows = replicas
    .map((r) => `<li><a href="${escape(r.url)}">${escape(r.name)}</a> <small>${escape(r.page ?? 'not a registration page')}</small></li>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Replica console</title>
<link rel="stylesheet" href="/__replica/console.css"></head><body class="replica-index">
<h1>Replica console pages</h1><p>Served under mp.weixin.qq.com so the extension runs exactly as on the real console.</p>
<ul>${rows}</ul></body></html>`;
}

/**
 * How long the browser tests' replicas wait before rendering their form (the pages say 1,200 ms, as the
 * real console takes; the demo and the benchmark keep that). Long enough that the extension has looked
 * at the empty page first, as on the console, and short enough that 200 page loads do not wait four
 * minutes between them. Tests about the wait itself serve the page's own delay (fixtures.ts renderLate).
 */
export const TEST_RENDER_DELAY_MS = 150;

/**
 * What the replica console answers for a URL on a served host, or null for any other host (blocked).
 * Shared by Playwright's interception below and the Firefox smoke test's (test/support/firefox.mjs).
 * @param {string} url
 * @param {{ renderDelayMs?: number }} [options] renderDelayMs: replaces the page's own render delay
 * @returns {{ status: number, contentType: string, body: string } | null}
 */
export function replicaResponse(url, { renderDelayMs } = {}) {
  if (!isServed(url)) return null;
  const path = new URL(url).pathname;
  if (path === '/favicon.ico') return { status: 204, contentType: 'text/plain', body: '' };
  if (path === '/__replica/index.html') return { status: 200, contentType: assetTypes['.html'], body: replicaIndex() };
  if (path.startsWith('/__replica/')) {
    const file = path.slice('/__replica/'.length).replace(/[^\w.-]/g, '');
    const ext = file.slice(file.lastIndexOf('.'));
    try {
      return { status: 200, contentType: assetTypes[ext] ?? 'application/octet-stream', body: readFixture(join('replica', file)) };
    } catch {
      return { status: 404, contentType: 'text/plain', body: 'not found' };
    }
  }
  const replica = replicaForUrl(url);
  if (!replica) return { status: 404, contentType: assetTypes['.html'], body: notFound };
  const body = readFixture(replica.file);
  if (renderDelayMs === undefined) return { status: 200, contentType: assetTypes['.html'], body };
  return { status: 200, contentType: assetTypes['.html'], body: body.replace(/data-replica-delay="\d+"/, `data-replica-delay="${renderDelayMs}"`) };
}

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ renderDelayMs?: number }} [options] see replicaResponse
 * @returns {Promise<{ foreignRequests: string[] }>}
 */
export async function serveReplicas(context, options = {}) {
  const foreignRequests = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files (its CSS for the shadow roots) are not network requests.
    if (/^(chrome-extension|moz-extension|data|blob):/.test(url)) return route.continue();
    const response = replicaResponse(url, options);
    if (!response) {
      foreignRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill(response);
  });
  return { foreignRequests };
}
