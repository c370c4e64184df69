import { expect, inlineFrame, openReplica, test, tip, typeAsUser } from './fixtures';
import { readableText, t } from './practice-fixtures';
import { presenterStops } from '../../rules/presenter';

// Presenter mode on the (replica) console itself, driven by the content script: the setting is
// switched in the popup and the console tab follows at once; client data stays masked meanwhile.

const CLIENT = { label: 'Harbour Lights HK', company: '港灣燈火(香港)有限公司 HARBOUR LIGHTS (HONG KONG) LIMITED', email: 'oa@harbour-lights.example' };
const steps = presenterStops['register.entity'].length;
const callout = (page: import('@playwright/test').Page) => page.locator('[data-mpg-host="presenter"] .callout');

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

test("follows the popup's switch on a console tab, masks the client's data, and leaves on Esc", async ({ context, page, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await popup.getByRole('button', { name: 'New client' }).click();
  await popup.getByLabel('Client label').fill(CLIENT.label);
  await popup.getByLabel('Registered company name').fill(CLIENT.company);
  await popup.getByLabel('Country/region').selectOption('HK');
  await popup.getByLabel('Official Account login email').fill(CLIENT.email);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText(CLIENT.label).first()).toBeVisible();

  await openReplica(page, 'register.entity/overseas/current');
  await expect(tip(page, 'company-name')).toHaveCount(1, { timeout: 10_000 });
  const input = tip(page, 'company-name').locator('xpath=ancestor::*[.//input][1]').locator('input').first();
  // Typed as a user: the checks against the client's profile run only on the user's own edits.
  await typeAsUser(input, 'Harbour Lights Limited');
  await input.blur();
  // The verdict derived from the client's data is in the tip's extension frame, out of the page's reach.
  const verdict = inlineFrame(page, 'company-name').locator('.finding');
  await expect(verdict).toContainText('HARBOUR LIGHTS (HONG KONG) LIMITED');
  await expect(callout(page)).toHaveCount(0);

  // Switched on in the popup: the console tab presents at once, no reload.
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Loaded first: the client's steps drawn above move the folded section down (a click while they
  // arrive may land elsewhere; once, on a loaded machine, the section stayed shut and the switch unseen).
  await expect(popup.getByRole('combobox', { name: 'Path' })).toBeVisible();
  await popup.locator('[data-fold="trainers"] > summary').click(); // the folded section
  await expect(popup.locator('[data-fold="trainers"]')).toHaveAttribute('open', '');
  await popup.getByRole('switch', { name: t('practice.presenter-switch') }).check();
  await expect(callout(page).locator('.step')).toHaveText(t('presenter.step', { x: 1, y: steps }));
  await expect(verdict).toContainText('••••');
  const shown = `${await readableText(page)} ${await inlineFrame(page, 'company-name').locator('body').innerText()}`.toLowerCase();
  for (const secret of [CLIENT.company, '港灣燈火(香港)有限公司', 'HARBOUR LIGHTS (HONG KONG) LIMITED', CLIENT.label, CLIENT.email]) {
    expect(shown, `"${secret}" is on screen while presenting`).not.toContain(secret.toLowerCase());
  }

  // The keyboard drives it; larger type for the room.
  await page.keyboard.press('ArrowRight');
  await expect(callout(page).locator('.step')).toHaveText(t('presenter.step', { x: 2, y: steps }));
  await page.keyboard.press('PageUp');
  await expect(callout(page).locator('.step')).toHaveText(t('presenter.step', { x: 1, y: steps }));
  expect(await tip(page, 'company-name').evaluate((el) => getComputedStyle(el).zoom)).not.toBe('1');
  await callout(page)
    .getByRole('button', { name: t('presenter.next') })
    .click();
  await expect(callout(page).locator('.step')).toHaveText(t('presenter.step', { x: 2, y: steps }));

  // The company name's stop: the callout never covers the field's tip (its error and Fill button),
  // and its counter is not a second "Step 3" above the page's own "Step 3 · Information registration".
  await page.keyboard.press('ArrowRight');
  await expect(callout(page).locator('.step')).toHaveText(t('presenter.step', { x: 3, y: steps }));
  await expect(callout(page).locator('.page')).toHaveText(/^Step 3 · /);
  await expect(callout(page).locator('.step')).not.toHaveText(/step/i);
  const fill = inlineFrame(page, 'company-name').getByRole('button', { name: 'Fill in the exact registered name' });
  await expect(fill).toBeVisible();
  for (const height of [900, 700]) {
    await page.setViewportSize({ width: 1280, height });
    await page.waitForTimeout(300); // the callout follows in the next frame
    const box = (await callout(page).boundingBox())!;
    for (const part of [tip(page, 'company-name'), fill]) {
      const other = (await part.boundingBox())!;
      const overlaps = box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height;
      expect(overlaps, `the callout covers the tip at ${height} px`).toBe(false);
    }
  }

  // Esc leaves, turns the setting off for every page, and the overlay speaks plainly again.
  await page.keyboard.press('Escape');
  await expect(callout(page)).toHaveCount(0);
  await expect(verdict).toContainText('HARBOUR LIGHTS (HONG KONG) LIMITED');
  await expect(popup.getByRole('switch', { name: t('practice.presenter-switch') })).not.toBeChecked();
  expect(await tip(page, 'company-name').evaluate((el) => getComputedStyle(el).zoom)).toBe('1');
});
