// Part of `npm run demo -- --headless`: the extension's own pages as agency staff see them, and the
// screenshots the stores ask for (1280×800, Chrome Web Store and addons.mozilla.org alike).
// Everything goes through the UI (the options page's form, the replica console's buttons), as a user would.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { replicaByName } from '../replicas/replicas.mjs';
import { openSidePanel, shootWithSidePanel } from './demo-side-panel.mjs';

/** The stores' screenshot size: Chrome Web Store takes 1280×800 or 640×400, addons.mozilla.org any, 1280×800 recommended. */
export const STORE_SIZE = { width: 1280, height: 800 };

/** Fictional clients (the practice console's samples). */
const CLIENTS = [
  {
    label: 'Jade Ridge Trading',
    company: '翠嶺貿易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED',
    number: '3198264',
    country: 'HK',
    email: 'wechat@jaderidge-trading.example',
  },
  { label: '青禾示例贸易', company: '上海青禾示例贸易有限公司', number: '91310115MA7QH5E2X8', country: 'CN' },
];

async function addClients(page, extensionId) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const client of CLIENTS) {
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByLabel('Client label', { exact: true }).fill(client.label);
    await page.getByLabel('Registered company name', { exact: true }).fill(client.company);
    await page.getByLabel('Registration number', { exact: true }).fill(client.number);
    await page.getByLabel('Country/region', { exact: true }).selectOption(client.country);
    if (client.email) await page.getByLabel('Official Account login email', { exact: true }).fill(client.email);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: client.label }).waitFor();
  }
}

const pageIdIs = (page, id) => page.waitForSelector(`:root[data-mpg-page="${id}"]`, { timeout: 10_000 });

/** The first client through registration on the replica console: the popup then has steps done and deadlines. */
async function register(page) {
  await page.goto(replicaByName('register.account/current').url);
  await pageIdIs(page, 'register.account');
  await page.getByRole('button', { name: '注册' }).click();
  await pageIdIs(page, 'register.activate');
  await page.goto(replicaByName('register.entity/overseas/current').url);
  await pageIdIs(page, 'register.entity');
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByText('信息提交成功').waitFor();
  await page.goto(replicaByName('home.guide/current').url);
  await pageIdIs(page, 'home.guide');
}

/** A console page with the guide, then the popup drawn over its top-right corner as the browser shows it. */
async function consoleWithPopup(context, consolePng, popupPng, file) {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  const img = (png) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(`<body style="margin:0;position:relative;overflow:hidden">
    <img src="${img(consolePng)}" style="display:block">
    <img src="${img(popupPng)}" style="position:absolute;top:8px;right:16px;max-height:784px;border:1px solid #8c959f;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.3)">
  </body>`);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path: file });
  await page.close();
}

/**
 * Writes popup.png and options.png (README) and store/*.png (docs/store/) into outDir.
 * Returns the number of failures.
 */
export async function extensionPageScreenshots(context, extensionId, outDir) {
  const storeDir = join(outDir, 'store');
  mkdirSync(storeDir, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  const shots = [];
  const shot = async (target, file, options = {}) => {
    await target.screenshot({ path: file, ...options });
    shots.push(file);
    console.log(`✔ ${file}`);
  };

  await addClients(page, extensionId);
  await page.getByRole('button', { name: 'Edit' }).first().click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, join(outDir, 'options.png'), { fullPage: false });
  await shot(page, join(storeDir, '3-options-1280x800.png'));
  await page.getByRole('button', { name: 'Cancel' }).click();

  await register(page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('.now-title').waitFor();
  await popup.waitForTimeout(200);
  const popupFile = join(outDir, 'popup.png');
  await shot(popup, popupFile, { fullPage: true });

  // Store: the guide on information registration, with a company name checked against the client.
  await page.goto(replicaByName('register.entity/overseas/current').url);
  await pageIdIs(page, 'register.entity');
  await page.waitForSelector('[data-mpg-host="panel-handle"]');
  const side = await openSidePanel(context, extensionId, page);
  const name = page.locator('[data-mpg-field="company-name"]').locator('xpath=ancestor::*[.//input][1]').locator('input').first();
  await name.fill('翠岭贸易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED');
  await name.blur();
  await page.locator('[data-mpg-field="company-name"][data-mpg-status="error"]').waitFor();
  await name.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  const guideFile = join(storeDir, '1-guide-1280x800.png');
  await shootWithSidePanel(context, page, side, guideFile, STORE_SIZE);
  shots.push(guideFile);
  console.log(`✔ ${guideFile}`);
  await side.close();
  const consolePng = await page.screenshot();
  const popupPng = await popup.locator('.popup').screenshot(); // the popup's own box, as the browser sizes it
  const withPopup = join(storeDir, '2-progress-1280x800.png');
  await consoleWithPopup(context, consolePng, popupPng, withPopup);
  shots.push(withPopup);
  console.log(`✔ ${withPopup}`);
  await popup.close();
  await page.close();
  return shots;
}
