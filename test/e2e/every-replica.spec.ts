import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { CONSOLE_ORIGIN, replicas } from '../../replicas/replicas.mjs';
import { pageRuleById } from '../../rules';
import { openExtensionPage, sendMessage, serviceWorker } from './extension';
import { expect, renderDelayOf, sidePanel, test, tip } from './fixtures';
import { expectGuidance, titleOf } from './guide-expect';
import { untippedTexts } from './tip-audit';

// One walk over every replica page, each loaded once, checking what must hold on all of them:
// - a recognised page gets its guide in the side panel (title, the unconditional points) and a tip with
//   the English meaning for each field it shows; a page no rule knows gets none, and the side panel says so;
// - no extension context makes a network request (security: "no network requests of our own");
// - no typed field shows a finding before anything is typed (issue 22: no check on an empty field);
// - every visible label, button and notice of a recognised page has a tip (issue 22, tip-audit.ts);
// - no console control is under the extension's UI (the field tips and the side panel's handle; the
//   guide itself is in the browser's side panel), at 1280×800 and 1440×900, scrolled top to bottom.
// Loading each page once for all of these keeps the suite short (issue 23); the walk is cut into slices
// that run side by side on the workers, each with one console tab and one side panel following it.

test.describe.configure({ mode: 'parallel' });

const SLICES = 4;

/** Every English text (read as files: Playwright's loader wants import attributes for JSON). */
const LOCALE_DIR = new URL('../../locales/en/', import.meta.url);
const en: Record<string, string> = Object.assign(
  {},
  ...readdirSync(LOCALE_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(new URL(file, LOCALE_DIR), 'utf8')) as Record<string, string>),
);
const t = (key: string) => en[key] ?? key;

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** A choice the page shows made (个人 chosen, a category listed) is a value the field holds: checked at once by design. */
const CHOICES = new Set(['radio', 'select', 'checkbox', 'upload', 'qr']);

interface Recorded {
  url: string;
  from: 'service worker' | 'extension page' | 'console page';
  navigation: boolean;
}

function classify(request: Request): Recorded {
  const url = request.url();
  if (request.serviceWorker()) return { url, from: 'service worker', navigation: false };
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // A navigation before its frame exists.
  }
  return { url, from: frameUrl.startsWith('chrome-extension:') ? 'extension page' : 'console page', navigation: request.isNavigationRequest() };
}

/** What the replica pages load themselves (document, stylesheet, runtime): the same with or without the extension. */
function isPageOwn(request: Recorded): boolean {
  if (/^(chrome-extension|data|blob):/.test(request.url)) return true;
  if (request.from !== 'console page') return false;
  const url = new URL(request.url);
  return request.navigation || url.pathname.startsWith('/__replica/') || url.pathname === '/favicon.ico';
}

/** Typed fields that show a finding although nothing was typed, as "field → codes". */
async function findingsOnEmptyFields(page: Page, pageId: string): Promise<string[]> {
  const hosts = await page
    .locator('[data-mpg-field]')
    .evaluateAll((all) => all.map((h) => ({ id: h.getAttribute('data-mpg-field')!, codes: h.getAttribute('data-mpg-codes') ?? '' })));
  const kinds = new Map(pageRuleById(pageId)!.fields.map((f) => [f.id, f.kind]));
  return hosts.filter((host) => host.codes !== '' && !CHOICES.has(kinds.get(host.id) ?? '')).map((host) => `${host.id} → ${host.codes}`);
}

type Replica = (typeof replicas)[number];

