import { readFileSync } from 'node:fs';
import { consoleFrame, expect, frameRoot, frameTip, openPractice, test, t } from './practice-fixtures';

// The practice console shows step 1 in both renderings: the picture captcha, and the newer page that
// emails a 6-digit code and goes straight on to information registration.

const progressText: Record<string, string> = JSON.parse(readFileSync(new URL('../../locales/en/email-code-progress.json', import.meta.url), 'utf8'));

test('shows the emailed-code account step under step 1, in flow order, and goes on to information registration', async ({ page, extensionId }) => {
  await openPractice(page, extensionId);
  const steps = page.getByRole('navigation', { name: t('practice.steps') });
  const variant = steps.getByRole('button', { name: progressText['practice.variant.email-code']! });
  // Right after step 1's own button, before email activation.
  const labels = await steps.getByRole('button').allTextContents();
  const index = labels.findIndex((label) => label.includes(progressText['practice.variant.email-code']!));
  expect(labels[index - 1]).toContain(t('page.register-account.title'));
  expect(labels[index + 1]).toContain(t('page.register-activate.title'));

  await variant.click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  await expect(frameTip(page, 'email-code')).toHaveCount(1);
  await expect(frameTip(page, 'captcha')).toHaveCount(0);
  await consoleFrame(page).getByRole('button', { name: '注册' }).click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
});
