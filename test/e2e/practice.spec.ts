import { practiceSteps } from '../../practice/practice-flow';
import { sampleProfiles } from '../../practice/sample-profiles';
import { pageRuleById } from '../../rules';
import { presenterStops } from '../../rules/presenter';
import {
  callout,
  consoleFrame,
  expect,
  framePanel,
  frameRoot,
  frameTip,
  openPractice,
  readableText,
  PROJECTOR,
  replicaFrame,
  saveRealProfile,
  stepButton,
  storedProfiles,
  t,
  test,
  typeInto,
} from './practice-fixtures';

// The practice console for trainers: replica pages with the guide, sample clients in memory,
// presenter mode, and never a request to the real console or a change to real profiles.

const [hongKong] = sampleProfiles;
const stepOf = (page: string, x: number) => t('presenter.step', { x, y: presenterStops[page as keyof typeof presenterStops].length });
/** Everything of the Hong Kong sample that must not be read off the screen while presenting. */
const hongKongSecrets = [
  hongKong!.companyName,
  '翠嶺貿易(香港)有限公司',
  'JADE RIDGE TRADING (HONG KONG) LIMITED',
  hongKong!.label,
  hongKong!.registrationNumber,
  hongKong!.officialAccountEmail,
];

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the pages throw no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

test('walks from the account type to verification with presenter mode on, and leaves real profiles alone', async ({ page, context, extensionId }) => {
  const consoleRequests: string[] = [];
  context.on('request', (request) => request.url().startsWith('https://mp.weixin.qq.com') && consoleRequests.push(request.url()));
  const realBefore = await saveRealProfile(page, extensionId);
  await openPractice(page, extensionId);
  // The trainer folds the guide panel away so it does not cover the console (remembered from page to page).
  await framePanel(page)
    .getByRole('button', { name: t('panel.collapse') })
    .click();
  await page.getByRole('switch', { name: t('practice.presenter-switch') }).check();

  // Account type: the presenter walks the room through the page with the arrow keys.
  await expect(callout(page).locator('.step')).toHaveText(stepOf('register.type-select', 1));
  await expect(framePanel(page)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(callout(page).locator('.step')).toHaveText(stepOf('register.type-select', 2));
  await page.keyboard.press('ArrowRight');
  await expect(callout(page).locator('.step')).toHaveText(stepOf('register.type-select', 3));
  await expect(callout(page).locator('.point')).toHaveText(t('presenter.point.type-select.go'));

  // 前往注册 is a plain link to step 1: it opens that replica inside the practice console.
  await consoleFrame(page).getByRole('link', { name: '前往注册' }).click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  await expect(stepButton(page, 'page.register-account.title')).toHaveAttribute('aria-current', 'step');
  await expect(callout(page).locator('.step')).toHaveText(stepOf('register.account', 1));
  for (const field of ['email', 'password', 'password-confirm', 'captcha']) await expect(frameTip(page, field), field).toHaveCount(1);
  for (let x = 2; x <= 4; x++) {
    await page.keyboard.press(x % 2 ? 'PageDown' : 'ArrowRight');
    await expect(callout(page).locator('.step')).toHaveText(stepOf('register.account', x));
  }
  await page.keyboard.press('ArrowLeft');
  await expect(callout(page).locator('.step')).toHaveText(stepOf('register.account', 3));
  await page.keyboard.press('PageDown');

  // 注册 swaps the page in place to email activation; the presenter starts that page from its first stop.
  const address = page.locator('.practice-address code');
  const accountAddress = await address.textContent();
  await consoleFrame(page).getByRole('button', { name: '注册' }).click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.activate');
  await expect(callout(page).locator('.step')).toHaveText(stepOf('register.activate', 1));
  await expect(framePanel(page).locator('.title')).toHaveText(t('page.register-activate.title'));
  await expect(address).toHaveText(accountAddress!);

  // 已激活？继续信息登记 navigates the single-page way; the address follows.
  await consoleFrame(page).getByRole('button', { name: '已激活？继续信息登记' }).click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  await expect(address).toContainText('action=step3');
  await expect(callout(page).locator('.step')).toHaveText(stepOf('register.entity', 1));

  // A wrong company name: the tip says what is wrong, but the client's name is masked.
  await typeInto(page, 'company-name', 'Another Trading Limited');
  await expect(frameTip(page, 'company-name')).toHaveAttribute('data-mpg-status', 'error');
  await expect(frameTip(page, 'company-name').locator('iframe').contentFrame().locator('.finding')).toContainText('••••');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(callout(page).locator('.point')).toHaveText(t('presenter.point.entity.company-name'));
  const shown = `${await readableText(replicaFrame(page))} ${await readableText(page)}`.toLowerCase();
  for (const secret of hongKongSecrets) expect(shown, `"${secret}" is on screen while presenting`).not.toContain(secret.toLowerCase());
  await expect(page.locator('[data-practice="company"]')).toHaveText(t('practice.hidden'));

  // On to WeChat verification, through its agreement to the documents.
  await stepButton(page, 'page.verify-agreement.title').click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'verify.agreement', { timeout: 10_000 });
  await expect(callout(page).locator('.step')).toHaveText(stepOf('verify.agreement', 1));
  await consoleFrame(page).getByRole('button', { name: '下一步' }).click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'verify.documents', { timeout: 10_000 });
  await expect(stepButton(page, 'page.verify-documents.title')).toHaveAttribute('aria-current', 'step');
  await expect(callout(page).locator('.step')).toHaveText(stepOf('verify.documents', 1));
  for (const field of pageRuleById('verify.documents')!.fields.filter((f) => !f.optional)) await expect(frameTip(page, field.id), field.id).toHaveCount(1);

  // Esc leaves presenter mode everywhere: the callout goes, the switch is off, the data is back.
  await page.keyboard.press('Escape');
  await expect(callout(page)).toHaveCount(0);
  await expect(page.getByRole('switch', { name: t('practice.presenter-switch') })).not.toBeChecked();
  await expect(page.locator('[data-practice="company"]')).toHaveText(hongKong!.companyName);

  expect(await storedProfiles(page), 'real profiles are exactly as before').toEqual(realBefore);
  expect(consoleRequests, 'nothing was requested from the console').toEqual([]);
});

