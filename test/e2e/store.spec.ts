import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { packagePath } from '../../packaging/packages.mjs';
import { unzipToTemp } from '../../packaging/unzip.mjs';
import { replicaByName } from '../../replicas/replicas.mjs';
import { expect, launchTestConsole, panel, test } from './fixtures';

// What the stores receive, checked on the packages `npm run zip` made (npm run test:e2e makes them
// first): icons at the sizes the manifest names, the localised name, Firefox's id and data
// declaration, no Function constructor in any shipped file, and the Chrome package, unzipped,
// working in Chromium.

interface Manifest {
  name: string;
  default_locale?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; default_title?: string };
  browser_action?: { default_icon?: Record<string, string>; default_title?: string };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Width and height from a PNG's header (IHDR), or undefined if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Uses of the global Function as a constructor or a value: `new Function(`, `Function(`, or the
 * constructor taken into a variable (`e=Function,`) as zod's JIT does. `Function.prototype.call`
 * and the like (property reads) are not eval and are left alone.
 */
function functionConstructorUses(code: string): string[] {
  const uses: string[] = [];
  // Not a use: a property (`g.Function`, `Function.call`), a type test (`x instanceof Function`), or the
  // word inside a printed string (`[Function name]`).
  for (const match of code.matchAll(/(?<![\w$.[])(?<!instanceof\s+)Function\b(?!\s*\.)/g))
    uses.push(code.slice(Math.max(0, match.index - 40), match.index + 40));
  return uses;
}

interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  /** Flat: name, value, name, value… */
  attributes?: string[];
}

/** All text inside the shadow roots of the overlay hosts of one kind (data-mpg-host), closed ones included. */
async function closedShadowText(page: Page, kind: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  let text = '';
  const isHost = (node: DomNode, wanted: string) =>
    (node.attributes ?? []).some((name, i, all) => i % 2 === 0 && name === 'data-mpg-host' && all[i + 1] === wanted);
  const visit = (node: DomNode, inside: boolean) => {
    if (inside && node.nodeType === 3) text += node.nodeValue ?? '';
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child, inside || isHost(node, kind));
  };
  visit(root, false);
  return text;
}

let chromeDir: string;
let firefoxDir: string;

test.beforeAll(async () => {
  for (const target of ['chrome', 'firefox', 'sources'] as const) expect(existsSync(packagePath(target)), `${packagePath(target)} (npm run zip)`).toBe(true);
  chromeDir = await unzipToTemp(packagePath('chrome'));
  firefoxDir = await unzipToTemp(packagePath('firefox'));
});

test('the functionConstructorUses scan finds what zod compiled with, and nothing in property reads', () => {
  expect(functionConstructorUses('compile(){let e=Function,t=this?.content;return new e(...x)}')).toHaveLength(1);
  expect(functionConstructorUses('try{return Function(``),!0}catch{return!1}')).toHaveLength(1);
  expect(functionConstructorUses('x=new Function("a","return a")')).toHaveLength(1);
  expect(functionConstructorUses('c=Function.call.bind(Object.prototype.hasOwnProperty);typeof f==`function`;g.Function=1')).toEqual([]);
  expect(functionConstructorUses('n.optional instanceof Function?n.optional():n;return`[Function `+(e.name||`anonymous`)+`]`')).toEqual([]);
});

test('no shipped file in either package uses the Function constructor or eval', () => {
  const found: string[] = [];
  for (const dir of [chromeDir, firefoxDir]) {
    for (const file of filesUnder(dir).filter((f) => /\.(js|mjs|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const use of functionConstructorUses(code)) found.push(`${relative(dir, file)}: …${use}…`);
      for (const match of code.matchAll(/(?<![\w$.])eval\s*\(/g)) found.push(`${relative(dir, file)}: eval at ${match.index}`);
    }
  }
  expect(found).toEqual([]);
});

test('both packages name their icons at the sizes they exist in, for the extension and the toolbar button', () => {
  for (const dir of [chromeDir, firefoxDir]) {
    const manifest = readManifest(dir);
    const action = manifest.action ?? manifest.browser_action;
    expect(Object.keys(manifest.icons ?? {}).sort((a, b) => +a - +b)).toEqual(['16', '32', '48', '128']);
    expect(action?.default_icon).toEqual(manifest.icons);
    for (const [size, path] of Object.entries(manifest.icons ?? {})) {
      expect(existsSync(join(dir, path)), `${path} in ${dir}`).toBe(true);
      expect(pngSize(join(dir, path)), path).toEqual({ width: +size, height: +size });
    }
  }
});

test('the name, description and button title come from _locales in English and Simplified Chinese', () => {
  for (const dir of [chromeDir, firefoxDir]) {
    const manifest = readManifest(dir);
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect((manifest.action ?? manifest.browser_action)?.default_title).toBe('__MSG_actionTitle__');
    for (const locale of ['en', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(Object.keys(messages).sort()).toEqual(['actionTitle', 'extDescription', 'extName', 'extShortName']);
    }
  }
});

test('the Firefox package carries its add-on id and declares that it collects no data; the Chrome one carries neither', () => {
  const gecko = readManifest(firefoxDir).browser_specific_settings?.gecko;
  expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  expect(readManifest(chromeDir).browser_specific_settings).toBeUndefined();
});

test('the sources archive holds what rebuilds the packages, and nothing built or installed', async () => {
  const dir = await unzipToTemp(packagePath('sources'), 'mpg-sources-');
  for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'assets/icon.svg', 'public/_locales/zh_CN/messages.json', 'README.md']) {
    expect(existsSync(join(dir, file)), file).toBe(true);
  }
  const top = readdirSync(dir);
  for (const absent of ['node_modules', '.output', 'docs']) expect(top).not.toContain(absent);
  // No generated output (demo screenshots, test results, temporary bench files…): no file git ignores.
  const files = filesUnder(dir).map((file) => relative(dir, file));
  const ignored = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], { input: files.join('\n'), encoding: 'utf8' });
  expect(ignored.status, ignored.stderr).not.toBe(128);
  expect(ignored.stdout.split('\n').filter(Boolean), 'files in the sources archive that git ignores').toEqual([]);
});

