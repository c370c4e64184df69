import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from '@playwright/test';
import { inlineFrame, openReplica, sidePanel, tip, typeAsUser } from './fixtures';
import { presenterStops } from '../../rules/presenter';
import { consoleFrame, expect, frameRoot, openPractice, stepButton, t, test, typeInto } from './practice-fixtures';

// Our UI against WCAG 2.2 A/AA with axe-core (open shadow roots included), and by keyboard: every
// control reachable with Tab, each showing where the focus is.
//
// Scope: the popup, the options page and the practice console's shell are ours entirely. On console
// pages (and the replica pages in the practice frame) only the overlay is ours: the replica markup
// copies the console's, whose unlabelled inputs and light grey text are exactly what the guide
// works around, so it is left out rather than "fixed" into something the console is not.

/** The extension APIs the tests call inside the extension's own pages. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const OVERLAY = [
  '[data-mpg-host="guide-panel"]',
  '[data-mpg-host="panel-handle"]',
  '[data-mpg-host="field-tip"]',
  '[data-mpg-host="text-tip"]',
  '[data-mpg-host="presenter"]',
];

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

async function violations(builder: AxeBuilder) {
  const results = await builder.withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function addClient(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'profiles.save', profile: { label: 'Acme HK', companyName: 'ACME TRADING (HONG KONG) LIMITED', countryRegion: 'HK' } }),
  );
}

interface Stop {
  id: string;
  /** Tag and text, e.g. "BUTTON:Next". */
  name: string;
  focusVisible: boolean;
}

/** The control focused in a frame (inside shadow roots too), 'frame' when the focus is in a child frame. */
function focusedIn(frame: Frame): Promise<Stop | 'frame' | null> {
  return frame.evaluate((child) => {
    if (child && !document.hasFocus()) return null; // a child frame not holding the focus
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (el?.tagName === 'IFRAME') return 'frame' as const;
    if (!el || el === document.body || el.hasAttribute('data-a11y-start')) return null;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    // Controls not marked beforehand get an id on their first visit, so a second visit is noticed.
    if (!el.hasAttribute('data-a11y')) el.setAttribute('data-a11y', `v${document.querySelectorAll('[data-a11y]').length}-${Math.random()}`);
    const name = `${el.tagName}:${(el.textContent ?? '').trim().slice(0, 40)}`;
    return { id: el.getAttribute('data-a11y')!, name, focusVisible: outlined || style.boxShadow !== 'none' };
  }, frame !== frame.page().mainFrame());
}

/**
 * The control focused in one of the page's child frames. The frame is another process (the tip's
 * inline frame is the extension's): it may learn that it holds the focus a moment after the page
 * moved it there, so look again for up to a second before deciding it holds none.
 */
async function focusedInChildFrame(page: Page): Promise<Stop | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      const inner = await focusedIn(frame).catch(() => null);
      if (inner && inner !== 'frame') return inner;
    }
    await page.waitForTimeout(100);
  }
  return null;
}

/**
 * Presses Tab from the start of the page (or from `from`) until the focus comes back round or
 * leaves the page, recording each control it lands on (inside shadow roots too) and whether the
 * focus is drawn. With `intoFrames`, a child frame's focused control counts as a stop (the tip's
 * inline frame); otherwise the walk ends at a frame, as the replica frame's markup is not ours.
 */
async function tabThrough(page: Page, max = 120, from?: Locator, intoFrames = false): Promise<Stop[]> {
  await page.bringToFront();
  if (from) await from.focus();
  else {
    // A focusable start line at the top of the page: Tab order starts after it.
    await page.evaluate(() => {
      const start = document.createElement('span');
      start.tabIndex = 0;
      start.dataset.a11yStart = '';
      document.body.prepend(start);
      start.focus();
    });
  }
  const stops: Stop[] = [];
  // Leaving a child frame, the focus can rest a moment on no control of the page: Tab on, a few times.
  let misses = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    let stop = await focusedIn(page.mainFrame());
    // The tip's inline frame (issue 19) holds its own controls: the stop is the control focused in it.
    if (stop === 'frame') {
      if (!intoFrames) break;
      stop = await focusedInChildFrame(page);
      if (!stop) continue; // a frame holding no control of its own at this point: Tab on
    }
    if (!stop && intoFrames && ++misses <= 3) continue;
    if (!stop || stops.some((s) => s.id === stop.id)) break;
    stops.push(stop);
  }
  await page.evaluate(() => document.querySelector('[data-a11y-start]')?.remove());
  return stops;
}

