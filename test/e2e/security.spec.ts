import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { CONSOLE_ORIGIN, replicaByName } from '../../replicas/replicas.mjs';
import { SANITIZE_CONFIG } from '../../components/sanitize';
import { extensionDir } from '../support/browser.mjs';
import { countEverywhere, openExtensionPage, sendMessage, storageDump } from './extension';
import { expect, inlineFrame, panel, sidePanel, test, typeAsUser } from './fixtures';

// Security: the built manifest asks for nothing beyond storage and the console; the extension
// pages run under a strict CSP; hostile strings in profiles stay text everywhere they are shown;
// no extension context makes a network request; the console's session token never reaches
// storage, exports or diagnostics.

const TOKEN = '1911103417';
const AT = '2025-01-02T03:04:05.000Z';
const root = (page: Page) => page.locator('xpath=/html');
const withToken = (url: string) => (/[?&]token=/.test(url) ? url.replace(/([?&]token=)[^&]*/, `$1${TOKEN}`) : `${url}&token=${TOKEN}`);

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  externally_connectable?: unknown;
}

// Guards wxt.config.ts: a new permission or a looser CSP fails here, not in a store review.
test('the built manifest asks for storage, alarms, the side panel and the console only, under a strict CSP', async () => {
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8')) as Manifest;
  // sidePanel: the guide beside the console (docs/side-panel.md); Chrome shows no install warning for it.
  // alarms: team sync's timer (docs/team-sync.md); no install warning either.
  // scripting: the background injects the guide where the loader asks (content/loader/inject-guide.ts); no warning.
  expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting', 'sidePanel']);
  expect(manifest.host_permissions).toEqual(['https://mp.weixin.qq.com/*']);
  // Anything else may only be optional, requested when a feature needs it: the MIIT SMS page's host,
  // asked from the popup at the filing SMS stage; `notifications` when deadline notifications are turned on.
  for (const optional of [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) {
    // Team sync asks for the one origin of the agency's CouchDB within these (docs/team-sync.md).
    expect(
      ['https://beian.miit.gov.cn/*', 'notifications', 'https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
      `unexpected optional permission ${optional}`,
    ).toContain(optional);
  }
  expect(manifest.content_security_policy?.extension_pages).toBe("script-src 'self'; object-src 'self'");
  expect(manifest.content_scripts?.flatMap((c) => c.matches)).toEqual(['https://mp.weixin.qq.com/*']);
  // The inline frame and the other-language texts, readable only where the guide runs; never the
  // guide's code, which the background injects (no page can fetch it to learn the extension is there).
  expect(manifest.web_accessible_resources?.flatMap((r) => r.resources)).not.toContain('guide.js');
  expect([...new Set(manifest.web_accessible_resources?.flatMap((r) => r.matches))].sort()).toEqual([
    'https://beian.miit.gov.cn/*',
    'https://mp.weixin.qq.com/*',
  ]);
  expect(manifest.externally_connectable).toBeUndefined();
});

test('the CSP is in force on the extension pages: an injected inline script does not run', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const violations: string[] = [];
  options.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
  const ran = await options.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

// components/sanitize.ts's rules, in Chromium's own HTML parser (happy-dom's differs).
test('the sanitiser leaves nothing active in hostile HTML, in the browser', async ({ page }) => {
  const require = createRequire(import.meta.url);
  await page.goto(`${CONSOLE_ORIGIN}/`);
  await page.addScriptTag({ path: require.resolve('dompurify/dist/purify.min.js') });
  const vectors = [
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<svg><script>alert(1)</script></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<form action="https://evil.example"><button>go</button></form>',
    '<style>*{display:none}</style><p style="position:fixed">x</p>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    '<p onclick="alert(1)" data-x="1">text</p>',
  ];
  const { cleaned, kept } = await page.evaluate(
    ({ vectors, config, uri }) => {
      const purify = (window as unknown as { DOMPurify: { sanitize(html: string, config: object): string } }).DOMPurify;
      const options = { ...config, ALLOWED_URI_REGEXP: new RegExp(uri.source, uri.flags) };
      return {
        cleaned: vectors.map((html) => purify.sanitize(html, options)),
        kept: purify.sanitize('ACME (HK) <b>Limited</b> & <a href="https://mp.weixin.qq.com/">console</a>', options),
      };
    },
    {
      vectors,
      config: { ...SANITIZE_CONFIG, ALLOWED_URI_REGEXP: undefined },
      uri: { source: SANITIZE_CONFIG.ALLOWED_URI_REGEXP.source, flags: SANITIZE_CONFIG.ALLOWED_URI_REGEXP.flags },
    },
  );
  for (const out of cleaned) {
    expect(out).not.toMatch(/<(img|script|svg|iframe|form|style|math|button|noscript)\b/i);
    expect(out).not.toMatch(/\son\w+=|javascript:|data:|style=|data-x/i);
  }
  expect(kept).toBe('ACME (HK) <b>Limited</b> &amp; <a href="https://mp.weixin.qq.com/">console</a>');
});

const hostile = {
  label: `<img src=x onerror="document.title='pwned'">Hostile & Co`,
  companyName: `<img src=x onerror="alert('company')">ACME <script>alert(1)</script> LIMITED`,
  officialAccountEmail: `"><img src=x onerror=alert('oa')>@evil.example`,
  emails: [{ address: `<img src=x onerror=alert('email')>@evil.example`, status: 'used', at: AT }],
  notes: `[click me](javascript:alert('notes')) <a href="javascript:alert('a')">link</a> <img src=x onerror=alert('note-img')>`,
  countryRegion: 'HK',
};

/** Watches a page for what a successful injection would cause: dialogs, navigations, requests for "x". */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], navigations: [] as string[], requests: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => frame === page.mainFrame() && seen.navigations.push(frame.url()));
  page.on('request', (request) => /\/x$|javascript:/.test(request.url()) && seen.requests.push(request.url()));
  return seen;
}