/** The guide in the side panel and the field tips on a recognised replica. */
async function expectGuide(page: Page, side: Page, replica: Replica): Promise<void> {
  const rule = pageRuleById(replica.page!)!;
  const guide = side.locator('[data-mpg-host="guide-panel"] aside');
  await expect(guide.locator('.title'), replica.name).toHaveText(titleOf(rule, t));
  await expectGuidance(guide.locator('.guidance li'), rule, t);
  // The guide is in the side panel; on the page only the tips and the handle that opens it.
  await expect(page.locator('[data-mpg-host="guide-panel"]')).toHaveCount(0);
  await expect(page.locator('[data-mpg-host="panel-handle"]'), `${replica.name}: the handle that opens the side panel`).toHaveAttribute('translate', 'no');
  // Variants of the "console changed" kind may lack a field on purpose (replicas.mjs `missing`); a
  // replica that lists its fields shows those and no others, each explained.
  const required = rule.fields.filter((f) => !f.optional && !(replica.missing ?? []).includes(f.id)).map((f) => f.id);
  for (const id of new Set([...required, ...(replica.fields ?? [])])) {
    await expect(tip(page, id), `${replica.name}: ${id}`).toHaveCount(1);
    await expect(tip(page, id).locator('.name'), `${replica.name}: ${id}`).toHaveText(t(`field.${id}.name`));
  }
  // The 2018 verification templates' replicas list exactly the fields they render; their explanations
  // are fixed texts (elsewhere some name the options the page offers).
  if (replica.fields && replica.page!.startsWith('verify.') && !replica.name.includes('/2026-')) {
    for (const id of replica.fields) await expect(tip(page, id).locator('.about'), `${replica.name}: ${id}`).toHaveText(t(`field.${id}.about`));
    const shown = await page.locator('[data-mpg-field]').evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-mpg-field')));
    expect(shown.sort(), `${replica.name}: the tips shown`).toEqual([...replica.fields].sort());
  }
}

/** A console page no rule knows: no page id, no handle, no tips, and the side panel says why. */
async function expectNoGuide(page: Page, side: Page, replica: Replica): Promise<void> {
  await expect(page.locator(':root'), replica.name).not.toHaveAttribute('data-mpg-page', /.*/);
  await expect(page.locator('[data-mpg-host="panel-handle"]'), replica.name).toHaveCount(0);
  await expect(page.locator('[data-mpg-field]'), replica.name).toHaveCount(0);
  // "Open a registration page" when the page never connected (outside the content script's matches),
  // "not one the guide knows" when it did.
  await expect(side.getByRole('status'), replica.name).toHaveText(/Open a registration page|not one the guide knows/);
  // (A guide drawn for an earlier page stays in the side panel's document, hidden.)
  await expect(side.locator('[data-mpg-host="guide-panel"]'), replica.name).toBeHidden();
}

/** Controls under one of our overlay hosts in the current viewport, as "tag 'text' at (x, y) under host". */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const OURS = '[data-mpg-host]';
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, label, [role=button]'),
    ).filter((el) => !el.closest(OURS) && (el.localName !== 'label' || (el as HTMLLabelElement).control !== null));
    const found: string[] = [];
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const r = control.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      const inset = Math.min(2, r.width / 4, r.height / 4);
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
      for (const [x, y] of points) {
        const stack = document.elementsFromPoint(x!, y!);
        const ours = stack.findIndex((el) => el.closest(OURS));
        if (ours === -1) continue;
        const mine = stack.findIndex((el) => el === control || control.contains(el));
        if (mine === -1 || ours < mine) {
          const text = (control.textContent ?? '').trim().slice(0, 20) || control.getAttribute('placeholder') || control.getAttribute('type') || '';
          found.push(`${control.localName} '${text}' at (${Math.round(x!)}, ${Math.round(y!)}) under ${stack[ours]!.closest(OURS)!.localName}`);
          break;
        }
      }
    }
    return found;
  });
}

/** Covered controls over the whole page at the viewport's size, scrolled from top to bottom. */
async function coveredWhileScrolling(page: Page, viewportHeight: number): Promise<string[]> {
  const problems: string[] = [];
  const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
  for (let top = 0; ; top += Math.round(viewportHeight * 0.75)) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    // The handle moves in the next frame after a scroll or a resize: wait two.
    // (Bounded: a tab the browser counts as hidden gets no frames, and the walk must say so, not hang.)
    const framed = await page.evaluate(
      () => new Promise<boolean>((done) => (requestAnimationFrame(() => requestAnimationFrame(() => done(true))), setTimeout(() => done(false), 2_000))),
    );
    expect(framed, 'the console tab gets animation frames (it is in front)').toBe(true);
    for (const problem of await coveredControls(page)) problems.push(`scrolled to ${top}: ${problem}`);
    if (top + viewportHeight >= height) break;
  }
  return problems;
}

/** Records every request of the context, by where it came from. */
function recordRequests(context: BrowserContext): Recorded[] {
  const recorded: Recorded[] = [];
  context.on('request', (request) => recorded.push(classify(request)));
  return recorded;
}

/** The recorded requests the replica pages did not make themselves, as "from: url". */
const requestsOfOurs = (recorded: Recorded[]) => recorded.filter((r) => !isPageOwn(r)).map((r) => `${r.from}: ${r.url}`);

