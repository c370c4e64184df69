import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir } from '../support/browser.mjs';
import { replicaByName } from '../../replicas/replicas.mjs';
import { clickWhenSeen, createProfile, expect, fieldInput, inlineFrame, launchTestConsole, openReplica, test, tip, typeAsUser } from './fixtures';

// Issue 11, cross-client oracle: a console page must not learn this agency's client data through
// the overlay. Checks that consult stored client data run only on what the user entered, the fill
// button answers only the user's own click, and the shipped build's shadow roots are closed.

const ACME = { label: 'Acme HK', company: 'ACME INTERNATIONAL (HONG KONG) LIMITED', country: 'HK' };

/** Sets a field's value from page script and fires the events a user's typing would. */
async function setFromPage(page: import('@playwright/test').Page, fieldId: string, value: string): Promise<void> {
  await fieldInput(page, fieldId).evaluate((input: HTMLInputElement, v) => {
    input.focus();
    input.value = v;
    for (const type of ['input', 'change']) input.dispatchEvent(new Event(type, { bubbles: true }));
    input.blur();
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  }, value);
}

test.describe('with the overlay readable (the test build)', () => {
  test.afterEach(async ({ pageErrors, foreignRequests }) => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('a page setting the email itself cannot learn whether any client used it; the user typing it can', async ({ page, extensionId }) => {
    await createProfile(page, extensionId, { label: 'Other client' });
    const { sendMessage } = await import('./extension');
    expect(await sendMessage(page, { type: 'emails.record', address: 'used@acme.example', status: 'used' })).toMatchObject({ ok: true });
    await openReplica(page, 'register.account/current');
    await expect(tip(page, 'email')).toHaveCount(1, { timeout: 10_000 });
    await setFromPage(page, 'email', 'used@acme.example');
    await expect(tip(page, 'email')).toHaveAttribute('data-mpg-codes', /.*/);
    await page.waitForTimeout(500);
    await expect(tip(page, 'email')).not.toHaveAttribute('data-mpg-codes', /email\.used-before/);
    // The same address typed by the user is flagged.
    await typeAsUser(fieldInput(page, 'email'), 'used@acme.example');
    await fieldInput(page, 'email').blur();
    await expect(tip(page, 'email')).toHaveAttribute('data-mpg-codes', /email\.used-before/);
  });

  test('the registered name is neither checked against nor filled for a page script', async ({ page, extensionId }) => {
    await createProfile(page, extensionId, { label: ACME.label, company: ACME.company, country: ACME.country });
    await openReplica(page, 'register.entity/overseas/current');
    await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
    await setFromPage(page, 'company-name', ACME.company.toLowerCase());
    await page.waitForTimeout(500);
    await expect(tip(page, 'company-name')).not.toHaveAttribute('data-mpg-codes', /company-name\.case/);
    const fill = inlineFrame(page, 'company-name').getByRole('button', { name: 'Fill in the exact registered name' });
    await expect(fill).toBeHidden();

    // Typed by the user: checked, and the fill button is offered (in the tip's inline frame).
    const input = fieldInput(page, 'company-name');
    await typeAsUser(input, ACME.company.toLowerCase());
    await input.blur();
    await expect(tip(page, 'company-name')).toHaveAttribute('data-mpg-codes', /company-name\.case/);
    await expect(fill).toBeVisible();
    await clickWhenSeen(fill);
    await expect(input).toHaveValue(ACME.company);
  });

  test('the registration number tip’s button says what it fills', async ({ page, extensionId }) => {
    await createProfile(page, extensionId, { label: ACME.label, company: ACME.company, number: '12345678', country: ACME.country });
    await openReplica(page, 'register.entity/overseas/current');
    await expect(tip(page, 'registration-number')).toHaveCount(1, { timeout: 10_000 });
    const input = fieldInput(page, 'registration-number');
    await typeAsUser(input, '87654321');
    await input.blur();
    await expect(tip(page, 'registration-number')).toHaveAttribute('data-mpg-codes', /registration-number\.mismatch/);
    const frame = inlineFrame(page, 'registration-number');
    await expect(frame.getByRole('button', { name: 'Fill in the exact registered name' })).toHaveCount(0);
    await clickWhenSeen(frame.getByRole('button', { name: 'Fill in the registration number as it should be' }));
    await expect(input).toHaveValue('12345678');
  });
});

test('the shipped build keeps the overlay’s shadow roots closed, and the light-DOM diagnostics', async () => {
  for (const file of ['loader.js', 'guide.js']) {
    expect(readFileSync(join(extensionDir, file), 'utf8')).not.toMatch(/__mpgOpenShadowRootsForTests\s*=[^=]/);
  }
  const { context } = await launchTestConsole({ shippedBuild: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(replicaByName('register.account/current').url);
    const host = page.locator('[data-mpg-field="email"]');
    await expect(host).toHaveCount(1, { timeout: 10_000 });
    await fieldInput(page, 'email').fill('not-an-email');
    await fieldInput(page, 'email').blur();
    await expect(host).toHaveAttribute('data-mpg-codes', /email\.format/);
    await expect(host).toHaveAttribute('data-mpg-status', 'error');
    await expect(page.locator('[data-mpg-host="panel-handle"]')).toHaveCount(1);
    const open = await page.evaluate(() =>
      ['[data-mpg-host="field-tip"]', '[data-mpg-host="panel-handle"]'].map((tag) => document.querySelector(tag)?.shadowRoot !== null),
    );
    expect(open).toEqual([false, false]);
  } finally {
    await context.close();
  }
});