async function expectInert(page: Page) {
  // (Our own tips' inline frames, extension pages at the inline page's address, are not a profile's markup.)
  const ours = 'iframe:not([src^="chrome-extension://"][src*="/inline.html#"])';
  expect(await countEverywhere(page, `img[src="x"], script:not([src]), ${ours}, a[href^="javascript:"]`)).toBe(0);
  expect(await page.evaluate(() => document.title)).not.toBe('pwned');
}

// Guards every place a profile's strings are shown: they must be text, never markup or links.
test('hostile company names, emails and notes stay inert in the overlay, popup, options and summary', async ({ context, page, extensionId, pageErrors }) => {
  test.setTimeout(90_000);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  expect(await sendMessage(options, { type: 'profiles.save', profile: hostile })).toMatchObject({ ok: true });

  // The overlay on the console: the registered name appears in a finding; a hostile email is checked.
  const consoleSeen = watch(page);
  await page.goto(replicaByName('register.entity/overseas/current').url);
  const company = page.locator('.weui-desktop-form__control-group', { hasText: '企业名称' }).locator('input');
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  await typeAsUser(company, hostile.companyName.toLowerCase());
  await company.blur();
  await expect(page.locator('[data-mpg-field="company-name"]')).toHaveAttribute('data-mpg-status', /warn|error/);
  // The finding naming the registered name is in the tip's inline frame: as text there, too.
  const frame = inlineFrame(page, 'company-name');
  await expect(frame.locator('.finding').first()).toContainText(`<img src=x onerror="alert('company')">ACME`);
  expect(await frame.locator('img, script:not([src]), iframe, a[href^="javascript:"]').count()).toBe(0);
  await expectInert(page);

  await page.goto(replicaByName('register.account/current').url);
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  const email = page.locator('.weui-desktop-form__control-group', { hasText: '邮箱' }).locator('input');
  await typeAsUser(email, hostile.emails[0]!.address);
  await email.blur();
  // Not an address the console accepts: the check says so, and the tip shows it as text.
  await expect(page.locator('[data-mpg-field="email"]')).toHaveAttribute('data-mpg-codes', /email\.format/);
  await expectInert(page);
  expect(consoleSeen.dialogs).toEqual([]);
  expect(consoleSeen.requests).toEqual([]);

  // The popup, with the summary copied notes included (read back on the console's origin: extension
  // origins cannot be granted clipboard-read).
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: CONSOLE_ORIGIN });
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const popupSeen = watch(popup);
  await expect(popup.getByText('Hostile & Co').first()).toBeVisible();
  await popup.locator('[data-fold="summary"] > summary').click(); // the folded section
  await popup.getByLabel('Include notes').check();
  await popup.getByRole('button', { name: 'Copy summary' }).click();
  await expect(popup.getByRole('status')).toContainText('Summary copied.');
  await page.bringToFront();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  await popup.bringToFront();
  expect(summary).toContain('Hostile & Co');
  expect(summary, 'no raw HTML tag').not.toMatch(/(?<!\\)<(img|script|a)\b/);
  expect(summary, 'no Markdown link').not.toMatch(/(?<!\\)\]\(javascript:/);
  await expectInert(popup);

  // The options page: the list, and the profile open in the form.
  const optionsSeen = watch(options);
  await options.reload();
  await options.getByRole('button', { name: 'Edit' }).first().click();
  await expect(options.getByLabel('Notes', { exact: true })).toHaveValue(hostile.notes);
  await expectInert(options);

  for (const seen of [popupSeen, optionsSeen]) {
    expect(seen.dialogs).toEqual([]);
    expect(seen.requests).toEqual([]);
  }
  expect(popupSeen.navigations).toEqual([]);
  expect(optionsSeen.navigations).toEqual([`chrome-extension://${extensionId}/options.html`]); // the reload
  expect(pageErrors).toEqual([]);
});

