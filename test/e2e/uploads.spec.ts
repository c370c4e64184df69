import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openReplica, panel, test, tip } from './fixtures';

// Verification documents: files are checked before the console's own upload runs, with real files:
// a PDF (committed), and a 6 MB PNG and a small JPEG that Chromium itself encodes.

const pdf = readFileSync(new URL('../../replicas/files/business-registration.pdf', import.meta.url));

/** Encodes an image in the page: random noise for `size`, so PNG compression cannot shrink it. */
async function encodeImage(page: Page, type: 'image/png' | 'image/jpeg', side: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ type, side }) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = side;
      const context = canvas.getContext('2d')!;
      const pixels = context.createImageData(side, side);
      for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = ((i * 2654435761) >>> 24) ^ (i & 255);
      context.putImageData(pixels, 0, 0);
      const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), type, 0.9));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { type, side },
  );
  return Buffer.from(base64, 'base64');
}

function fileInput(page: Page, fieldId: string) {
  return page
    .locator('.weui-desktop-form__control-group, .frm_control_group')
    .filter({ has: page.locator(`[data-mpg-field="${fieldId}"]`) })
    .locator('input[type=file]');
}

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('checks chosen files before the console uploads them, without blocking the upload', async ({ page }) => {
  await openReplica(page, 'verify.documents/current');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  // The page's own handler must still receive every file.
  await page.evaluate(() => {
    (window as unknown as { received: string[] }).received = [];
    document
      .querySelectorAll('input[type=file]')
      .forEach((input) =>
        input.addEventListener('change', () => (window as unknown as { received: string[] }).received.push((input as HTMLInputElement).files?.[0]?.name ?? '')),
      );
  });

  await fileInput(page, 'entity-certificate').setInputFiles({ name: 'business-registration.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(tip(page, 'entity-certificate')).toHaveAttribute('data-mpg-status', 'error');
  await expect(tip(page, 'entity-certificate')).toHaveAttribute('data-mpg-codes', /upload\.pdf/);
  await expect(tip(page, 'entity-certificate').locator('.finding.error')).toContainText('PDF');

  const bigPng = await encodeImage(page, 'image/png', 1400);
  expect(bigPng.length).toBeGreaterThan(6 * 1024 * 1024 - 1);
  await fileInput(page, 'application-letter').setInputFiles({ name: 'application-letter.png', mimeType: 'image/png', buffer: bigPng });
  await expect(tip(page, 'application-letter')).toHaveAttribute('data-mpg-codes', /upload\.size/);

  const jpeg = await encodeImage(page, 'image/jpeg', 64);
  await fileInput(page, 'contact-id').setInputFiles({ name: 'passport.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(tip(page, 'contact-id')).toHaveAttribute('data-mpg-status', 'info');
  await expect(tip(page, 'contact-id')).toHaveAttribute('data-mpg-codes', 'upload.reminder');
  await expect(tip(page, 'contact-id').locator('.finding')).toContainText('passport');

  expect(await page.evaluate(() => (window as unknown as { received: string[] }).received)).toEqual([
    'business-registration.pdf',
    'application-letter.png',
    'passport.jpg',
  ]);

  // The panel's checklist follows the files chosen.
  const items = (await panel(page)).locator('.checklist li');
  await expect(items.filter({ hasText: 'registration certificate' })).toHaveAttribute('data-state', 'problem');
  await expect(items.filter({ hasText: 'application letter' })).toHaveAttribute('data-state', 'problem');
  await expect(items.filter({ hasText: 'ID card' })).toHaveAttribute('data-state', 'ok');
  await expect(items.filter({ hasText: 'phone bills' })).toHaveAttribute('data-state', 'todo');
});

test('lists the documents for the entity type chosen on the page', async ({ page }) => {
  await openReplica(page, 'verify.documents/legacy');
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  await expect((await panel(page)).locator('.checklist')).toContainText('Business registration certificate');
  await page.getByText('个体工商户', { exact: true }).first().click();
  await expect((await panel(page)).locator('.checklist')).toContainText('Individual business registration');
});
