import type { Page } from '@playwright/test';
import { sendMessage } from './extension';
import { expect, test, typeAsUser } from './fixtures';

// The two clocks of issue 21 as the user sets them in the popup: the 年审 from the verification's
// validity date (认证有效期), with its window 3 months before and the next year's clock once the review
// is ticked done; MIIT's 24 hours from the date and time the SMS arrived, else from when the extension
// first saw the filing wait for it, labelled as such; and the quick path's reuse of the Official
// Account's verification, which follows that account's own yearly review.

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** A mainland client, made from the popup as the options page would; returns its id. */
async function mainlandClient(popup: Page, extensionId: string): Promise<string> {
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const saved = (await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'profiles.save', profile: { label: 'Shenzhen Widgets', companyName: '深圳市示例科技有限公司', countryRegion: 'CN' } }),
  )) as { ok: boolean; state: { profiles: { id: string }[] } };
  expect(saved).toMatchObject({ ok: true });
  await expect(popup.getByLabel('Path')).toHaveValue('mainland');
  return saved.state.profiles[0]!.id;
}

interface Moment {
  /** Milliseconds from now, or from `from` (YYYY-MM-DDTHH:MM, local) when given. */
  ms?: number;
  from?: string;
  /** Instead: the 15th of the month this many months from now. */
  month?: number;
}

/** YYYY-MM-DD and HH:MM of a moment in the browser's own time zone (the popup's). */
const local = (popup: Page, moment: Moment = {}) =>
  popup.evaluate(({ ms = 0, from, month }) => {
    const now = new Date();
    const date = month !== undefined ? new Date(now.getFullYear(), now.getMonth() + month, 15) : new Date((from ? new Date(from) : now).getTime() + ms);
    const two = (n: number) => String(n).padStart(2, '0');
    return { day: `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`, time: `${two(date.getHours())}:${two(date.getMinutes())}` };
  }, moment);