// That no extension context makes a network request is checked over every replica page and the
// extension pages by every-replica.spec.ts.

// Guards stripToken on every path out: progress records, exports, diagnostics.
test("the console's token reaches no storage, export or diagnostics", async ({ context, page, extensionId }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: CONSOLE_ORIGIN });
  const options = await openExtensionPage(context, extensionId, 'options.html');
  expect(await sendMessage(options, { type: 'profiles.save', profile: { label: 'Acme HK', companyName: 'ACME LIMITED', countryRegion: 'HK' } })).toMatchObject({
    ok: true,
  });

  // Pages that report progress, all opened with the token.
  await page.goto(withToken(replicaByName('register.account/current').url));
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  await page.getByRole('button', { name: '注册' }).click();
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'register.activate');
  await page.goto(withToken(replicaByName('register.entity/overseas/current').url));
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('信息提交成功')).toBeVisible();
  await page.goto(withToken(replicaByName('home.guide/current').url));
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'home.guide', { timeout: 10_000 });

  // Diagnostics from a page with a field missing.
  await page.goto(withToken(replicaByName('register.entity/overseas/current/missing-field').url));
  // Copied from the side panel, which has the focus when its button is clicked; read back on the
  // console page (extension origins cannot be granted clipboard-read).
  const guide = await panel(page);
  await (await sidePanel(page)).bringToFront();
  await guide.getByRole('button', { name: 'Copy diagnostics' }).click({ timeout: 10_000 });
  await expect(guide.getByRole('button', { name: 'Diagnostics copied' })).toBeVisible();
  await page.bringToFront();
  const diagnostics = await page.evaluate(() => navigator.clipboard.readText());

  // The export.
  await options.reload();
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all profiles' }).click();
  const exported = readFileSync((await (await downloading).path())!, 'utf8');

  const stored = JSON.stringify(await storageDump(context));
  // Not vacuous: the steps were recorded with the pages' URLs, the AppID was picked up.
  expect(stored).toContain('https://mp.weixin.qq.com/wxopen/waregister?action=step1');
  expect(stored).toContain('"appId":"wx');
  expect(diagnostics).toContain('"page": "register.entity"');
  expect(exported).toContain('Acme HK');
  for (const [where, text] of [
    ['storage', stored],
    ['export', exported],
    ['diagnostics', diagnostics],
  ])
    expect(text, where).not.toContain(TOKEN);
});