test('the Firefox lint gate fails on a Function constructor it was not told about', () => {
  // A package of one background script (linting the whole build again would take half a minute; the
  // gate on the real package runs in npm test's "packages" step): clean, it passes; with a Function
  // constructor added, it fails on that alone.
  const dir = mkdtempSync(join(tmpdir(), 'mpg-firefox-eval-'));
  const gecko = { id: 'gate-probe@mp-console-guide.org', data_collection_permissions: { required: ['none'] } };
  const manifest = {
    manifest_version: 2,
    name: 'Gate probe',
    version: '1.0.0',
    browser_specific_settings: { gecko },
    background: { scripts: ['background.js'] },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const lint = () => spawnSync(process.execPath, ['scripts/lint-firefox.mjs', dir], { encoding: 'utf8' });
  writeFileSync(join(dir, 'background.js'), 'console.log("ready");\n');
  const clean = lint();
  expect(clean.status, clean.stderr).toBe(0);
  writeFileSync(join(dir, 'background.js'), 'console.log("ready");\nnew Function("return 1");\n');
  const run = lint();
  expect(run.status).toBe(1);
  const refused = run.stderr.split('\n').filter((line) => /^\s+(error|warning|notice) /.test(line));
  expect(refused).toEqual([expect.stringContaining('warning DANGEROUS_EVAL at background.js:2:1')]);
});

test('the Chrome package, unzipped, loads in Chromium with its icons and shows the guide on a console page', async () => {
  const launched = await launchTestConsole({ extensionPath: chromeDir });
  try {
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    await page.goto(replicaByName('register.account/current').url);
    await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
    // The shipped package's overlay roots are closed: the test reads the handle through the DevTools
    // protocol, which sees inside them, and checks the field tips' light-DOM diagnostics. The guide
    // itself is in the side panel, an extension page.
    await expect.poll(() => closedShadowText(page, 'panel-handle'), { timeout: 10_000 }).toContain('Guide');
    await expect(await panel(page)).toContainText('Account info');
    expect(await page.locator('[data-mpg-field]').count()).toBeGreaterThan(0);

    // Every icon the manifest names, as the browser decodes it; and the pages' favicons.
    const manifest = readManifest(chromeDir);
    const extensionPage = await launched.context.newPage();
    for (const path of ['options.html', 'popup.html', 'practice.html']) {
      await extensionPage.goto(`chrome-extension://${launched.extensionId}/${path}`);
      const favicon = await extensionPage.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
        if (!link) return null;
        const image = new Image();
        image.src = link.href;
        await image.decode();
        return { path: new URL(link.href).pathname, width: image.naturalWidth };
      });
      expect(favicon, path).toEqual({ path: '/icons/32.png', width: 32 });
    }
    const decoded = await extensionPage.evaluate(async (icons) => {
      const sizes: Record<string, number> = {};
      for (const [size, path] of Object.entries(icons)) {
        const image = new Image();
        image.src = `/${path}`;
        await image.decode();
        sizes[size] = image.naturalWidth;
      }
      return sizes;
    }, manifest.icons ?? {});
    expect(decoded).toEqual({ 16: 16, 32: 32, 48: 48, 128: 128 });
    // The test browser runs in English (launchConsole: --lang=en-US): the name comes from _locales/en.
    const enName = (JSON.parse(readFileSync(join(chromeDir, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>).extName?.message;
    expect(
      await extensionPage.evaluate(() =>
        (globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }).chrome.i18n.getMessage('extName'),
      ),
    ).toBe(enName);
    expect(launched.foreignRequests).toEqual([]);
  } finally {
    await launched.context.close();
  }
});
