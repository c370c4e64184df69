import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { openExtensionPage, sendMessage } from './extension';
import { expect, openReplica, panel, test, tip } from './fixtures';

// When the console changes under us: Chrome's translation is noticed and the user told that the
// checks need the original language; a page recognised with fields missing says so and offers a
// bug report without personal data. (Recognition of every changed-console variant is covered by
// the cross-matrix and registration.spec.ts.)

const guide: Record<string, string> = JSON.parse(readFileSync(new URL('../../locales/en/guide.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('../../.output/chrome-mv3/manifest.json', import.meta.url), 'utf8')) as { version: string };
const TOKEN = '1911103417';

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

const root = (page: Page) => page.locator('xpath=/html');

// Guards engine/diagnostics.ts isMachineTranslated and the panel's note.
for (const name of ['register.account/current/chrome-translated', 'register.entity/overseas/current/chrome-translating']) {
  test(`tells the user that checks need the original language on ${name}`, async ({ page }) => {
    await openReplica(page, name);
    await expect(root(page)).toHaveAttribute('data-mpg-page', replicaByName(name).page!, { timeout: 10_000 });
    await expect((await panel(page)).locator('.translated')).toHaveText(guide['panel.translated-note']!);
    // The tips still explain each field on the translated page.
    await expect(tip(page, replicaByName(name).page === 'register.account' ? 'email' : 'admin-name').locator('.name')).not.toBeEmpty();
  });
}

test('shows no translation note on the page as the console serves it', async ({ page }) => {
  await openReplica(page, 'register.account/current');
  await expect(await panel(page)).toBeVisible({ timeout: 10_000 });
  await expect((await panel(page)).locator('.translated')).toHaveCount(0);
});

// Guards the partial-recognition report: the count, the button and the diagnostics' content.
test('says "Recognised, N of M fields found" and copies diagnostics without personal data', async ({ context, page, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mp.weixin.qq.com' });
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const personal = {
    label: 'Zebra Client',
    companyName: 'ZEBRA TRADING (HONG KONG) LIMITED',
    officialAccountEmail: 'oa@zebra.example',
    notes: 'call Mr Chan on 9123 4567',
  };
  expect(await sendMessage(options, { type: 'profiles.save', profile: personal })).toMatchObject({ ok: true });
  await options.close();

  const replica = replicaByName('register.entity/overseas/current/missing-field');
  expect(replica.url).toContain(`token=${TOKEN}`);
  await page.goto(`${replica.url}#from=oa@zebra.example`);
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  const adminName = page.locator('.weui-desktop-form__control-group', { hasText: '管理员身份证姓名' }).locator('input');
  await adminName.fill('陳大文');
  await adminName.blur();

  const status = (await panel(page)).locator('.fields-found');
  // Counted as shown: every tip on the page, out of those and the one required field not found.
  const shown = await page.locator('[data-mpg-field]').count();
  expect(shown).toBeGreaterThan(5);
  await expect(status).toContainText(guide['panel.fields-partial']!.replace('{found}', String(shown)).replace('{total}', String(shown + 1)));
  await status.getByRole('button', { name: guide['panel.copy-diagnostics'] }).click();
  await expect(status.getByRole('button', { name: guide['panel.diagnostics-copied'] })).toBeVisible();

  const text = await page.evaluate(() => navigator.clipboard.readText());
  const report = JSON.parse(text);
  expect(report).toMatchObject({
    extension: 'MP Console Guide',
    version: manifest.version,
    page: 'register.entity',
    fieldsMissing: ['admin-mobile'],
    url: 'https://mp.weixin.qq.com/wxopen/waregister?action=step3&lang=zh_CN&replica=overseas-missing-field',
    translated: false,
    errors: 0,
  });
  expect(report.fieldsFound).toEqual(expect.arrayContaining(['country', 'entity-type', 'admin-name', 'admin-id', 'sms-code']));
  for (const secret of [TOKEN, '陳大文', 'Zebra', 'ZEBRA', 'zebra.example', '9123']) expect(text, secret).not.toContain(secret);
});

test('counts the fields it explains when all are there: as many as the tips shown, no fact ids', async ({ page }) => {
  await openReplica(page, 'register.entity/overseas/current');
  await expect(root(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  const shown = await page.locator('[data-mpg-field]').count();
  expect(shown).toBe(10);
  await expect((await panel(page)).locator('.fields-found')).toHaveText(guide['panel.fields-found']!.replace('{found}', String(shown)));
  await expect(await panel(page)).not.toContainText(/\bF\d{2}\b/);
  await expect((await panel(page)).locator('li[data-facts~="F17"]')).toHaveCount(1);
  await expect((await panel(page)).getByRole('button', { name: guide['panel.copy-diagnostics'] })).toHaveCount(0);
});