test('the 年审 counts down to the validity date typed, says when its window opens, and starts the next year once the review is done', async ({
  page: popup,
  extensionId,
  pageErrors,
  foreignRequests,
}) => {
  const id = await mainlandClient(popup, extensionId);
  // Verification approved today (ticked, as in the step list).
  expect(await popup.evaluate((profileId) => chrome.runtime.sendMessage({ type: 'progress.mark', profileId, step: 'verified', done: true }), id)).toMatchObject(
    {
      ok: true,
    },
  );
  const today = (await local(popup)).day;
  const review = popup.locator('[data-deadline="annual-review"]');
  // Until the date is typed: an estimate from the approval, said to be one.
  await expect(review).toContainText(`Estimated from the approval on ${today}`);

  // The validity date the console shows: the 15th two months on, so the window (3 months before) is open.
  const validUntil = (await local(popup, { month: 2 })).day;
  const opened = (await local(popup, { month: -1 })).day;
  await popup.locator('[data-fold="dates"] > summary').click();
  const input = popup.getByLabel('Verification valid until (认证有效期)');
  await typeAsUser(input, validUntil);
  await popup.locator('[data-date-setting="verification-valid-until"]').getByRole('button', { name: 'Set date' }).click();
  await expect(popup.getByRole('status')).toContainText(`Verification valid until (认证有效期): ${validUntil} saved.`);
  await expect(review).toContainText('Annual review (年审) by the verification');
  await expect(review).toContainText(`Due ${validUntil}`);
  await expect(review).toContainText(`Window open since ${opened}`);
  await expect(review).not.toContainText('Estimated');

  // The review is done: ticked in the step list, the clock moves on a year and its window with it.
  await popup.getByLabel('Renew verification every year (年审)').check();
  const nextYear = (await local(popup, { month: 14 })).day;
  const nextWindow = (await local(popup, { month: 11 })).day;
  await expect(review).toContainText(`Due ${nextYear}`);
  await expect(review).toContainText(`Window opens ${nextWindow}`);
  await expect(popup.locator('[data-step="annual-review"]')).toContainText(`Done ${today}`);
  await expect(popup.locator('[data-date-setting="verification-valid-until"]')).toContainText(
    `Typed ${validUntil}; the review done ${today} moved it on to ${nextYear}.`,
  );
  await expect(input).toHaveValue(nextYear);
  // Undo: this year's clock again.
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(review).toContainText(`Due ${validUntil}`);
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test("the quick path's reused verification follows the Official Account's yearly review: its window, then the next year once renewed", async ({
  page: popup,
  extensionId,
  pageErrors,
  foreignRequests,
}) => {
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const profile = { label: 'Kiwi Foods', countryRegion: 'NZ', hasVerifiedOfficialAccount: true };
  expect(await sendMessage(popup, { type: 'profiles.save', profile })).toMatchObject({ ok: true });
  await expect(popup.getByLabel('Path')).toHaveValue('quick');
  const today = (await local(popup)).day;
  // The Official Account's verification expires the 15th two months on: its review's window is open.
  const expiry = (await local(popup, { month: 2 })).day;
  await popup.locator('[data-fold="dates"] > summary').click();
  await typeAsUser(popup.getByLabel("Official Account's verification expires on"), expiry);
  await popup.locator('[data-date-setting="oa-verification-expiry"]').getByRole('button', { name: 'Set date' }).click();
  const deadline = popup.locator('[data-deadline="quick-verification-expiry"]');
  await expect(deadline).toContainText(`Due ${expiry}`);
  await expect(deadline).toContainText(`Window open since ${(await local(popup, { month: -1 })).day}`);

  // Renewed: the reused verification runs a year more, and the step is done until the next window.
  await popup.getByLabel("Renew the Official Account's verification (年审)").check();
  await expect(deadline).toContainText(`Due ${(await local(popup, { month: 14 })).day}`);
  await expect(deadline).toContainText(`Window opens ${(await local(popup, { month: 11 })).day}`);
  await expect(popup.locator('[data-step="oa-renewal"]')).toContainText(`Done ${today}`);
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test("MIIT's 24 hours count from when the extension first saw the filing wait for the SMS, then from the time the user types", async ({
  page: popup,
  extensionId,
  pageErrors,
  foreignRequests,
}) => {
  await popup.setViewportSize({ width: 380, height: 600 }); // the popup's box
  await mainlandClient(popup, extensionId);
  // The filing page showed 等待核验中, as the guide reports it from a console tab.
  const reported = await popup.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'progress.report',
      page: 'filing.form',
      signals: ['message:filing.sms-waiting'],
      url: 'https://mp.weixin.qq.com/wxamp/home/guide?token=1911103417&lang=zh_CN&replica=filing-form',
    }),
  );
  expect(reported).toMatchObject({ ok: true });
  const seen = await local(popup);
  const before = (await local(popup, { ms: -60_000 })).time;
  // The minute the background recorded: this one, or the one before if a minute began in between.
  const seenAt = new RegExp(`${seen.day} (${seen.time}|${before})`);
  const clock = popup.locator('[data-deadline="filing-sms"]');
  await expect(clock).toContainText("Confirm MIIT's text message (24 hours)");
  await expect(clock).toContainText("when the extension first saw the filing waiting for MIIT's SMS check (等待核验中): enter the time the SMS arrived below.");
  await expect(clock.locator('.deadline-from')).toContainText(new RegExp(`^Counted from ${seenAt.source}, when the extension first saw`));
  await expect(clock).toContainText('23 hours left');

  await popup.locator('[data-fold="dates"] > summary').click();
  const setting = popup.locator('[data-date-setting="miit-sms-received"]');
  await expect(setting).toContainText(new RegExp(`Not recorded; counting from ${seenAt.source}, when the extension first saw the filing waiting`));
  const day = popup.getByLabel("MIIT's text message arrived on");
  const time = popup.getByLabel('Time (HH:MM)');
  await expect(day).toHaveValue(seen.day);
  await expect(time).toHaveValue(new RegExp(`^(${seen.time}|${before})$`));
  // The date, the time and the button fit the popup's width.
  expect(await popup.locator('.popup').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  // A time written another way, or one still to come, is refused with a word.
  await typeAsUser(time, '9:5');
  await setting.getByRole('button', { name: 'Set date' }).click();
  await expect(popup.getByRole('alert')).toHaveText('Enter a time as HH:MM (24-hour).');
  const later = await local(popup, { ms: 2 * 3_600_000 });
  await typeAsUser(day, later.day);
  await typeAsUser(time, later.time);
  await setting.getByRole('button', { name: 'Set date' }).click();
  await expect(popup.getByRole('alert')).toHaveText('This time is in the future: the SMS cannot have arrived yet.');

  // The SMS came five hours ago: due 24 hours after it, to the minute.
  const arrived = await local(popup, { ms: -5 * 3_600_000 });
  const due = await local(popup, { from: `${arrived.day}T${arrived.time}`, ms: 24 * 3_600_000 });
  await typeAsUser(day, arrived.day);
  await typeAsUser(time, arrived.time);
  await setting.getByRole('button', { name: 'Set date' }).click();
  await expect(popup.getByRole('status')).toContainText(`MIIT's text message arrived on: ${arrived.day} ${arrived.time} saved.`);
  await expect(clock).toContainText(`Due ${due.day} ${due.time}`);
  await expect(clock).toContainText('18 hours left');
  await expect(clock).not.toContainText('Counted from');
  await expect(setting).toContainText(`Recorded: ${arrived.day} ${arrived.time}.`);
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
