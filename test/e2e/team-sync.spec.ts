import type { BrowserContext, Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { startCouch } from '../support/couch-server.mjs';
import { launchTeamBrowser } from '../support/team-browser.mjs';
import { expect, fieldInput, inlineFrame, test, tip, typeAsUser } from './fixtures';

// Team sync (issue 24, docs/team-sync.md) between two staff members' browsers, each with its own
// profile, through a CouchDB-compatible server the test starts on a free port of 127.0.0.1
// (express-pouchdb on PouchDB's in-memory adapter, behind CouchDB's user and member checks:
// test/support/couch-server.mjs). The steps build on each other, in order, in the same two browsers.

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

type Couch = Awaited<ReturnType<typeof startCouch>>;
interface Staff {
  context: BrowserContext;
  extensionId: string;
  foreignRequests: string[];
  page: Page;
  name: string;
  user: string;
  password: string;
}

test.describe.configure({ mode: 'serial' });

let couch: Couch;
let ana: Staff;
let ben: Staff;
const DB = 'agency';

test.beforeAll(async () => {
  test.setTimeout(60_000);
  couch = await startCouch({ users: { ana: 'ana-secret', ben: 'ben-secret', visitor: 'visitor-secret' }, members: ['ana', 'ben'] });
  await couch.db(DB).info(); // the administrator created the database (docs/team-sync.md)
  const launch = async (name: string, user: string, password: string): Promise<Staff> => {
    const launched = await launchTeamBrowser(couch.origin);
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    return { ...launched, extensionId: launched.extensionId!, page, name, user, password };
  };
  [ana, ben] = await Promise.all([launch('Ana', 'ana', 'ana-secret'), launch('Ben', 'ben', 'ben-secret')]);
});

test.afterAll(async () => {
  await Promise.all([ana?.context.close(), ben?.context.close()]);
  await couch?.close();
});

test.afterEach(() => {
  // Sync contacts the agency's server and nothing else.
  for (const staff of [ana, ben]) expect(staff.foreignRequests, `${staff.name}: no request to another host`).toEqual([]);
});

const options = (staff: Staff) => `chrome-extension://${staff.extensionId}/options.html`;
const teamSection = (page: Page) => page.getByRole('region', { name: 'Team sync' });
const statusLine = (page: Page) => teamSection(page).locator('.team-status');
const clientRow = (page: Page, label: string) => page.locator('.profile-row').filter({ has: page.locator('.row-label', { hasText: label }) });

async function turnOn(staff: Staff, password = staff.password): Promise<void> {
  const { page } = staff;
  await page.goto(options(staff));
  const section = teamSection(page);
  await section.getByLabel('CouchDB address').fill(couch.origin);
  await section.getByLabel('Database').fill(DB);
  await section.getByLabel('User name').fill(staff.user);
  await section.getByLabel('Password').fill(password);
  await section.getByLabel('Your name, as colleagues will see it').fill(staff.name);
  await section.getByRole('button', { name: /Turn on team sync|Save and sync/ }).click();
}

/** Opens the options page, which asks for a round, and waits for that round to complete. */
async function syncedOptions(staff: Staff): Promise<void> {
  const asked = new Date().toISOString();
  await staff.page.goto(options(staff));
  await expect
    .poll(
      async () => {
        const status = (await stored(staff)).teamStatus as { state?: string; lastSynced?: string } | undefined;
        return status?.state === 'synced' && (status.lastSynced ?? '') >= asked;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  await expect(statusLine(staff.page)).toHaveAttribute('data-team-state', 'synced');
}

async function addClient(page: Page, label: string, company: string, emails: string[] = []): Promise<void> {
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('Client label', { exact: true }).fill(label);
  await page.getByLabel('Registered company name', { exact: true }).fill(company);
  for (const email of emails) {
    await page.getByLabel('Emails already used', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Add email' }).click();
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(clientRow(page, label)).toHaveCount(1);
}

async function editClient(page: Page, label: string, changes: Record<string, string>): Promise<void> {
  await clientRow(page, label).getByRole('button', { name: 'Edit' }).click();
  for (const [field, value] of Object.entries(changes)) await page.getByLabel(field, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${label}”.` })).toBeVisible();
}

async function stored(staff: Staff): Promise<Record<string, unknown>> {
  const worker = staff.context.serviceWorkers()[0] ?? (await staff.context.waitForEvent('serviceworker'));
  return worker.evaluate(() => chrome.storage.local.get(null));
}

const profilesOf = async (staff: Staff) =>
  ((await stored(staff)).profiles as { profiles: { label: string; companyName: string; registrationNumber: string; notes: string }[] } | undefined)?.profiles ??
  [];

test('A adds a client and records an email; B’s email check names the client and A', async () => {
  await turnOn(ana);
  await expect(statusLine(ana.page)).toHaveAttribute('data-team-state', 'synced', { timeout: 10_000 });
  await expect(statusLine(ana.page)).toContainText(`Synced with ${couch.origin}`);
  await addClient(ana.page, 'Acme HK', 'ACME INTERNATIONAL (HONG KONG) LIMITED', ['ops@acme.example']);
  // The password is never shown again, and stays out of every page.
  await ana.page.reload();
  await expect(teamSection(ana.page).getByLabel('Password')).toHaveValue('');
  await expect(teamSection(ana.page)).toContainText('A password is saved');

  await turnOn(ben);
  await expect(clientRow(ben.page, 'Acme HK')).toHaveCount(1, { timeout: 10_000 });
  await expect(clientRow(ben.page, 'Acme HK')).toContainText('Last changed by Ana');

  await ben.page.goto(replicaByName('register.account/current').url);
  await expect(tip(ben.page, 'email')).toHaveCount(1, { timeout: 10_000 });
  await typeAsUser(fieldInput(ben.page, 'email'), 'OPS@acme.example');
  await fieldInput(ben.page, 'email').blur();
  // In the extension's own frame, which the console page cannot read.
  await expect(inlineFrame(ben.page, 'email').locator('.finding', { hasText: 'already used for the client “Acme HK” by your colleague Ana' })).toBeVisible();
  expect(await ben.page.locator('body').innerText()).not.toContain('Acme HK');
});

test('both edit the same client while the server is down: both edits survive, the clash is shown to choose', async () => {
  await syncedOptions(ana);
  await syncedOptions(ben);
  await couch.stop();
  await ana.page.goto(options(ana));
  await editClient(ana.page, 'Acme HK', { 'Registered company name': 'ACME HOLDINGS LIMITED', Notes: 'Ana: documents requested' });
  await expect(statusLine(ana.page)).toContainText('Offline since', { timeout: 10_000 });
  await expect(statusLine(ana.page)).toContainText('Your changes are kept here');
  await ben.page.goto(options(ben));
  await editClient(ben.page, 'Acme HK', { 'Registered company name': 'ACME GROUP LIMITED', 'Registration number': '87654321' });
  await expect(statusLine(ben.page)).toHaveAttribute('data-team-state', 'offline', { timeout: 10_000 });

  await couch.start();
  await syncedOptions(ana);
  await syncedOptions(ben);
  await syncedOptions(ana);
  // Different fields: both edits survive, in both browsers.
  for (const staff of [ana, ben]) {
    await expect.poll(async () => (await profilesOf(staff)).find((p) => p.label === 'Acme HK')?.notes, { timeout: 10_000 }).toBe('Ana: documents requested');
    await expect.poll(async () => (await profilesOf(staff)).find((p) => p.label === 'Acme HK')?.registrationNumber).toBe('87654321');
  }
  // The same field: both values are shown, with who and when, until someone chooses. (Whether Ben's
  // edit reached a revision before Ana's arrived or not: both ways are a clash, storage/team-docs.ts.)
  const dispute = ben.page.locator('[data-dispute$=":companyName"]');
  await expect(dispute).toContainText('Acme HK: Company name', { timeout: 10_000 });
  await expect(dispute).toContainText('“ACME HOLDINGS LIMITED”, Ana');
  await expect(dispute).toContainText('“ACME GROUP LIMITED”, Ben');
  await expect(statusLine(ben.page)).toContainText('changed by two colleagues at once');
  await dispute.getByRole('listitem').filter({ hasText: 'ACME HOLDINGS LIMITED' }).getByRole('button', { name: 'Keep this value' }).click();
  await expect(dispute).toHaveCount(0, { timeout: 10_000 });
  await syncedOptions(ana);
  for (const staff of [ana, ben]) {
    await expect.poll(async () => (await profilesOf(staff)).find((p) => p.label === 'Acme HK')?.companyName, { timeout: 10_000 }).toBe('ACME HOLDINGS LIMITED');
  }
  await expect(ana.page.locator('[data-dispute]')).toHaveCount(0);
  // The losing revision's values went through a backup before anything was overwritten.
  const backups = (await stored(ben)).backups as { reason: { key: string } }[];
  expect(backups.map((b) => b.reason.key)).toContain('storage.backup.before-team-sync');
});

test('a wrong password: refused with what to do, nothing lost', async () => {
  await turnOn(ben, 'not-the-password');
  await expect(statusLine(ben.page)).toHaveAttribute('data-team-state', 'refused', { timeout: 10_000 });
  await expect(statusLine(ben.page)).toContainText('wrong user name or password. Enter them again');
  await expect(clientRow(ben.page, 'Acme HK')).toHaveCount(1);
  // A user who is not a member of the database.
  await ben.page.goto(options(ben));
  const section = teamSection(ben.page);
  await section.getByLabel('User name').fill('visitor');
  await section.getByLabel('Password').fill('visitor-secret');
  await section.getByRole('button', { name: /Turn on team sync|Save and sync/ }).click();
  await expect(statusLine(ben.page)).toContainText('this user may not use the database', { timeout: 10_000 });
  await turnOn(ben);
  await expect(statusLine(ben.page)).toHaveAttribute('data-team-state', 'synced', { timeout: 10_000 });
  // The popup says the same in one line.
  await ben.page.goto(`chrome-extension://${ben.extensionId}/popup.html`);
  await expect(ben.page.locator('.team-status')).toContainText('Synced with');
});

test('the server gone in the middle of a round: offline, the change kept and sent later', async () => {
  await ana.page.goto(options(ana));
  // The server answers the round's first requests, then goes away.
  couch.failAfter(2);
  await addClient(ana.page, 'Beta Foods', 'BETA FOODS LIMITED', ['hello@beta.example']);
  await expect(statusLine(ana.page)).toHaveAttribute('data-team-state', 'offline', { timeout: 10_000 });
  expect((await profilesOf(ana)).map((p) => p.label)).toContain('Beta Foods');
  couch.failAfter(null);
  await syncedOptions(ana);
  await syncedOptions(ben);
  await expect(clientRow(ben.page, 'Beta Foods')).toHaveCount(1);
});

test('a malformed or hostile document on the server: refused and reported, local data unchanged', async () => {
  const db = couch.db(DB, 'ana');
  // A document that is not a client, and a client's new revision with a field of the wrong type.
  await db.put({ _id: 'client:evil', type: 'client', v: 1, fields: { label: { value: 42 } }, emails: 'all', steps: {}, disputes: [] });
  const { rows } = (await db.allDocs({ include_docs: true })) as { rows: { doc: { fields?: { label?: { value?: string } } } }[] };
  const acme = rows.find((r) => r.doc.fields?.label?.value === 'Acme HK')!;
  await db.put({ ...(acme.doc as object), fields: { label: { value: '<img src=x onerror=alert(1)>'.repeat(100), at: 'now', by: 'x' } } });
  const before = await profilesOf(ben);
  await ben.page.goto(options(ben));
  await expect(statusLine(ben.page)).toContainText('2 documents on the server could not be read and were not used; nothing here changed', { timeout: 10_000 });
  await expect(statusLine(ben.page)).toContainText('client:evil');
  expect(await profilesOf(ben)).toEqual(before);
  await expect(clientRow(ben.page, 'Acme HK')).toHaveCount(1);
});
