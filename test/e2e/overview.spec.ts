import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { sampleBook, sampleClients, seedBook } from '../support/sample-book.mjs';
import { serviceWorker, storageDump } from './extension';
import { expect, test } from './fixtures';

// The agency overview with a book of ten clients on the three paths at different stages (the
// sample book): overdue, due soon, MIIT's 24-hour SMS window, running, idle and finished. Read,
// sorted, filtered, acted on from the row, exported, and checked with axe and the keyboard.

type ChromeAction = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

async function openOverview(context: BrowserContext, page: Page, extensionId: string, activeId = 'jade-ridge'): Promise<Page> {
  await seedBook(await serviceWorker(context), sampleBook(Date.now(), { activeId }));
  await page.goto(`chrome-extension://${extensionId}/overview.html`);
  await expect(page.getByRole('heading', { name: 'Agency overview' })).toBeVisible();
  await expect(rows(page)).toHaveCount(sampleClients.length);
  return page;
}

const rows = (page: Page) => page.locator('tbody tr.client-row');
/** Opens a row's action menu and picks an item by its accessible name. */
async function fromMenu(page: Page, label: string, item: string | RegExp) {
  await page.getByRole('button', { name: `Actions: ${label}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}
const row = (page: Page, id: string) => page.locator(`tr[data-client="${id}"]`);
const order = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-client')));
const labels = (page: Page) => rows(page).locator('.client-label').allInnerTexts();

async function badgeText(context: BrowserContext): Promise<string> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}));
}

test('shows every client with path, step, next deadline, last progress and missing documents, soonest deadline first', async ({
  context,
  page,
  extensionId,
}) => {
  await openOverview(context, page, extensionId);
  await expect(page.getByTestId('overview-count')).toHaveText('Showing 10 of 10 clients · 5 need action (overdue or due within 3 days)');
  // Overdue first (the longest overdue on top), then due soon, then later, then no deadline by label.
  expect(await order(page)).toEqual([
    'jade-ridge',
    'harbour-tea',
    'cuiling-sz',
    'kiwi-fresh',
    'northwind',
    'sakura-foods',
    'changjiang',
    'maple-leaf',
    'pearl-river',
    'lion-city',
  ]);

  const jade = row(page, 'jade-ridge');
  await expect(jade.locator('th')).toContainText('Jade Ridge HK');
  await expect(jade.locator('th')).toContainText('Active');
  await expect(jade.locator('.path-cell')).toHaveText('Overseas online registration');
  await expect(jade.locator('.step-cell')).toContainText('Upload the verification documents');
  await expect(jade.locator('.deadline-cell')).toContainText('Complete WeChat verification (45 days after registering)');
  // The tag says "Overdue" and the text goes on "by 2 days": never "Overdue · Overdue by 2 days".
  await expect(jade.locator('.deadline-cell .deadline-when')).toHaveText(/^Overdueby 2 days · Due \d{4}-\d{2}-\d{2}$/);
  await expect(jade.locator('.deadline-cell')).not.toContainText('Overdue by');
  await expect(jade.locator('.documents-cell')).toHaveText('4');
  // Overdue in red, due soon in amber (the words say it too).
  await expect(jade.locator('.deadline-cell')).toHaveCSS('background-color', 'rgb(254, 243, 242)');

  const harbour = row(page, 'harbour-tea');
  await expect(harbour.locator('.path-cell')).toHaveText('Quick registration from a verified Official Account');
  await expect(harbour.locator('.deadline-cell')).toContainText(/by [56] hours/);
  await expect(harbour.locator('.documents-cell')).toHaveText('—Not applicable');

  // MIIT's 24-hour window: the platform review was recorded 5 hours ago.
  const shenzhen = row(page, 'cuiling-sz');
  await expect(shenzhen.locator('.path-cell')).toHaveText('Mainland registration with ICP filing');
  await expect(shenzhen.locator('.step-cell')).toContainText("Confirm MIIT's text message");
  await expect(shenzhen.locator('.deadline-cell')).toContainText('Due soon');
  await expect(shenzhen.locator('.deadline-cell')).toContainText(/1[89] hours left/);
  await expect(shenzhen.locator('.deadline-cell')).toHaveCSS('background-color', 'rgb(255, 244, 224)');

  await expect(row(page, 'maple-leaf').locator('.deadline-cell')).toContainText(/3[45] days left/);
  await expect(row(page, 'lion-city').locator('.deadline-cell')).toHaveText('No deadline running');
  await expect(row(page, 'lion-city').locator('.activity-cell')).toHaveText('Nothing recorded');
  await expect(row(page, 'pearl-river').locator('.step-cell')).toContainText('All steps done');
  // Its next deadline is the yearly review (年审), whose window opens 3 months before it.
  await expect(row(page, 'pearl-river').locator('.deadline-cell .deadline-window')).toHaveText(
    /^Window opens \d{4}-\d{2}-\d{2}: the review can be submitted from then until the due date\.$/,
  );
  await expect(row(page, 'kiwi-fresh').locator('.activity-cell')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
});

test('sorts by label and by last activity, and filters by text, country, path and needs action', async ({ context, page, extensionId }) => {
  await openOverview(context, page, extensionId);
  const sortBy = page.getByLabel('Sort by');

  await sortBy.selectOption({ label: 'Client label' });
  const latin = (await labels(page)).filter((l) => /^[A-Z]/.test(l));
  expect(latin).toEqual([
    'Harbour Tea',
    'Jade Ridge HK',
    'Kiwi Fresh NZ',
    'Lion City SG',
    'Maple Leaf CA',
    'Northwind US',
    'Pearl River GZ',
    'Sakura Foods JP',
  ]);
  await expect(page.getByRole('columnheader', { name: 'Client' })).toHaveAttribute('aria-sort', 'ascending');

  await sortBy.selectOption({ label: 'Last progress' });
  expect((await order(page)).slice(0, 3)).toEqual(['kiwi-fresh', 'cuiling-sz', 'harbour-tea']);
  expect((await order(page)).at(-1)).toBe('lion-city');
  await expect(page.getByRole('columnheader', { name: 'Last progress' })).toHaveAttribute('aria-sort', 'descending');

  await sortBy.selectOption({ label: 'Next deadline' });
  await page.getByLabel('Search').fill('jade');
  expect(await order(page)).toEqual(['jade-ridge']);
  await page.getByLabel('Search').fill('有限公司');
  expect((await order(page)).sort()).toEqual(['changjiang', 'cuiling-sz', 'harbour-tea', 'jade-ridge', 'pearl-river']);
  await page.getByLabel('Search').fill('');

  await page.getByLabel('Country/region').selectOption('CN');
  expect(await order(page)).toEqual(['cuiling-sz', 'changjiang', 'pearl-river']);
  await page.getByLabel('Country/region').selectOption('');
  await page.getByLabel('Path', { exact: true }).selectOption({ label: 'Quick registration from a verified Official Account' });
  expect(await order(page)).toEqual(['harbour-tea', 'sakura-foods', 'lion-city']);
  await page.getByLabel('Path', { exact: true }).selectOption('');

  await page.getByLabel('Needs action only').check();
  expect(await order(page)).toEqual(['jade-ridge', 'harbour-tea', 'cuiling-sz', 'kiwi-fresh', 'northwind']);
  await expect(page.getByTestId('overview-count')).toContainText('Showing 5 of 10 clients');
  await page.getByLabel('Search').fill('nobody by this name');
  await expect(page.getByText('No client matches these filters.')).toBeVisible();
});

test('acts from the row: make active, mark a step done and undo it, copy the summary, open the popup', async ({ context, page, extensionId }) => {
  // The clipboard, recorded: what "Copy summary" would put there.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    });
  });
  await openOverview(context, page, extensionId);

  // Every row has the same two controls in the same place: Timeline, then the Actions menu.
  const controls = await rows(page).evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('.actions-cell button')].map((b) => (b.textContent ?? '').replace('▾', '').trim()).join('|')),
  );
  expect(new Set(controls)).toEqual(new Set(['Timeline|Actions']));
  const tops = await rows(page).evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('.actions-cell button')].map((b) => Math.round(b.getBoundingClientRect().top))),
  );
  for (const [timeline, menu] of tops) expect(menu).toBe(timeline); // one line, never wrapped

  await fromMenu(page, 'Northwind US', 'Make active: Northwind US');
  await expect(page.getByRole('status')).toContainText('Now working on Northwind US.');
  await expect(row(page, 'northwind').locator('th')).toContainText('Active');
  // The menu keeps its items in the same order on every row; what does not apply is disabled, not removed.
  await page.getByRole('button', { name: 'Actions: Northwind US' }).click();
  const items = page.getByRole('menu', { name: 'Actions: Northwind US' }).getByRole('menuitem');
  expect(await items.allInnerTexts()).toEqual([
    'Make active',
    'Open in popup',
    'Mark step done',
    'Copy summary',
    'Copy document request (English)',
    'Copy document request (中文)',
    'Edit client',
  ]);
  await expect(page.getByRole('menuitem', { name: 'Make active: Northwind US' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Actions: Northwind US' })).toBeFocused();
  await page.getByRole('button', { name: 'Actions: Jade Ridge HK' }).click();
  await expect(page.getByRole('menuitem', { name: 'Make active: Jade Ridge HK' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect.poll(async () => ((await storageDump(context)).profiles as { activeId: string }).activeId).toBe('northwind');

  // Kiwi Fresh: the activation link's 24 hours are running; ticking the email step ends them.
  const kiwi = row(page, 'kiwi-fresh');
  await fromMenu(page, 'Kiwi Fresh NZ', 'Mark step done: Activate the email for Kiwi Fresh NZ');
  await expect(page.getByRole('status')).toContainText('Kiwi Fresh NZ: “Activate the email” marked done.');
  await expect(kiwi.locator('.step-cell')).toContainText('Enter entity and administrator details');
  await expect(kiwi.locator('.deadline-cell')).toHaveText('No deadline running');
  const stored = async () =>
    ((await storageDump(context)).progress as { clients: { profileId: string; steps: Record<string, unknown> }[] }).clients.find(
      (c) => c.profileId === 'kiwi-fresh',
    )!.steps;
  await expect.poll(async () => Object.keys(await stored()).sort()).toEqual(['account', 'email-activation']);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('is back as it was');
  await expect(kiwi.locator('.step-cell')).toContainText('Activate the email');
  await expect(kiwi.locator('.deadline-cell')).toContainText('Click the activation link (24 hours)');
  await expect.poll(async () => Object.keys(await stored())).toEqual(['account']);

  await fromMenu(page, 'Jade Ridge HK', 'Copy summary: Jade Ridge HK');
  await expect(page.getByRole('status')).toContainText('The summary of Jade Ridge HK is on the clipboard');
  const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(copied).toContain('Jade Ridge HK');
  expect(copied).toContain('Complete WeChat verification (45 days after registering)');
  expect(copied).not.toContain('@jade-ridge.example');
  expect(copied).not.toContain('Private note');

  // The popup's view of a client that is not the active one.
  const [popup] = await Promise.all([context.waitForEvent('page'), fromMenu(page, 'Sakura Foods JP', 'Open in popup: Sakura Foods JP')]);
  await expect(popup).toHaveURL(`chrome-extension://${extensionId}/popup.html?client=sakura-foods`);
  await expect(popup.getByText('Viewing Sakura Foods JP, not the active client.')).toBeVisible();
  await expect(popup.locator('[data-deadline="pay-binding-confirm"]')).toBeVisible();
  // The popup's timeline is vertical: each step a line, its deadline under it.
  await expect(popup.locator('.steps [data-step="pay-confirm"]')).toHaveAttribute('data-status', 'current');
  await expect(popup.locator('.steps [data-step="pay-request"] .step-status')).toHaveText(/^Done \d{4}-\d{2}-\d{2}$/);
  await expect(popup.locator('[data-step="pay-confirm"] [data-step-deadline="pay-binding-confirm"]')).toContainText(/[45] days left/);
  const popupAxe = await new AxeBuilder({ page: popup }).withTags(WCAG_AA).analyze();
  expect(popupAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
  await popup.close();
  // Viewing changed nothing: Northwind is still the active client.
  expect(((await storageDump(context)).profiles as { activeId: string }).activeId).toBe('northwind');
});

test("draws each client's timeline with done dates and the deadlines ahead", async ({ context, page, extensionId }) => {
  await openOverview(context, page, extensionId);
  const toggle = page.getByRole('button', { name: 'Timeline: Jade Ridge HK' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const timeline = page.getByRole('figure', { name: 'Timeline of Jade Ridge HK' });
  await expect(timeline).toBeVisible();
  const points = timeline.locator('[data-timeline-step]');
  // The overseas path without the optional bank-transfer e-mail: 12 steps on one line.
  await expect(points).toHaveCount(12);
  expect(await points.evaluateAll((li) => li.map((el) => el.getAttribute('data-status')))).toEqual([
    'done',
    'done',
    'done',
    'done',
    'current',
    ...Array(7).fill('upcoming'),
  ]);
  await expect(timeline.locator('[data-timeline-step="entity-admin"] .timeline-when')).toHaveText(/^Done \d{4}-\d{2}-\d{2}$/);
  await expect(timeline.locator('[data-timeline-deadline="verification-45-days"]')).toContainText('Overdue by 2 days');
  await expect(timeline.locator('[data-timeline-deadline="verification-45-days"]')).toHaveClass(/overdue/);
  // One line: every dot at the same height.
  const tops = await timeline.locator('.timeline-dot').evaluateAll((dots) => [...new Set(dots.map((d) => Math.round(d.getBoundingClientRect().top)))]);
  expect(tops).toHaveLength(1);
  await toggle.click();
  await expect(timeline).toHaveCount(0);
});

test('badge: the active client by default, the whole book as a setting', async ({ context, page, extensionId }) => {
  await openOverview(context, page, extensionId);
  await expect(page.getByLabel('the active client only')).toBeChecked();
  await expect.poll(() => badgeText(context)).toBe('1');
  await page.getByLabel('every client (the whole book)').check();
  await expect(page.getByRole('status')).toContainText("The badge now counts every client's deadlines.");
  // Overdue: Jade Ridge, Harbour Tea; due within 3 days: 翠岭贸易 (MIIT SMS), Kiwi Fresh, Northwind.
  await expect.poll(() => badgeText(context)).toBe('5');
  await page.reload();
  await expect(page.getByLabel('every client (the whole book)')).toBeChecked();
  await page.getByLabel('the active client only').check();
  await expect.poll(() => badgeText(context)).toBe('1');
});

test('exports a CSV that Excel reads (BOM, parsed back) and a calendar of every open deadline (parsed)', async ({ context, page, extensionId }) => {
  await openOverview(context, page, extensionId);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readAll(csvDownload);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(10);
  expect(parsed.data.find((r) => r.Client === '翠岭贸易 Shenzhen')).toMatchObject({ 'Company name': '深圳市翠岭贸易有限公司', Status: 'Due soon' });
  expect(csv).not.toContain('Private note');
  expect(csv).not.toContain('.example');

  const [icsDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export calendar (.ics)' }).click()]);
  expect(icsDownload.suggestedFilename()).toMatch(/^deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = new TextDecoder().decode(await readAll(icsDownload));
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // Jade Ridge 1, Northwind 2, Maple Leaf 1, Kiwi Fresh 1, Harbour Tea 1, Sakura 1, 翠岭贸易 2 (MIIT SMS,
  // annual renewal), 长江食品 1, Pearl River 1 (annual renewal): 11 deadlines, and the two renewals' windows,
  // still to open, an event each.
  expect(events).toHaveLength(13);
  await expect(page.getByRole('status')).toContainText('with 11 deadlines');
  const pearlWindow = events.find((e) => e.summary === "Pearl River GZ: the review window opens (Annual review (年审) by the verification's validity date)")!;
  expect(pearlWindow.startDate.isDate).toBe(true);
  // The same day the table says.
  await expect(row(page, 'pearl-river').locator('.deadline-window')).toContainText(`Window opens ${pearlWindow.startDate.toString()}`);
  // Titles say the deadline once; day-based deadlines are all-day events with two reminders.
  expect(events.map((e) => e.summary)).toContain("Pearl River GZ: Annual review (年审) by the verification's validity date");
  expect(events.map((e) => e.summary)).toContain("翠岭贸易 Shenzhen: Confirm MIIT's text message (24 hours)");
  const renewal = events.find((e) => e.summary === "Pearl River GZ: Annual review (年审) by the verification's validity date")!;
  expect(renewal.startDate.isDate).toBe(true);
  expect(renewal.component.getAllSubcomponents('valarm')).toHaveLength(2);
  expect(events.find((e) => e.summary.startsWith('翠岭贸易'))!.startDate.isDate).toBe(false);

  // The CSV agrees with the screen: the days a row says ("by 2 days", "3 days left") and "—" for no checklist.
  for (const record of parsed.data) {
    const id = await page.locator('tr.client-row', { has: page.locator('.client-label', { hasText: record.Client! }) }).getAttribute('data-client');
    const screen = row(page, id!);
    const left = (await screen.locator('.deadline-left').allInnerTexts())[0] ?? '';
    const days = /(\d+) days?/.exec(left);
    if (days) expect(Math.abs(Number(record['Days left (negative: overdue)'])), record.Client).toBe(Number(days[1]));
    if (/^by /.test(left) && days) expect(Number(record['Days left (negative: overdue)'])).toBeLessThan(0);
    const documents = (await screen.locator('.documents-cell span[aria-hidden="true"], .documents-cell').first().innerText()).trim();
    expect(record['Missing documents'], record.Client).toBe(documents.startsWith('—') ? '—' : documents);
    // The yearly review's window: the day the row's line says ("Window opens …"), blank where it says none.
    const window = (await screen.locator('.deadline-window').allInnerTexts())[0] ?? '';
    expect(record['Review window opens'], record.Client).toBe(/\d{4}-\d{2}-\d{2}/.exec(window)?.[0] ?? '');
  }
  expect(parsed.data.find((r) => r.Client === 'Pearl River GZ')!['Review window opens']).toBe(pearlWindow.startDate.toString());
  expect(ics).not.toContain('Private note');
  expect(ics).not.toContain('.example');
});

test('export and badge above the table, dates never broken over two lines, add and edit a client from the overview', async ({ context, page, extensionId }) => {
  await openOverview(context, page, extensionId);
  const table = await page.locator('table.overview-table').boundingBox();
  for (const heading of ['Export', 'Toolbar badge']) {
    const box = await page.getByRole('heading', { name: heading }).boundingBox();
    expect(box!.y, heading).toBeLessThan(table!.y);
  }
  // Each date is one line (no "2026-12-" / "04"), at a narrow window too.
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    const broken = await page
      .locator('.activity-cell .date, .deadline-date')
      .evaluateAll((els) => els.filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((el) => el.textContent));
    expect(broken, `at ${width} px`).toEqual([]);
  }

  // Add a client: the options page opens on a new client's form.
  const [added] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Add a client' }).click()]);
  await expect(added.getByRole('heading', { name: 'New client', level: 2 })).toBeVisible();
  await expect(added).toHaveURL(`chrome-extension://${extensionId}/options.html`);
  await added.close();
  // Edit a client: its form, filled.
  const [edited] = await Promise.all([context.waitForEvent('page'), fromMenu(page, 'Kiwi Fresh NZ', 'Edit client: Kiwi Fresh NZ')]);
  await expect(edited.getByRole('heading', { name: /Kiwi Fresh NZ/ })).toBeVisible();
  await expect(edited.getByLabel('Client label')).toHaveValue('Kiwi Fresh NZ');
  await edited.close();
});

test('copies a documents-to-request message per client, in English or Chinese', async ({ context, page, extensionId }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    });
  });
  await openOverview(context, page, extensionId);
  await fromMenu(page, 'Jade Ridge HK', 'Copy document request in English: Jade Ridge HK');
  await expect(page.getByRole('status')).toContainText('The request to Jade Ridge HK for the missing documents is on the clipboard.');
  const english = await page.evaluate(() => (window as unknown as { copied: string }).copied);
  // Jade Ridge has 4 required documents missing (the Missing documents column): four numbered lines.
  expect(english.match(/^\d\. /gm)).toHaveLength(4);
  expect(english).toContain('JADE RIDGE TRADING (HONG KONG) LIMITED');
  expect(english).not.toContain('@');
  await fromMenu(page, 'Jade Ridge HK', 'Copy document request in Chinese: Jade Ridge HK');
  const chinese = await page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(chinese).toContain('我们还需要您提供以下资料');
  expect(chinese.match(/^\d\. /gm)).toHaveLength(4);
  // A client with no checklist has nothing to request: the item is disabled.
  await page.getByRole('button', { name: 'Actions: Harbour Tea' }).click();
  await expect(page.getByRole('menuitem', { name: 'Copy document request in English: Harbour Tea' })).toBeDisabled();
});

test('a book of 500 clients: the first rows at once, then every row, still in deadline order', async ({ context, page, extensionId }) => {
  await seedBook(await serviceWorker(context), sampleBook(Date.now(), { total: 500 }));
  await page.goto(`chrome-extension://${extensionId}/overview.html`);
  await expect(page.getByTestId('overview-count')).toContainText('Showing 500 of 500 clients');
  await expect(rows(page)).toHaveCount(500, { timeout: 15_000 });
  // Overdue rows on top, the clients without a deadline at the bottom.
  await expect(rows(page).first()).toHaveAttribute('data-urgency', 'overdue');
  await expect(rows(page).last()).toHaveAttribute('data-urgency', 'none');
  const urgencies = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-urgency')));
  const rank = { overdue: 0, soon: 1, later: 2, none: 3 } as Record<string, number>;
  expect(urgencies.every((u, i) => i === 0 || rank[urgencies[i - 1]!]! <= rank[u!]!)).toBe(true);
  await page.getByLabel('Needs action only').check();
  await expect(page.getByTestId('overview-count')).toContainText(`need action`);
  expect(await rows(page).count()).toBe(urgencies.filter((u) => u === 'overdue' || u === 'soon').length);
});

async function readAll(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

test('passes axe with a timeline open, and every control is reached by keyboard with its focus shown', async ({ context, page, extensionId }) => {
  await openOverview(context, page, extensionId);
  await page.getByRole('button', { name: 'Timeline: Harbour Tea' }).click();
  await fromMenu(page, 'Lion City SG', 'Copy summary: Lion City SG'); // a notice on screen too
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);

  // Tab from the top: every button, field and the timeline's scroll area, each once, focus drawn.
  const expected = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, [tabindex="0"]')].filter(
        (el) => el.checkVisibility() && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
      ).length,
  );
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen: { tag: string; name: string; outlined: boolean }[] = [];
  for (let i = 0; i < expected + 5; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (el.dataset.seen) return 'again';
      el.dataset.seen = '1';
      const style = getComputedStyle(el);
      return {
        tag: el.tagName,
        name: el.getAttribute('aria-label') ?? el.textContent ?? '',
        outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      };
    });
    if (stop === null || stop === 'again') break;
    seen.push(stop);
  }
  expect(seen.length).toBe(expected);
  expect(seen.filter((s) => !s.outlined)).toEqual([]);
  expect(seen.map((s) => s.name)).toContain('Timeline: Harbour Tea');

  // And it acts from the keyboard: focus a row's button, press Enter.
  await page.getByRole('button', { name: 'Timeline: Harbour Tea' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('figure', { name: 'Timeline of Harbour Tea' })).toHaveCount(0);
});