/** A client on file, so the checks that compare with client data run too. */
async function clientOnFile(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  expect(await sendMessage(options, { type: 'profiles.save', profile: { label: 'Acme HK', companyName: 'ACME LIMITED', countryRegion: 'HK' } })).toMatchObject({
    ok: true,
  });
  return options;
}

for (let slice = 0; slice < SLICES; slice++) {
  const mine = replicas.filter((_, i) => i % SLICES === slice);
  test(`replica pages, slice ${slice + 1} of ${SLICES}: the guide, no request of ours, no finding on an empty field, a tip for every text, no console control under our UI`, async ({
    context,
    page,
    extensionId,
    pageErrors,
  }) => {
    test.setTimeout(3 * 60_000);
    const recorded = recordRequests(context);
    await clientOnFile(context, extensionId);
    // Opened on the fresh tab: it follows the tab to each page below.
    const side = await sidePanel(page);
    const flagged: string[] = [];
    const untipped: string[] = [];
    const covered: string[] = [];
    const handles = SIZES.map(() => 0);
    for (const replica of mine) {
      // The console tab in front, as a user has it: a tab behind another gets no animation frames.
      await page.bringToFront();
      await page.setViewportSize(SIZES[0]!);
      await page.goto(replica.url);
      await page.waitForLoadState('load');
      const onConsole = replica.url.startsWith(`${CONSOLE_ORIGIN}/`);
      if (replica.page && onConsole) {
        await expect(page.locator(':root'), replica.name).toHaveAttribute('data-mpg-page', replica.page, { timeout: 10_000 });
        await expectGuide(page, side, replica);
        for (const finding of await findingsOnEmptyFields(page, replica.page)) flagged.push(`${replica.name}: ${finding}`);
        for (const item of await untippedTexts(page)) untipped.push(`${replica.name}: ${item}`);
      } else {
        if (onConsole) await expect(page.locator(':root'), replica.name).toHaveAttribute('data-mpg-ready', '', { timeout: 10_000 });
        // The replica may render late: give it time to, then the debounce one more cycle.
        await page.waitForTimeout(renderDelayOf(replica) + 300);
        // Pages no rule matches; those with known form rows get the unknown-page help (unknown-page.spec.ts).
        if (onConsole && replica.page === null && !replica.unknown) await expectNoGuide(page, side, replica);
      }
      for (const [i, size] of SIZES.entries()) {
        await page.setViewportSize(size);
        for (const problem of await coveredWhileScrolling(page, size.height)) covered.push(`${replica.name} at ${size.width}×${size.height}, ${problem}`);
        if (await page.locator('[data-mpg-host="panel-handle"]').isVisible()) handles[i]!++;
      }
    }
    await page.waitForTimeout(500);

    expect(requestsOfOurs(recorded), 'requests the extension made').toEqual([]);
    expect(pageErrors, 'the pages throw no errors').toEqual([]);
    expect(flagged, 'findings on fields nothing was typed into').toEqual([]);
    expect(untipped, 'console texts without a tip').toEqual([]);
    expect(covered, 'console controls under the extension').toEqual([]);
    expect(recorded.filter((r) => r.from === 'console page').length, 'the walk loaded pages').toBeGreaterThan(mine.length / 2);
    // The handle was there to be hit-tested (not hidden everywhere for want of room).
    const recognised = mine.filter((r) => r.page).length;
    for (const count of handles) expect(count).toBeGreaterThan(recognised / 2);
  });
}

test('the extension pages with a client on file make no request of ours, and the recorder sees the service worker’s', async ({ context, extensionId }) => {
  const recorded = recordRequests(context);
  const options = await clientOnFile(context, extensionId);
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByText('Acme HK').first()).toBeVisible();
  await options.reload();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all profiles' }).click();
  await download;
  await popup.waitForTimeout(500);
  expect(requestsOfOurs(recorded), 'requests the extension made').toEqual([]);

  // The recorder sees the service worker's requests too (else the request checks prove little).
  const worker = await serviceWorker(context);
  await worker.evaluate(
    (url) =>
      fetch(url).then(
        () => undefined,
        () => undefined,
      ),
    `${CONSOLE_ORIGIN}/__replica/console.css?from-worker`,
  );
  await expect
    .poll(() => recorded.filter((r) => r.from === 'service worker').map((r) => r.url))
    .toContain(`${CONSOLE_ORIGIN}/__replica/console.css?from-worker`);
});
