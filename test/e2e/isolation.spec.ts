import type { Page } from '@playwright/test';
import { replicaByName } from '../../replicas/replicas.mjs';
import { openExtensionPage, sendMessage } from './extension';
import { expect, inlineFrame, launchTestConsole, test } from './fixtures';

// The console's own scripts, styles and form submission behave exactly as without the extension.
// The replica variant runs a page script (replicas/replica/isolation-probe.js) that records
// every event its listeners get and every submit; the same user session runs in a browser without
// the extension and in one with it, and both must agree. Guards the overlay's shadow roots, its
// passive listeners and event containment, and that checks never touch a value or a submit.

const replica = replicaByName('register.entity/overseas/current/isolation');
const REGISTERED = 'ACME TRADING (HONG KONG) LIMITED';
const TYPED_COMPANY = 'Acme Trading (HK) Ltd';
/** Wide enough that the guide panel (fixed, at the right) covers none of the form. */
const viewport = { width: 1600, height: 1100 };
/**
 * The cascade's results, not the layout's: rows that get a tip are taller by the tip, which is the
 * point of the extension. The page's own controls must keep their size, though (CONTROL_SIZES).
 */
const STYLE_PROPERTIES = [
  'display',
  'visibility',
  'position',
  'top',
  'left',
  'float',
  'box-sizing',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-bottom-color',
  'border-radius',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-align',
  'opacity',
  'z-index',
  'cursor',
  'pointer-events',
  'outline-style',
  'transform',
];

interface Probe {
  events: { type: string; phase: string; target: string; key?: string; inputType?: string; trusted: boolean; prevented: boolean }[];
  submits: { values: (string | boolean)[] }[];
}

const row = (page: Page, label: string) => page.locator('.weui-desktop-form__control-group', { hasText: label });

/** Computed styles of the page's own form elements (our tip hosts left out), and its controls' sizes. */
function formStyles(page: Page) {
  return page.evaluate((properties) => {
    const elements = Array.from(document.querySelectorAll('form, form *')).filter((el) => !el.closest('[data-mpg-host]'));
    return elements.map((el) => {
      const style = getComputedStyle(el);
      const own = properties.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
      const size = el.matches('input, select, textarea, button, label') ? ` size:${style.width}x${style.height}` : '';
      return `${el.tagName.toLowerCase()}.${el.className} ${own}${size}`;
    });
  }, STYLE_PROPERTIES);
}

/** One user's session on the page; the same steps with and without the extension. */
async function session(withExtension: boolean) {
  const launched = await launchTestConsole({ withExtension, viewport });
  try {
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (withExtension) {
      const options = await openExtensionPage(launched.context, launched.extensionId!, 'options.html');
      expect(await sendMessage(options, { type: 'profiles.save', profile: { label: 'Acme HK', companyName: REGISTERED, countryRegion: 'HK' } })).toMatchObject({
        ok: true,
      });
      await options.close();
    }
    await page.goto(replica.url);
    await expect(row(page, '企业名称').locator('input')).toBeVisible({ timeout: 10_000 });
    if (withExtension) {
      await expect(page.locator('xpath=/html')).toHaveAttribute('data-mpg-page', 'register.entity');
      await expect(page.locator('[data-mpg-field]')).not.toHaveCount(0);
    }
    const stylesBefore = await formStyles(page);

    const company = row(page, '企业名称').locator('input');
    await company.click();
    await page.keyboard.type(TYPED_COMPANY);
    const adminName = row(page, '管理员身份证姓名').locator('input');
    await adminName.click();
    await page.keyboard.type('Chan Tai Man');
    await row(page, '企业类型').locator('.weui-desktop-form__check-content', { hasText: '个体工商户' }).click();
    await row(page, '管理员身份证号码').locator('input').click();
    await page.keyboard.type('A1234567');
    await page.keyboard.press('Backspace');

    let checked: { status: string | null; fillOffered: boolean } | null = null;
    if (withExtension) {
      // The company name check reports an error and offers the registered name, and changes nothing by itself.
      const companyTip = page.locator('[data-mpg-field="company-name"]');
      await expect(companyTip).toHaveAttribute('data-mpg-status', 'error');
      // The verdict and its fill button live in the tip's inline frame (docs/privacy.md).
      await expect(inlineFrame(page, 'company-name').locator('button.fill')).toHaveCount(1);
      checked = {
        status: await companyTip.getAttribute('data-mpg-status'),
        fillOffered: (await inlineFrame(page, 'company-name').locator('button.fill').count()) === 1,
      };
      await page.waitForTimeout(300); // a few more debounced evaluations, in case any would touch a value
    }
    const valuesBeforeSubmit = await page.locator('form input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // Submit while the checks say the company name is wrong: the page's handler must still get it.
    await page.getByRole('button', { name: '继续' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.submits.length)).toBe(1);

    const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
    // Tips that grew after the click move the page under a still mouse: measure without :hover.
    await page.mouse.move(0, 0);
    const stylesAfter = await formStyles(page);
    let filled: string | null = null;
    if (withExtension) {
      // Only a click on "fill" changes the value.
      // force: after the submit Playwright never finds the frame's button 'stable' here (under investigation,
      // see the closing note of issue 19); the click is still a real one and the frame's own drawn-as-made check applies.
      // The frame refuses a click while it has just moved (issue 19: no clickjacking), and the tips grow
      // after the submit: on a busy machine the first click can come too early, and the user clicks again.
      // The frame asks the content script to fill: the value changes a message later, not at the click.
      await expect(async () => {
        await inlineFrame(page, 'company-name').locator('button.fill').click({ force: true });
        await expect(company).not.toHaveValue(TYPED_COMPANY, { timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      filled = await company.inputValue();
    }
    return { stylesBefore, stylesAfter, probe, valuesBeforeSubmit, checked, filled, pageErrors };
  } finally {
    await launched.context.close();
  }
}

test('the page gets the same events, styles and submits with the extension as without it', async () => {
  test.setTimeout(120_000);
  const without = await session(false);
  const withIt = await session(true);

  // The probe saw the session at all (a test that cannot fail would not be worth much).
  expect(without.probe.events.filter((e) => e.type === 'keydown').length).toBeGreaterThan(20);
  expect(without.probe.submits).toHaveLength(1);

  expect(withIt.stylesBefore).toEqual(without.stylesBefore);
  expect(withIt.stylesAfter).toEqual(without.stylesAfter);
  expect(withIt.probe.events).toEqual(without.probe.events);
  expect(withIt.probe.submits).toEqual(without.probe.submits);
  expect(withIt.valuesBeforeSubmit).toEqual(without.valuesBeforeSubmit);
  expect(withIt.valuesBeforeSubmit).toContain(TYPED_COMPANY);
  expect(withIt.pageErrors).toEqual([]);

  expect(withIt.checked).toEqual({ status: 'error', fillOffered: true });
  expect(withIt.filled).toBe(REGISTERED);
});