test('shows the guide panel and the field tips on every practice page', async ({ page, extensionId }) => {
  await openPractice(page, extensionId);
  for (const step of practiceSteps) {
    const rule = pageRuleById(step.page)!;
    await stepButton(page, rule.title).click();
    await expect(frameRoot(page), step.page).toHaveAttribute('data-mpg-page', step.page, { timeout: 10_000 });
    await expect(framePanel(page).locator('.title')).toHaveText(t(rule.title));
    await expect(stepButton(page, rule.title)).toHaveAttribute('aria-current', 'step');
    for (const field of rule.fields.filter((f) => !f.optional)) await expect(frameTip(page, field.id), `${step.page}: ${field.id}`).toHaveCount(1);
  }
});

test("runs the replica's dialogs and records a taken email in memory only", async ({ page, extensionId }) => {
  const realBefore = await saveRealProfile(page, extensionId);
  await openPractice(page, extensionId);
  await framePanel(page)
    .getByRole('button', { name: t('panel.collapse') })
    .click();
  await stepButton(page, 'page.register-account.title').click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });

  // The console refuses the address; the practice client remembers it, the real profiles do not.
  await typeInto(page, 'email', 'taken@example.com');
  await expect(consoleFrame(page).locator('[data-replica-msg-for="email"]')).toHaveText('该邮箱已被占用，请更换其他邮箱');
  const emails = page.locator('[data-practice="emails"]');
  await expect(emails).toContainText(t('practice.email-taken', { address: 'taken@example.com' }));
  await typeInto(page, 'email', 'fresh@jaderidge-trading.example');

  // The terms dialog opens and closes; 注册 leads to email activation in place.
  await consoleFrame(page).getByRole('button', { name: '《微信小程序平台服务条款》' }).click();
  await expect(consoleFrame(page).getByRole('heading', { name: '微信小程序平台服务条款' })).toBeVisible();
  await consoleFrame(page).getByRole('button', { name: '同意' }).click();
  await expect(consoleFrame(page).getByRole('heading', { name: '微信小程序平台服务条款' })).toBeHidden();
  await consoleFrame(page).getByRole('button', { name: '注册' }).click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.activate');
  await expect(consoleFrame(page).getByRole('heading', { name: '激活公众平台帐号' })).toBeVisible();

  // Information registration: 继续 asks 提示, 确定 shows 信息提交成功, and the guide stays with the page.
  await consoleFrame(page).getByRole('button', { name: '已激活？继续信息登记' }).click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  await consoleFrame(page).getByRole('button', { name: '继续' }).click();
  await expect(consoleFrame(page).getByRole('heading', { name: '提示' })).toBeVisible();
  await consoleFrame(page).getByRole('button', { name: '确定' }).click();
  await expect(consoleFrame(page).getByRole('heading', { name: '提示' })).toBeHidden();
  await expect(consoleFrame(page).getByRole('heading', { name: '信息提交成功' })).toBeVisible();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.entity');
  await consoleFrame(page).getByRole('button', { name: '前往小程序' }).click();
  await expect(consoleFrame(page).getByRole('heading', { name: '信息提交成功' })).toBeHidden();

  expect(await storedProfiles(page)).toEqual(realBefore);
});

