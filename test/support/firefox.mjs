// Drives Debian's Firefox ESR over WebDriver BiDi for the Firefox smoke test. Playwright's Firefox
// is a patched build it downloads from its own servers (unreachable here), and its BiDi mode needs
// commands ESR does not have yet, so this speaks the protocol directly: install the add-on package
// as a temporary add-on, serve the replica console under https://mp.weixin.qq.com/ by request
// interception (as Playwright does for Chromium), block every other host, evaluate in the page.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import WebSocket from 'ws';
import { replicaResponse } from './serve.mjs';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** What to do without a Firefox (npm test's first step and the smoke test say it). */
export const FIREFOX_MISSING =
  'No Firefox found: npm test also loads the Firefox package into Firefox (test/e2e/firefox.spec.ts).\n' +
  `Looked for MPG_FIREFOX, then ${FIREFOX_CANDIDATES.join(', ')}.\n` +
  'Install it, then run the command again:\n' +
  '  Debian:  sudo apt-get install firefox-esr        (Ubuntu: sudo apt-get install firefox)\n' +
  '  another Firefox 140 or later:  MPG_FIREFOX=/path/to/firefox npm test';

/** MPG_FIREFOX if set, else Debian's firefox-esr or another system Firefox; undefined if none. */
export function firefoxExecutable(env = process.env) {
  const candidates = env.MPG_FIREFOX ? [env.MPG_FIREFOX] : FIREFOX_CANDIDATES;
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

// Quiet, offline, no first-run pages: nothing the smoke test does not ask for.
const PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'services.settings.server': 'data:,',
  'intl.accept_languages': 'zh-CN, zh, en',
};

/** The add-on's id (packaging: browser_specific_settings.gecko.id). */
export const ADDON_ID = 'mp-console-guide@mp-console-guide.org';

/**
 * Starts Firefox headless with a fresh profile and opens a BiDi session.
 * @param {{ executable: string, extensionUuid?: string }} options
 *   extensionUuid: the add-on's moz-extension:// host, fixed so a test can open its pages (a real
 *   installation's is random).
 */
export async function launchFirefox({ executable, extensionUuid }) {
  const profile = mkdtempSync(join(tmpdir(), 'mpg-firefox-'));
  const prefs = extensionUuid ? { ...PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: extensionUuid }) } : PREFS;
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child = spawn(executable, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its WebDriver BiDi server within 60 s:\n${seen.slice(-2000)}`)), 60_000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}) before starting:\n${seen.slice(-2000)}`)));
  });
  const socket = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });

  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') reject(new Error(`${message.error}: ${message.message}`));
      else resolve(message.result);
    } else if (message.type === 'event') {
      for (const listener of listeners) listener(message);
    }
  });
  /** @returns {Promise<any>} */
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });

  // Every http(s) request is intercepted: replica hosts are answered, any other host is failed and recorded.
  const foreignRequests = [];
  await send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [
      { type: 'pattern', protocol: 'https' },
      { type: 'pattern', protocol: 'http' },
    ],
  });
  await send('session.subscribe', { events: ['network.beforeRequestSent'] });
  listeners.push(({ method, params }) => {
    if (method !== 'network.beforeRequestSent' || !params.isBlocked) return;
    const { request, url } = params.request;
    const response = replicaResponse(url);
    if (!response) {
      foreignRequests.push(url);
      send('network.failRequest', { request }).catch(() => {});
      return;
    }
    send('network.provideResponse', {
      request,
      statusCode: response.status,
      reasonPhrase: response.status === 200 ? 'OK' : 'Not Found',
      headers: [{ name: 'content-type', value: { type: 'string', value: response.contentType } }],
      body: { type: 'base64', value: Buffer.from(response.body, 'utf8').toString('base64') },
    }).catch(() => {});
  });

  // The page's tab: a new one. The tab Firefox starts with never has focus, headless (document.hasFocus()
  // is false and focusing a field fires no focus events, as in a window behind another); a tab made
  // over BiDi is the focused one, as a user's tab is.
  const { contexts } = await send('browsingContext.getTree', {});
  const { context } = await send('browsingContext.create', { type: 'tab' });
  await send('browsingContext.close', { context: contexts[0].context });

  return {
    foreignRequests,
    /** Installs a package (.zip/.xpi) as a temporary add-on; returns its id. */
    async installAddon(path) {
      const { extension } = await send('webExtension.install', { extensionData: { type: 'archivePath', path } });
      return extension;
    },
    /** Installs an unpacked build (a directory such as .output/firefox-mv2) as a temporary add-on. */
    async installAddonDir(path) {
      const { extension } = await send('webExtension.install', { extensionData: { type: 'path', path } });
      return extension;
    },
    /** Evaluates an expression in the page's first frame whose URL starts with `prefix`. */
    async evaluateInFrame(prefix, expression) {
      const { contexts: tree } = await send('browsingContext.getTree', { root: context });
      const find = (nodes) => {
        for (const node of nodes ?? []) {
          if (node.url.startsWith(prefix)) return node.context;
          const inner = find(node.children);
          if (inner) return inner;
        }
        return null;
      };
      const frame = find(tree[0]?.children);
      if (!frame) throw new Error(`no frame at ${prefix}`);
      const { result, exceptionDetails } = await send('script.evaluate', { expression, target: { context: frame }, awaitPromise: true });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.type === 'null' || result.type === 'undefined' ? null : result.value;
    },
    /** Runs a function declaration in every new document of the page, before its own scripts. */
    addPreloadScript: (functionDeclaration) => send('script.addPreloadScript', { functionDeclaration }),
    /** Presses keys for real (trusted keydown/keyup) in the focused element. */
    async typeKeys(text) {
      const actions = [...text].flatMap((value) => [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]);
      await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
    },
    /** Selects all and deletes in the focused text box, as a user clears it (trusted Ctrl+A, Backspace). */
    async clearFocused() {
      const CONTROL = '\uE009';
      const BACKSPACE = '\uE003';
      const actions = [CONTROL, 'a'].map((value) => ({ type: 'keyDown', value }));
      actions.push(...['a', CONTROL].map((value) => ({ type: 'keyUp', value })), { type: 'keyDown', value: BACKSPACE }, { type: 'keyUp', value: BACKSPACE });
      await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
    },
    goto: (url) => send('browsingContext.navigate', { context, url, wait: 'complete' }),
    /**
     * Opens a page of the add-on in the tab, one it makes web-accessible to the console (inline.html):
     * BiDi may not navigate to moz-extension: itself, so a console page's script does, as a link would.
     * The page has the add-on's `browser` API, as the options page has.
     */
    async gotoAddonPage(url) {
      await send('browsingContext.navigate', { context, url: 'https://mp.weixin.qq.com/__replica/index.html', wait: 'complete' });
      await send('script.evaluate', { expression: `location.href = ${JSON.stringify(url)}`, target: { context }, awaitPromise: false });
      for (let waited = 0; waited < 10_000; waited += 50) {
        const { result } = await send('script.evaluate', {
          expression: 'location.href + " " + document.readyState',
          target: { context },
          awaitPromise: false,
        }).catch(() => ({ result: {} }));
        if (result.value === `${url} complete`) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the add-on's page ${url} did not open`);
    },
    /** Evaluates an expression in the page (its own world) and returns the plain value. */
    async evaluate(expression) {
      const { result, exceptionDetails } = await send('script.evaluate', { expression, target: { context }, awaitPromise: true });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.type === 'null' || result.type === 'undefined' ? null : result.value;
    },
    async close() {
      await send('session.end').catch(() => {});
      socket.close();
      child.kill();
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
