import type { Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { expect, launchTestConsole, test } from './fixtures';

// Deadlines that survive a missed signal: the 45-day clock counts from the AppID when the
// information-registration message was never seen, and the user sets or corrects the registration
// date (and, on the quick path, the Official Account's verification expiry) by hand in the popup.

type Launched = Awaited<ReturnType<typeof launchTestConsole>>;
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function openPopup(launched: Launched): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  return popup;
}

/** YYYY-MM-DD of today plus `days`, where the browser is (the popup's own time zone). */
const dayFromToday = (page: Page, days: number) =>
  page.evaluate((offset) => {
    const date = new Date();
    date.setDate(date.getDate() + offset);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  }, days);

const pageIdOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.mpgPage ?? null);

test('opens the 45-day clock from the AppID when 信息提交成功 was missed, and takes the registration date by hand', async () => {
  test.setTimeout(90_000);
  const launched = await launchTestConsole();
  try {
    const errors: string[] = [];
    launched.context.on('weberror', (error) => errors.push(error.error().message));
    const popup = await openPopup(launched);
    const saved = await popup.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'profiles.save',
        profile: { label: 'Acme HK', companyName: 'ACME TRADING (HONG KONG) LIMITED', countryRegion: 'HK' },
      }),
    );
    expect(saved).toMatchObject({ ok: true });

    // Installed after the information registration: the first page seen is the console home with the AppID.
    const consolePage = await launched.context.newPage();
    await consolePage.goto(replicaByName('home.guide/current').url);
    await expect.poll(() => pageIdOf(consolePage), { timeout: 10_000 }).toBe('home.guide');

    const today = await dayFromToday(popup, 0);
    const clock = popup.locator('[data-deadline="verification-45-days"]');
    await popup.bringToFront();
    await expect(clock).toContainText('Complete WeChat verification (45 days after registering)');
    await expect(clock).toContainText('44 days left');
    await expect(clock).toContainText(`Counted from ${today}, when the AppID was first seen`);
    const setting = popup.locator('[data-date-setting="entity-admin"]');
    await expect(setting).toContainText(`Not recorded; counting from ${today}, when the AppID was first seen.`);

    // A date written another way, or in the future, is refused with a word, and nothing changes.
    await popup.locator('[data-fold="dates"] > summary').click(); // the popup's Dates section, folded
    const input = popup.getByLabel('Registration date (信息登记 submitted)');
    await expect(input).toHaveValue(today);
    await input.fill('22/11/2026');
    await popup.getByRole('button', { name: 'Set date' }).click();
    await expect(popup.getByRole('alert')).toHaveText('Enter a date as YYYY-MM-DD.');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await input.fill(await dayFromToday(popup, 3));
    await popup.getByRole('button', { name: 'Set date' }).click();
    await expect(popup.getByRole('alert')).toHaveText('This date is in the future: registration cannot have happened yet.');
    await expect(clock).toContainText('44 days left');

    // The client registered ten days ago: the clock counts from that day.
    const tenDaysAgo = await dayFromToday(popup, -10);
    await input.fill(tenDaysAgo);
    await popup.getByRole('button', { name: 'Set date' }).click();
    await expect(popup.getByRole('status')).toContainText(`Registration date (信息登记 submitted): ${tenDaysAgo} saved.`);
    await expect(clock).toContainText('34 days left');
    await expect(clock).not.toContainText('Counted from');
    await expect(setting).toContainText(`Recorded: ${tenDaysAgo}.`);
    await expect(popup.locator('[data-step="entity-admin"]')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('[data-step="entity-admin"]')).toContainText(`Done ${tenDaysAgo}`);

    // Undo brings back the clock from the AppID.
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect(clock).toContainText('44 days left');
    await expect(clock).toContainText(`Counted from ${today}`);

    // Set again; a new popup (a new day of work) still has it.
    await input.fill(tenDaysAgo);
    await popup.getByRole('button', { name: 'Set date' }).click();
    await expect(clock).toContainText('34 days left');
    const again = await openPopup(launched);
    await expect(again.locator('[data-deadline="verification-45-days"]')).toContainText('34 days left');
    await expect(again.getByLabel('Registration date (信息登记 submitted)')).toHaveValue(tenDaysAgo);
    expect(errors).toEqual([]);
    expect(launched.foreignRequests).toEqual([]);
  } finally {
    await launched.context.close();
  }
});

test("counts the quick path's reused verification down to the Official Account's expiry, typed by hand", async () => {
  const launched = await launchTestConsole();
  try {
    const popup = await openPopup(launched);
    const saved = await popup.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'profiles.save',
        profile: { label: 'Kiwi Foods', companyName: 'Kiwi Foods Limited', countryRegion: 'NZ', hasVerifiedOfficialAccount: true },
      }),
    );
    expect(saved).toMatchObject({ ok: true });
    await expect(popup.getByLabel('Path')).toHaveValue('quick');
    await expect(popup.locator('[data-deadline="quick-verification-expiry"]')).toHaveCount(0);
    // The hidden step that only holds the date is no step of the list.
    await expect(popup.locator('[data-step="oa-verification-expiry"]')).toHaveCount(0);
    await expect(popup.locator('[data-step="oa-renewal"]')).toContainText("Renew the Official Account's verification (年审)");

    const expiry = await dayFromToday(popup, 10);
    await popup.locator('[data-fold="dates"] > summary').click(); // the popup's Dates section, folded
    await popup.getByLabel("Official Account's verification expires on").fill(expiry);
    await popup.getByRole('button', { name: 'Set date' }).click();
    const deadline = popup.locator('[data-deadline="quick-verification-expiry"]');
    await expect(deadline).toContainText("Verification expires with the Official Account's");
    await expect(deadline).toContainText('9 days left');
    await expect(deadline).toContainText(`Due ${expiry}`);
    expect(launched.foreignRequests).toEqual([]);
  } finally {
    await launched.context.close();
  }
});
