import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const entity = readFileSync('test/fixtures/pages/register-entity.overseas.current.html', 'utf8').match(/<template data-replica-step="entity">([\s\S]*?)<\/template>/)[1];
const menu = '<div><ul>' + Array.from({ length: 40 }, (_, i) => `<li><a href="#">菜单项${i}</a></li>`).join('') + '</ul></div>';
const notices = '<ul>' + Array.from({ length: 10 }, (_, i) => `<li><a href="#">公告标题${i}</a><span>2026-11-${10 + i}</span></li>`).join('') + '</ul>';
const rows = Array.from({ length: 5000 }, (_, i) => `<div class="weui-desktop-form__control-group"><label class="weui-desktop-form__label">字段${i}</label><div class="weui-desktop-form__controls"><input class="weui-desktop-form__input"><p class="weui-desktop-form__tips">说明${i}</p></div></div>`).join('');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, html] of Object.entries({ replica: `<body>${menu}${notices}<main>${entity}</main></body>`, stress: `<body>${menu}${notices}<main>${entity}${rows}</main></body>` })) {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.addScriptTag({ content: readFileSync('/tmp/i12c-bench/new2.js', 'utf8') });
  const r = await page.evaluate(() => {
    const { chromeTextNodes, forEachTextNode } = globalThis.bench2;
    const time = (f, n) => { const t = []; for (let k = 0; k < 15; k++) { const t0 = performance.now(); for (let i = 0; i < n; i++) f(); t.push((performance.now() - t0) / n); } t.sort((a, b) => a - b); return t[7]; };
    return { size: chromeTextNodes(document.body).size, chrome: time(() => chromeTextNodes(document.body), 20), walk: time(() => forEachTextNode(document.body, () => {}), 5) };
  });
  console.log(name, 'chromeTextNodes', r.chrome.toFixed(3), 'ms (', r.size, 'nodes); full text walk', r.walk.toFixed(3), 'ms');
  await page.close();
}
await browser.close();