test("the sample-client picker is at the top, steps are numbered once, the address is the console's", async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPractice(page, extensionId);
  const picker = page.getByLabel(t('practice.client'), { exact: true });
  await expect(picker).toBeInViewport();
  const pickerBox = (await picker.boundingBox())!;
  const firstStep = (await page.locator('.practice-steps button').first().boundingBox())!;
  expect(pickerBox.y).toBeLessThan(firstStep.y);
  expect(pickerBox.y + pickerBox.height).toBeLessThanOrEqual(800);
  // One number per step: the console's own "Step 1 ·" in the title, no list number before it.
  const account = stepButton(page, 'page.register-account.title');
  await expect(account).toHaveText(t('page.register-account.title'));
  const marker = await account.evaluate((el) => getComputedStyle(el, '::before').content);
  expect(['none', 'normal']).toContain(marker);
  for (const replica of ['register.type-select', 'register.account']) {
    await stepButton(page, `page.${replica.replace('.', '-')}.title`).click();
    await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', replica, { timeout: 10_000 });
    await expect(page.locator('.practice-address code')).not.toContainText('replica=');
  }
});

test('reset brings back the sample clients and the first page', async ({ page, extensionId }) => {
  await openPractice(page, extensionId);
  await page.getByLabel(t('practice.client'), { exact: true }).selectOption({ label: sampleProfiles[2]!.label });
  await expect(page.locator('[data-practice="company"]')).toHaveText(sampleProfiles[2]!.companyName);
  // A mainland client sees the mainland rendering of information registration.
  await stepButton(page, 'page.register-entity.title').click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.entity', { timeout: 10_000 });
  await expect(page.locator('iframe.practice-frame')).toHaveAttribute('src', /replica%3Dmainland/);
  // The address bar shows the console's address, never the replicas' internal parameter.
  await expect(page.locator('.practice-address code')).toContainText('action=step3');
  await expect(page.locator('.practice-address code')).not.toContainText('replica');
  await stepButton(page, 'page.register-account.title').click();
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.account', { timeout: 10_000 });
  await framePanel(page)
    .getByRole('button', { name: t('panel.collapse') })
    .click();
  await typeInto(page, 'email', 'used@example.com');
  await expect(page.locator('[data-practice="emails"]')).toContainText('used@example.com');

  await page.getByRole('button', { name: t('practice.reset') }).click();
  await expect(page.getByRole('status')).toHaveText(t('practice.reset-done'));
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-page', 'register.type-select', { timeout: 10_000 });
  await expect(page.getByLabel(t('practice.client'), { exact: true })).toHaveValue(hongKong!.id);
  await expect(page.locator('[data-practice="company"]')).toHaveText(hongKong!.companyName);
  await expect(page.locator('[data-practice="emails"]')).not.toContainText('used@example.com');
});

test('keeps every link inside the practice console', async ({ page, context, extensionId }) => {
  const consoleRequests: string[] = [];
  context.on('request', (request) => request.url().startsWith('https://mp.weixin.qq.com') && consoleRequests.push(request.url()));
  await openPractice(page, extensionId);
  const practiceUrl = page.url();

  // The console's own login link opens the replica login page, on which the guide rightly stays silent.
  await consoleFrame(page).getByRole('link', { name: '登录' }).click();
  await expect(page.locator('.practice-address code')).toHaveText('https://mp.weixin.qq.com/');
  await expect(frameRoot(page)).toHaveAttribute('data-mpg-ready', '');
  await expect(frameRoot(page)).not.toHaveAttribute('data-mpg-page', /.*/);

  // A link to anywhere else is refused with a note.
  await replicaFrame(page).evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.com/elsewhere';
    link.textContent = 'elsewhere';
    document.body.prepend(link);
  });
  await consoleFrame(page).getByRole('link', { name: 'elsewhere' }).click();
  await expect(page.getByRole('status')).toHaveText(t('practice.not-in-practice', { url: 'https://example.com/elsewhere' }));
  expect(page.url()).toBe(practiceUrl);
  expect(consoleRequests).toEqual([]);
});

test('opens from the popup, whose switch turns presenter mode on and off', async ({ page, context, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('[data-fold="trainers"] > summary').click(); // the popup's folded section
  const presenter = page.getByRole('switch', { name: t('practice.presenter-switch') });
  await presenter.check();
  const [practice] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: t('practice.open') }).click()]);
  await practice.setViewportSize(PROJECTOR);
  await expect(practice).toHaveURL(`chrome-extension://${extensionId}/practice.html`);
  await expect(callout(practice).locator('.step')).toHaveText(stepOf('register.type-select', 1), { timeout: 10_000 });
  await expect(practice.getByRole('switch', { name: t('practice.presenter-switch') })).toBeChecked();
  await presenter.uncheck();
  await expect(callout(practice)).toHaveCount(0);
  await expect(practice.getByRole('switch', { name: t('practice.presenter-switch') })).not.toBeChecked();
});
