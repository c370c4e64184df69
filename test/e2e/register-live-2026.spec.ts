import { readFileSync } from 'node:fs';
import { replicaByName } from '../../replicas/replicas.mjs';
import { expect, openReplica, panel, test, tip } from './fixtures';

// The built extension on information registration as live in 2026 (docs/console-notes.md §17.2).
const en: Record<string, string> = {
  ...JSON.parse(readFileSync(new URL('../../locales/en/fields.json', import.meta.url), 'utf8')),
  ...JSON.parse(readFileSync(new URL('../../locales/en/guide.json', import.meta.url), 'utf8')),
};
const NAME = 'register.entity/live-2026/legacy';

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

test('finds and explains every field, and warns that 类目 cannot become 游戏 later', async ({ page }) => {
  await openReplica(page, NAME);
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  for (const id of replicaByName(NAME).fields!) {
    await expect(tip(page, id).locator('.name'), id).toHaveText(en[`field.${id}.name`]!);
  }
  await expect(tip(page, 'category-type').locator('.about')).toContainText('Cannot be changed to games');
  await expect((await panel(page)).locator('.guidance')).toContainText(en['guide.register-entity.category-games']!);
});

test("explains the 团队 form's own message where the console shows it", async ({ page }) => {
  await openReplica(page, NAME);
  await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  // register/mod/form_team.js's message under the name field.
  await page.locator('input[name=name]').evaluate((input) => {
    const msg = document.createElement('p');
    msg.className = 'frm_msg fail';
    msg.textContent = '请填写团队名称';
    input.closest('.frm_controls')!.append(msg);
  });
  const note = tip(page, 'company-name').locator('.note', { hasText: '请填写团队名称' });
  await expect(note.locator('.en')).toHaveText("Please enter the team's name.");
});