/** Marks every control a keyboard user must reach (one per radio group), and returns their ids. */
function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids: string[] = [];
    const groups = new Set<string>();
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
    controls.forEach((el, index) => {
      if (el.matches(':disabled') || !el.checkVisibility({ visibilityProperty: true }) || el.tabIndex < 0) return;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (groups.has(el.name)) return;
        groups.add(el.name);
        el.form?.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`).forEach((r) => r.setAttribute('data-a11y', `c${index}`));
      }
      el.setAttribute('data-a11y', `c${index}`);
      ids.push(`c${index}`);
    });
    return ids;
  });
}

async function expectKeyboardReachable(page: Page) {
  const controls = await markControls(page);
  expect(controls.length, 'the page has controls').toBeGreaterThan(0);
  const stops = await tabThrough(page);
  const reached = new Set(stops.map((s) => s.id));
  const missed = await page.evaluate(
    (ids) => ids.map((id) => document.querySelector(`[data-a11y="${id}"]`)?.outerHTML.slice(0, 120)),
    controls.filter((id) => !reached.has(id)),
  );
  expect(missed, 'every control is reached with Tab').toEqual([]);
  expect(
    stops.filter((s) => !s.focusVisible).map((s) => s.name),
    'every control shows its focus',
  ).toEqual([]);
}

test('the popup passes axe and works from the keyboard', async ({ page, extensionId }) => {
  await addClient(page, extensionId);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('[data-fold="trainers"] > summary').click(); // the folded section
  await expect(page.getByRole('switch', { name: t('practice.presenter-switch') })).toBeVisible();
  await expect(page.getByText('Acme HK').first()).toBeVisible();
  expect(await violations(new AxeBuilder({ page }))).toEqual([]);
  await expectKeyboardReachable(page);
});

test('the options page passes axe and works from the keyboard', async ({ page, extensionId }) => {
  await addClient(page, extensionId);
  await page.reload();
  await expect(page.getByText('Acme HK').first()).toBeVisible();
  expect(await violations(new AxeBuilder({ page }))).toEqual([]);
  await page.getByRole('button', { name: 'New client' }).click();
  expect(await violations(new AxeBuilder({ page }))).toEqual([]);
  await expectKeyboardReachable(page);
});

test('the practice console and its overlay pass axe, presenting or not', async ({ page, extensionId }) => {
  await openPractice(page, extensionId);
  await stepButton(page, 'page.register-entity.title').click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  await typeInto(page, 'company-name', 'Another Trading Limited');
  await expect(consoleFrame(page).locator('[data-mpg-field="company-name"]')).toHaveAttribute('data-mpg-status', 'error');
  const shell = () => new AxeBuilder({ page }).exclude('iframe');
  const overlay = () => OVERLAY.reduce((builder, host) => builder.include(['iframe', host]), new AxeBuilder({ page }));
  expect(await violations(shell())).toEqual([]);
  expect(await violations(overlay())).toEqual([]);

  await page.getByRole('switch', { name: t('practice.presenter-switch') }).check();
  await expect(consoleFrame(page).locator('[data-mpg-host="presenter"] .callout')).toBeVisible();
  expect(await violations(shell())).toEqual([]);
  expect(await violations(overlay())).toEqual([]);

  await expectKeyboardReachable(page);
});

// Issue 22: the Fill button is in the tip's extension frame (issue 19). No keyboard trap: Tab from Fill
// leaves the frame for the page's next field, Shift+Tab returns to the company name, and the walk goes
// on to the side panel's handle and the presenter's buttons (checked below: they come after Fill). What
// made the walk stop (3 runs in 7 on a busy machine): right after a Tab past a field whose frame holds
// text only, the page's focus was on no control for a moment, and the walk's next Tab from there went
// back up the page to Fill. Such a frame is out of the Tab order now (components/inline/frame.ts).
test('the overlay on a console page passes axe and its controls are reached with Tab', async ({ context, page, extensionId }) => {
  // Two axe runs on the page and one on the side panel's page.
  test.setTimeout(120_000);
  await addClient(page, extensionId);
  await openReplica(page, 'register.entity/overseas/current');
  await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
  const input = tip(page, 'company-name').locator('xpath=ancestor::*[.//input][1]').locator('input').first();
  await typeAsUser(input, 'acme trading (hong kong) limited');
  await input.blur();
  await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'error');
  const overlay = () => OVERLAY.reduce((builder, host) => builder.include(host), new AxeBuilder({ page }));
  expect(await violations(overlay())).toEqual([]);
  // The side panel's page, as the browser shows it beside the console.
  const side = await sidePanel(page);
  await expect(side.locator('[data-mpg-host="guide-panel"] aside')).toBeVisible();
  expect(await violations(new AxeBuilder({ page: side }))).toEqual([]);
  await page.bringToFront();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('[data-fold="trainers"] > summary').click(); // the folded section
  await popup.getByRole('switch', { name: t('practice.presenter-switch') }).check();
  await popup.close();
  await expect(page.locator('[data-mpg-host="presenter"] .callout')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.locator('[data-mpg-host="presenter"] .step')).toHaveText(t('presenter.step', { x: 2, y: presenterStops['register.entity'].length }));
  expect(await violations(overlay())).toEqual([]);

  // Into the frame and back: Tab from the company name lands on Fill, Shift+Tab returns to the field.
  await input.focus();
  await page.keyboard.press('Tab');
  await expect(inlineFrame(page, 'company-name').getByRole('button', { name: t('tip.fill-exact') })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(input).toBeFocused();

  // From the company name on, Tab reaches the overlay's own controls (the tip's first), each with a visible focus.
  await expect(inlineFrame(page, 'company-name').getByRole('button', { name: t('tip.fill-exact') })).toBeVisible();
  const stops = await tabThrough(page, 60, input, true);
  const names = stops.map((s) => s.name);
  // The frame's Fill button first, and the walk goes on past it: focus is not kept in the frame.
  expect(names[0], names.join(' | ')).toBe(`BUTTON:${t('tip.fill-exact')}`);
  expect(stops.length, names.join(' | ')).toBeGreaterThan(1);
  // (The guide is in the browser's side panel: on the page, Tab reaches the handle that opens it.)
  for (const name of [t('tip.fill-exact'), t('panel.handle'), t('presenter.back'), t('presenter.next'), t('presenter.leave')]) {
    expect(
      names.some((id) => id.endsWith(`:${name}`)),
      `${name} is reached with Tab (${names.join(' | ')})`,
    ).toBe(true);
  }
  expect(
    stops.filter((s) => !s.focusVisible && s.name.startsWith('BUTTON:')),
    "the overlay's buttons show their focus",
  ).toEqual([]);
});
