import { sampleBook, seedBook } from '../support/sample-book.mjs';
import { serviceWorker } from './extension';
import { expect, test } from './fixtures';

// The popup as a new user sees it (issue 22): nothing wider than its 380 px, the steps as a vertical
// timeline with each deadline under its step, what is next and what is due on the first screen, the
// rest one click away; and the message asking a client for the documents still missing.

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

test('fits its box: a vertical timeline, nothing clipped sideways, next and due on the first screen', async ({ context, page, extensionId }) => {
  await seedBook(await serviceWorker(context), sampleBook(Date.now(), { activeId: 'jade-ridge' }));
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const steps = page.locator('.steps [data-step]');
  await expect(steps).toHaveCount(15);

  // No horizontal timeline, and nothing in the popup wider than the popup.
  await expect(page.locator('.timeline-scroll')).toHaveCount(0);
  const wide = await page.evaluate(() => {
    const box = document.querySelector('.popup')!.getBoundingClientRect();
    return [...document.querySelectorAll('.popup *')]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > box.right + 0.5)
      .map((el) => el.className || el.tagName);
  });
  expect(wide).toEqual([]);
  expect(await page.locator('.popup').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  // Vertical: each step below the one before, at the same left edge.
  const boxes = await steps.evaluateAll((li) => li.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left })));
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i]!.top).toBeGreaterThan(boxes[i - 1]!.top);
    expect(boxes[i]!.left).toBe(boxes[0]!.left);
  }
  // The overdue 45-day deadline sits under the step it belongs to.
  await expect(page.locator('[data-step="verified"] [data-step-deadline="verification-45-days"]')).toContainText(/Overdue by 2 days/);
  await expect(page.locator('[data-step="verify-documents"]')).toHaveAttribute('aria-current', 'step');

  // What is next and what is due, on the first screen of the 560 px box.
  const popupTop = (await page.locator('.popup').boundingBox())!.y;
  for (const part of ['.now', '.deadlines']) {
    const box = (await page.locator(part).boundingBox())!;
    expect(box.y + box.height - popupTop, part).toBeLessThanOrEqual(560);
  }
  // The rest is one click away, each with its title (and state) showing.
  await expect(page.locator('details.fold > summary')).toHaveText([
    /Verification documents\s*1 of 5 ready/,
    'Dates set by hand',
    'Notes',
    'Client summary',
    'For trainers',
  ]);
  const folded = await page.locator('.popup').evaluate((el) => el.scrollHeight);
  expect(folded).toBeLessThan(1300); // 1,927 px before, with the horizontal timeline and every section open
});

test('writes the documents-to-request message in English or Chinese and copies it', async ({ context, page, extensionId }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    });
  });
  await seedBook(await serviceWorker(context), sampleBook(Date.now(), { activeId: 'jade-ridge' }));
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByText('Verification documents', { exact: true }).click();
  const message = page.getByRole('textbox', { name: 'Ask the client for what is missing' });
  await expect(message).toBeVisible();
  const english = await message.inputValue();
  expect(english.match(/^\d\. /gm)).toHaveLength(4);
  expect(english).toContain('Verification application letter');

  // Ticking a document ready takes it off the message.
  await page.getByRole('checkbox', { name: /Verification application letter/ }).check();
  await expect(message).not.toHaveValue(/Verification application letter/);
  await expect.poll(async () => (await message.inputValue()).match(/^\d\. /gm)?.length).toBe(3);

  await page.getByLabel('Message language').selectOption('zh_CN');
  await expect(message).toHaveValue(/我们还需要您提供以下资料/);
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByRole('status')).toContainText('The request for the missing documents is on the clipboard.');
  expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(await message.inputValue());
});
