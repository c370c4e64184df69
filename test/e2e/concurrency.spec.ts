import type { Page } from '@playwright/test';
import { flowPathById } from '../../rules/flows';
import { replicaByName } from '../../replicas/replicas.mjs';
import { openExtensionPage, sendMessage } from './extension';
import { clickWhenSeen, expect, test, typeAsUser } from './fixtures';

// Two console tabs, the popup and the options page write at the same moment: every update is kept.
// Guards the background's single write queue (storage/service.ts): without it this fails every
// time. The form saved here was opened before the others wrote; the three-way merge that keeps
// their writes (storage/merge-save.ts) is pinned down deterministically in data-safety.test.ts.

interface Stored {
  state: { profiles: { id: string; label: string; companyName: string; emails: { address: string; status: string }[] }[] };
}
interface StoredProgress {
  progress: { clients: { steps: Record<string, unknown> }[] };
}

const root = (page: Page) => page.locator('xpath=/html');
/** Every step of the overseas path but the one the console tab records. */
const popupSteps = flowPathById('overseas')
  .steps.map((step) => step.id)
  .filter((id) => id !== 'account');
const optionsEmails = Array.from({ length: 12 }, (_, i) => `burst${i}@acme.example`);

/** Many messages at once from one extension page, as fast as it can send them. */
function burst(page: Page, messages: unknown[]) {
  return page.evaluate((list) => Promise.all(list.map((m) => chrome.runtime.sendMessage(m))), messages);
}
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const emailInput = (page: Page) =>
  page
    .locator('label', { hasText: /^邮箱$/ })
    .locator('xpath=ancestor::*[.//input][1]')
    .locator('input')
    .first();

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

test('two console tabs, the popup and the options page writing at once lose no update', async ({ context, page, extensionId }) => {
  test.setTimeout(90_000);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const saved = await sendMessage<{ profile: { id: string } }>(options, {
    type: 'profiles.save',
    profile: { label: 'Acme HK', companyName: 'ACME LIMITED', countryRegion: 'HK' },
  });
  const profileId = saved.profile.id;
  await options.reload();
  // The form is open on the client before anything else writes, and the user has changed the name.
  await options.getByRole('button', { name: 'Edit' }).first().click();
  await options.getByLabel('Registered company name', { exact: true }).fill('ACME TRADING LIMITED');

  const tabA = page;
  const tabB = await context.newPage();
  await Promise.all([tabA.goto(replicaByName('register.account/current').url), tabB.goto(replicaByName('register.account/legacy').url)]);
  for (const tab of [tabA, tabB]) await expect(root(tab)).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByText('Acme HK').first()).toBeVisible();

  // At once: each tab's user types an email the console rejects (recorded as taken: issue 19 records
  // only what the user typed), the popup ticks
  // steps, the options page records emails and saves its stale form.
  await Promise.all([
    (async () => {
      await typeAsUser(emailInput(tabA), 'taken@example.com');
      await emailInput(tabA).blur();
    })(),
    (async () => {
      await typeAsUser(emailInput(tabB), 'used@example.com');
      await emailInput(tabB).blur();
    })(),
    burst(
      popup,
      popupSteps.map((step) => ({ type: 'progress.mark', profileId, step, done: true })),
    ),
    burst(
      options,
      optionsEmails.map((address) => ({ type: 'emails.record', address, status: 'used' })),
    ),
    options.getByRole('button', { name: 'Save', exact: true }).click(),
  ]);
  // Then tab B registers: its page switches to email activation, which completes a step.
  await expect(tabB.locator('[data-mpg-field="email"] >> .note', { hasText: '邮箱已经被注册过' })).toHaveCount(1);
  // As a user: the button scrolled into view and seen before the click (the tips' frames settle after a scroll).
  await clickWhenSeen(tabB.getByRole('button', { name: '注册' }));
  await expect(root(tabB)).toHaveAttribute('data-mpg-page', 'register.activate');

  await expect
    .poll(async () => {
      const { state } = await sendMessage<Stored>(options, { type: 'profiles.get' });
      const profile = state.profiles[0]!;
      return { company: profile.companyName, emails: profile.emails.map((e) => `${e.address} ${e.status}`).sort() };
    })
    .toEqual({
      company: 'ACME TRADING LIMITED',
      emails: [...optionsEmails.map((a) => `${a} used`), 'taken@example.com taken', 'used@example.com taken'].sort(),
    });
  await expect
    .poll(async () => Object.keys((await sendMessage<StoredProgress>(options, { type: 'progress.get' })).progress.clients[0]?.steps ?? {}).sort())
    .toEqual(['account', ...popupSteps].sort());
  expect((await sendMessage<Stored>(options, { type: 'profiles.get' })).state.profiles).toHaveLength(1);
});
