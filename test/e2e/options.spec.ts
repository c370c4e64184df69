import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION } from '../../storage/exchange';

// The options page (client profiles) in the built extension, in a real Chromium.

/** The extension APIs the tests call inside the extension's own pages and service worker. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const clientList = (page: Page) => page.getByRole('list', { name: 'Clients' });
const rows = (page: Page) => clientList(page).getByRole('listitem');
const row = (page: Page, label: string) => rows(page).filter({ has: page.locator('.row-label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
const exchange = (page: Page) => page.getByRole('region', { name: 'Export and import' });
const backups = (page: Page) => page.getByRole('region', { name: 'Backups' });

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Client profiles', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Search clients')).toBeVisible();
}

interface NewClient {
  label: string;
  company?: string;
  registrationNumber?: string;
  country?: string;
  entityType?: string;
  oaEmail?: string;
  emails?: string[];
  appId?: string;
  originalId?: string;
  notes?: string;
}

async function createClient(page: Page, client: NewClient): Promise<void> {
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible();
  await expect(field(page, 'Client label')).toBeFocused();
  await field(page, 'Client label').fill(client.label);
  if (client.company !== undefined) await field(page, 'Registered company name').fill(client.company);
  if (client.registrationNumber) await field(page, 'Registration number').fill(client.registrationNumber);
  if (client.country) await field(page, 'Country/region').selectOption({ label: client.country });
  if (client.entityType) await field(page, 'Entity type').selectOption({ label: client.entityType });
  if (client.oaEmail) await field(page, 'Official Account login email').fill(client.oaEmail);
  for (const email of client.emails ?? []) {
    await field(page, 'Emails already used').fill(email);
    await page.getByRole('button', { name: 'Add email' }).click();
  }
  if (client.appId) await field(page, 'Mini Program AppID').fill(client.appId);
  if (client.originalId) await field(page, 'Original ID (gh_…)').fill(client.originalId);
  if (client.notes) await field(page, 'Notes').fill(client.notes);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${client.label}”.` })).toBeVisible();
  await expect(row(page, client.label)).toHaveCount(1);
}

const acme: NewClient = {
  label: 'Acme HK',
  company: '正雅國際(香港)有限公司 ACME INTERNATIONAL (HONG KONG) LIMITED',
  registrationNumber: '12345678',
  country: 'Hong Kong · 香港',
  oaEmail: 'oa@acme.example',
  emails: ['first@acme.example', 'second@acme.example'],
  appId: 'wx0123456789abcdef',
  originalId: 'gh_0123456789ab',
  notes: 'Main store',
};
const beta: NewClient = { label: 'Beta Foods', company: 'Beta Foods Pte. Ltd.', country: 'Singapore · 新加坡', emails: ['ops@betafoods.example'] };

function exchangeFile(profiles: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}): string {
  const at = '2025-01-02T03:04:05.000Z';
  return JSON.stringify({
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: at,
    profiles: profiles.map((p) => ({ createdAt: at, updatedAt: at, ...p })),
    ...overrides,
  });
}

async function importText(page: Page, text: string, name = 'profiles.json'): Promise<void> {
  await page.getByLabel('Import profiles file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('creates clients through the form, searches them and shows the active one', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await expect(page.getByText(/no fields for ID or passport numbers, passwords or SMS codes/)).toBeVisible();
  // No field asks for a client's secrets. (Team sync's one password field is the agency's own CouchDB
  // login, kept apart from the profiles and never shown again: docs/team-sync.md.)
  await expect(page.locator('input[type="password"]:not(.team-sync *)')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Team sync' }).locator('input[type="password"]')).toHaveCount(1);

  await createClient(page, acme);
  await createClient(page, beta);
  await expect(rows(page)).toHaveCount(2);

  // The first client created is active; the other can be made active.
  await expect(row(page, 'Acme HK').getByText('Active', { exact: true })).toBeVisible();
  await expect(row(page, 'Acme HK').getByRole('button', { name: 'Make active' })).toHaveCount(0);
  await expect(row(page, 'Beta Foods').getByRole('button', { name: 'Make active' })).toBeVisible();
  await expect(page.getByText('Active: Acme HK')).toBeVisible();

  const search = page.getByLabel('Search clients');
  const expectShown = async (query: string, labels: string[]) => {
    await search.fill(query);
    await expect(rows(page).locator('.row-label')).toHaveText(labels);
  };
  await expectShown('beta', ['Beta Foods']);
  await expectShown('ACME', ['Acme HK']);
  await expectShown('hong kong', ['Acme HK']); // country name
  await expectShown('sg', ['Beta Foods']); // country code
  await expectShown('OPS@BETAFOODS', ['Beta Foods']); // an email already used
  await expectShown('oa@acme', ['Acme HK']); // the Official Account email
  await expectShown('正雅國際', ['Acme HK']); // company name, any script
  await expectShown('pte. ltd.', ['Beta Foods']);
  await search.fill('nobody here');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('No client matches “nobody here”.')).toBeVisible();
  await expectShown('', ['Acme HK', 'Beta Foods']);
});

test('edits persist after a reload; make active and delete with confirmation', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await createClient(page, acme);
  await createClient(page, beta);

  // Edit.
  await row(page, 'Beta Foods').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit client: Beta Foods' })).toBeVisible();
  await expect(field(page, 'Client label')).toHaveValue('Beta Foods');
  await expect(field(page, 'Country/region')).toHaveValue('SG');
  await field(page, 'Registered company name').fill('Beta Foods (Singapore) Pte. Ltd.');
  await field(page, 'Registration number').fill('201912345K');
  await field(page, 'Entity type').selectOption('individual-business');
  await field(page, 'Country/region').selectOption({ label: 'Other' });
  await field(page, 'Other country or region (2-letter ISO code)').fill('pt');
  await page.getByLabel('Already owns a verified Official Account').check();
  await field(page, 'Emails already used').fill('new@betafoods.example');
  await field(page, 'Emails already used').press('Enter'); // adds, does not submit
  await expect(page.getByRole('form').getByText('new@betafoods.example')).toBeVisible();
  await page.getByRole('button', { name: 'Remove ops@betafoods.example' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Beta Foods”.' })).toBeVisible();

  await page.reload();
  await expect(row(page, 'Beta Foods')).toContainText('Beta Foods (Singapore) Pte. Ltd.');
  await row(page, 'Beta Foods').getByRole('button', { name: 'Edit' }).click();
  await expect(field(page, 'Registered company name')).toHaveValue('Beta Foods (Singapore) Pte. Ltd.');
  await expect(field(page, 'Registration number')).toHaveValue('201912345K');
  await expect(field(page, 'Entity type')).toHaveValue('individual-business');
  await expect(field(page, 'Country/region')).toHaveValue('other');
  await expect(field(page, 'Other country or region (2-letter ISO code)')).toHaveValue('PT');
  await expect(page.getByLabel('Already owns a verified Official Account')).toBeChecked();
  const emails = page.getByRole('form').locator('.emails li');
  await expect(emails).toHaveCount(1);
  await expect(emails.first()).toContainText('new@betafoods.example');
  await expect(emails.first()).toContainText('used');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('form')).toHaveCount(0);

  // Make active (persists).
  await row(page, 'Beta Foods').getByRole('button', { name: 'Make active' }).click();
  await expect(row(page, 'Beta Foods').getByText('Active', { exact: true })).toBeVisible();
  await expect(row(page, 'Acme HK').getByRole('button', { name: 'Make active' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Active: Beta Foods')).toBeVisible();

  // Delete: asks in the page; Cancel keeps the client.
  await row(page, 'Acme HK').getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this client?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('A backup of all profiles is kept');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows(page)).toHaveCount(2);
  // Escape cancels too.
  await row(page, 'Acme HK').getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(rows(page)).toHaveCount(2);

  await row(page, 'Acme HK').getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Acme HK”. A backup was kept.' })).toBeVisible();
  await expect(rows(page).locator('.row-label')).toHaveText(['Beta Foods']);
  await expect(backups(page).getByRole('row').filter({ hasText: 'before deleting a profile' })).toHaveCount(1);
  await page.reload();
  await expect(rows(page).locator('.row-label')).toHaveText(['Beta Foods']);
});

test('a personal entity type shows the warning; a missing or duplicate label is refused', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await createClient(page, beta);
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(page.getByText(/cannot use e-commerce features or WeChat Pay/)).toHaveCount(0);
  await field(page, 'Entity type').selectOption('personal');
  const warning = page.getByText(/cannot use e-commerce features or WeChat Pay, a store on them is refused at review/);
  await expect(warning).toBeVisible();
  await expect(warning, 'no fact ids in user text').not.toContainText(/\bF\d{2}\b/);
  await expect(field(page, 'Entity type')).toHaveAccessibleDescription(/WeChat Pay/);
  for (const type of ['company', 'government', 'media', 'other', 'individual-business']) await field(page, 'Entity type').selectOption(type);
  await expect(page.getByText(/cannot use e-commerce features/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter a client label.')).toBeVisible();
  await expect(field(page, 'Client label')).toBeFocused();
  await expect(field(page, 'Client label')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Client label')).toHaveAccessibleDescription(/Enter a client label\./);

  // Import treats the same label as the same client, so two clients cannot share one.
  await field(page, 'Client label').fill('  BETA foods ');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/Another client already has this label/)).toBeVisible();
  await expect(field(page, 'Client label')).toBeFocused();
  await expect(rows(page)).toHaveCount(1);
  // Saving a client under its own label is fine.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await row(page, 'Beta Foods').getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Beta Foods”.' })).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
});

test('exports all profiles as a JSON file', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await expect(exchange(page).getByRole('button', { name: 'Export all profiles' })).toBeDisabled();
  await createClient(page, acme);
  await createClient(page, beta);
  const [download] = await Promise.all([page.waitForEvent('download'), exchange(page).getByRole('button', { name: 'Export all profiles' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mp-console-guide-profiles-\d{4}-\d{2}-\d{2}\.json$/);
  const today = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  expect(download.suggestedFilename()).toBe(`mp-console-guide-profiles-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.json`);
  expect(download.url()).toMatch(/^blob:chrome-extension:/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(data.format).toBe('mp-console-guide/profiles');
  expect(data.version).toBe(1);
  expect(data.profiles.map((p: { label: string }) => p.label).sort()).toEqual(['Acme HK', 'Beta Foods']);
  const saved = data.profiles.find((p: { label: string }) => p.label === 'Acme HK');
  expect(saved).toMatchObject({
    companyName: acme.company,
    countryRegion: 'HK',
    officialAccountEmail: 'oa@acme.example',
    appId: acme.appId,
    originalId: acme.originalId,
  });
  expect(saved.emails.map((e: { address: string }) => e.address)).toEqual(acme.emails);
  await expect(exchange(page).getByRole('status')).toContainText('Exported 2 profiles');
});

test('imports a valid file', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await createClient(page, acme);
  await importText(
    page,
    exchangeFile([
      {
        id: 'imp-1',
        label: 'Gamma Trading',
        companyName: 'Gamma Trading GmbH',
        countryRegion: 'DE',
        emails: [{ address: 'g@gamma.example', status: 'taken', at: '2025-01-01T00:00:00.000Z' }],
      },
      { id: 'imp-2', label: 'Delta Studio', companyName: 'Delta Studio LLC', countryRegion: 'US' },
    ]),
  );
  await expect(exchange(page).getByRole('status')).toHaveText('Imported 2 profiles; 0 replaced.');
  await expect(rows(page).locator('.row-label')).toHaveText(['Acme HK', 'Delta Studio', 'Gamma Trading']);
  await expect(page.getByText('Active: Acme HK')).toBeVisible();
  // The imported "taken" status shows as such.
  await row(page, 'Gamma Trading').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('form').locator('.emails li')).toContainText(['g@gamma.example']);
  await expect(page.getByRole('form').locator('.emails li')).toContainText(['taken (console)']);
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
});

test('a conflicting import asks first, replaces only after confirming, and can be undone from the backups', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await createClient(page, acme);
  await createClient(page, beta);
  const file = exchangeFile([
    { id: 'imp-acme', label: 'acme hk', companyName: 'Acme Replaced Limited', countryRegion: 'MO' },
    { id: 'imp-delta', label: 'Delta Studio', companyName: 'Delta Studio LLC' },
  ]);

  // Asked first; Cancel changes nothing.
  await importText(page, file);
  const dialog = page.getByRole('dialog', { name: 'Replace existing clients?' });
  await expect(dialog).toBeVisible();
  // The file writes the label in lower case: the rename is shown and asked, never done silently.
  await expect(dialog.getByRole('listitem')).toHaveText(['Acme HK', '“Acme HK” → “acme hk”']);
  await expect(dialog.getByLabel('Keep the labels used here')).toBeChecked();
  await expect(dialog).toContainText('A backup of the current profiles is kept first');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(exchange(page).getByRole('status')).toHaveText('Import cancelled; nothing changed.');
  await expect(rows(page).locator('.row-label')).toHaveText(['Acme HK', 'Beta Foods']);
  await expect(backups(page).getByText('No backups yet.')).toBeVisible();

  // Confirmed: replaced, with a backup.
  await importText(page, file);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace and import' }).click();
  await expect(exchange(page).getByRole('status')).toHaveText('Imported 2 profiles; 1 replaced.');
  // Replaced, and the label kept as it was here (the default answer).
  await expect(rows(page).locator('.row-label')).toHaveText(['Acme HK', 'Beta Foods', 'Delta Studio']);
  await expect(row(page, 'Acme HK')).toContainText('Acme Replaced Limited');
  const backupRow = backups(page).getByRole('row').filter({ hasText: 'before importing 2 profiles' });
  await expect(backupRow).toHaveCount(1);

  // Restore asks first, then brings the previous data back (and backs up the current state).
  await backupRow.getByRole('button', { name: 'Restore' }).click();
  const restore = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(restore).toContainText('The current profiles are backed up first');
  await restore.getByRole('button', { name: 'Restore backup' }).click();
  await expect(backups(page).getByRole('status')).toContainText('Restored the backup from');
  await expect(rows(page).locator('.row-label')).toHaveText(['Acme HK', 'Beta Foods']);
  await expect(row(page, 'Acme HK')).toContainText(acme.company!);
  await expect(backups(page).getByRole('row').filter({ hasText: 'before restoring a backup' })).toHaveCount(1);

  // Asked again, the user may take the file's label instead.
  await importText(page, file);
  await dialog.getByLabel("Use the file's labels").check();
  await dialog.getByRole('button', { name: 'Replace and import' }).click();
  await expect(rows(page).locator('.row-label')).toHaveText(['acme hk', 'Beta Foods', 'Delta Studio']);
  await backups(page).getByRole('row').filter({ hasText: 'before importing 2 profiles' }).first().getByRole('button', { name: 'Restore' }).click();
  await restore.getByRole('button', { name: 'Restore backup' }).click();
  await page.reload();
  await expect(rows(page).locator('.row-label')).toHaveText(['Acme HK', 'Beta Foods']);
  await expect(page.getByText('Active: Acme HK')).toBeVisible();
});

test('the registered name is checked against its region as it is typed; Save stays reachable; no stale "Saved" while another client is edited', async ({
  page,
  extensionId,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openOptions(page, extensionId);
  await createClient(page, beta);

  // Another client's form: the last save's banner goes.
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(page.getByText('Saved “Beta Foods”.')).toHaveCount(0);

  // A Hong Kong profile typed in simplified characters and lower case: a warning and a note, saving still allowed.
  await field(page, 'Client label').fill('Harbour Lights HK');
  await field(page, 'Country/region').selectOption({ label: 'Hong Kong · 香港' });
  const company = field(page, 'Registered company name');
  await company.fill('海港灯光(香港)有限公司 harbour lights (hong kong) limited');
  const warning = page.locator('.field-notes [data-severity="warn"]');
  await expect(warning).toContainText('灯');
  await expect(warning).toContainText('燈');
  await expect(warning).toContainText('copy it exactly from the certificate');
  await expect(page.locator('.field-notes [data-severity="info"]')).toContainText('all in lower case');
  await expect(company).toHaveAccessibleDescription(/copy it exactly from the certificate/);
  // As typed from the certificate: nothing to say.
  await company.fill('海港燈光(香港)有限公司 HARBOUR LIGHTS (HONG KONG) LIMITED');
  await expect(page.locator('.field-notes p')).toHaveCount(0);
  // The same characters for a mainland client are right.
  await field(page, 'Country/region').selectOption({ label: 'Mainland China · 中国大陆' });
  await company.fill('深圳海港灯光有限公司');
  await expect(page.locator('.field-notes p')).toHaveCount(0);

  // In an 800 px window the Save button is on screen without scrolling to the end of the form.
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await company.focus();
  const box = (await save.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(box.y).toBeGreaterThanOrEqual(0);
  await expect(save).toBeInViewport();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Harbour Lights HK”.' })).toBeVisible();
});

test('broken, wrong-version and oversized files show why and change nothing', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await createClient(page, acme);
  const alert = exchange(page).getByRole('alert');

  // In words, never the parser's raw position.
  await importText(page, '{ "format": "mp-console-guide/profiles", ');
  await expect(alert).toContainText('Nothing was imported. The file is not a valid profiles file: it ends too early');
  await expect(alert).not.toContainText('position');
  await importText(page, '{\n  "format": "mp-console-guide/profiles",\n  profiles: []\n}');
  await expect(alert).toContainText('it breaks at line 3, column 3');
  await expect(alert).not.toContainText('position');

  await importText(page, exchangeFile([{ id: 'x', label: 'X' }], { version: 2 }));
  await expect(alert).toContainText('The file is version 2; this version of the extension reads version 1.');

  await importText(page, JSON.stringify({ format: 'something-else', version: 1, profiles: [] }));
  await expect(alert).toContainText('its "format" should be "mp-console-guide/profiles"');

  await importText(page, exchangeFile([{ id: 'bad id!', label: 'Bad' }]));
  await expect(alert).toContainText('Some profiles in the file are invalid');

  await importText(page, ' '.repeat(5 * 1024 * 1024 + 1), 'huge.json');
  await expect(alert).toHaveText('The file is 5.0 MB; profile files are at most 5 MB. Nothing was imported.');

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rows(page).locator('.row-label')).toHaveText(['Acme HK']);
  await expect(backups(page).getByText('No backups yet.')).toBeVisible();
  await page.reload();
  await expect(rows(page).locator('.row-label')).toHaveText(['Acme HK']);
});

test('hostile text renders as text', async ({ page, extensionId }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openOptions(page, extensionId);
  const hostile = '<img src=x onerror=alert(1)>';
  await createClient(page, { label: '<b>Evil</b> & "Co"', company: hostile, emails: ['<svg/onload=alert(2)>@x.example'], notes: '<script>alert(3)</script>' });
  await expect(row(page, '<b>Evil</b> & "Co"')).toContainText(hostile);
  await expect(page.getByText(hostile, { exact: true })).toBeVisible();
  await row(page, '<b>Evil</b> & "Co"').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit client: <b>Evil</b> & "Co"' })).toBeVisible();
  await expect(field(page, 'Registered company name')).toHaveValue(hostile);
  // Conflict dialog and delete dialog show labels as text too.
  await importText(page, exchangeFile([{ id: 'h1', label: '<b>Evil</b> & "Co"', companyName: '<iframe src="https://example.com">' }]));
  const confirm = page.getByRole('dialog', { name: 'Replace existing clients?' });
  await expect(confirm.getByRole('listitem')).toHaveText(['<b>Evil</b> & "Co"']);
  await confirm.getByRole('button', { name: 'Replace and import' }).click();
  await expect(page.getByText('<iframe src="https://example.com">', { exact: true })).toBeVisible();
  await row(page, '<b>Evil</b> & "Co"').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('“<b>Evil</b> & "Co"” will be removed');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await expect(page.locator('img, svg, iframe, b, script:not([src])')).toHaveCount(0);
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
});

test('shows changes made elsewhere without a reload', async ({ context, page, extensionId }) => {
  await openOptions(page, extensionId);
  await createClient(page, acme);
  await row(page, 'Acme HK').getByRole('button', { name: 'Edit' }).click();

  const other = await context.newPage();
  await openOptions(other, extensionId);
  await createClient(other, beta);
  await expect(rows(page).locator('.row-label')).toHaveText(['Acme HK', 'Beta Foods']);

  // The content script records a taken email for the active client while its form is open here.
  await other.evaluate(() => chrome.runtime.sendMessage({ type: 'emails.record', address: 'taken@acme.example', status: 'taken' }));
  await expect(row(page, 'Acme HK')).toContainText('3 emails recorded');
  // Saving the open form keeps the address recorded meanwhile.
  await field(page, 'Notes').fill('Edited while the console was open');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Acme HK”.' })).toBeVisible();
  await row(page, 'Acme HK').getByRole('button', { name: 'Edit' }).click();
  const taken = page.getByRole('form').locator('.emails li').filter({ hasText: 'taken@acme.example' });
  await expect(taken).toContainText('taken (console)');
  await expect(field(page, 'Notes')).toHaveValue('Edited while the console was open');

  await other.close();
});

test('unreadable stored profiles are reported with a pointer to the backups', async ({ context, page, extensionId }) => {
  const [worker] = context.serviceWorkers();
  const at = '2025-01-02T03:04:05.000Z';
  await worker!.evaluate(
    (profiles) => chrome.storage.local.set({ profiles: { profiles, activeId: 'ok-1' } }),
    [
      { id: 'ok-1', label: 'Readable Ltd', createdAt: at, updatedAt: at },
      { id: 'bad id!', label: 'Broken', createdAt: at, updatedAt: at },
    ],
  );
  await openOptions(page, extensionId);
  const banner = page.getByRole('alert').filter({ hasText: 'Some stored profile data could not be read.' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Profile 2 could not be read');
  await expect(rows(page).locator('.row-label')).toHaveText(['Readable Ltd']);
  await banner.getByRole('link', { name: 'Backups' }).click();
  await expect(backups(page)).toBeFocused();
  await expect(backups(page).getByRole('row').filter({ hasText: 'unreadable stored profiles' })).toHaveCount(1);
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});

test('is usable from the keyboard alone', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await page.getByLabel('Search clients').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New client' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page, 'Client label')).toBeFocused();
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Tab'); // company name
  await page.keyboard.type('Keyboard Company Limited');
  await page.keyboard.press('Enter'); // submits the form
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Keyboard Co”.' })).toBeVisible();
  await expect(row(page, 'Keyboard Co').getByRole('button', { name: 'Edit' })).toBeFocused();
  // Focus is visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('stays quick with 200 clients', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  const profiles = Array.from({ length: 200 }, (_, i) => ({
    id: `bulk-${i}`,
    label: `Client ${String(i).padStart(3, '0')}`,
    companyName: `Company ${i} Limited`,
    countryRegion: i % 2 ? 'HK' : 'SG',
    emails: [{ address: `c${i}@bulk.example`, status: 'used', at: '2025-01-01T00:00:00.000Z' }],
  }));
  await importText(page, exchangeFile(profiles));
  await expect(rows(page)).toHaveCount(200);
  const search = page.getByLabel('Search clients');
  const started = Date.now();
  await search.pressSequentially('c123@bulk', { delay: 0 });
  await expect(rows(page).locator('.row-label')).toHaveText(['Client 123']);
  expect(Date.now() - started).toBeLessThan(5_000);
  await search.fill('hong kong');
  await expect(rows(page)).toHaveCount(100);
});
