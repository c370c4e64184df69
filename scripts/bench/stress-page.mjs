/* global performance, requestAnimationFrame -- stressScript runs in the page */
// The stress page: a heavy console-like page served at https://mp.weixin.qq.com/__bench/stress.
// Like the real console (a script-rendered weui-desktop app) it arrives as an empty shell; after
// STRESS_DELAY_MS its script builds, node by node as a framework would, the information-registration
// step (register.entity: its markers and fields, from the replica's own template) among filler form
// rows, 5,000 rows and about 20,000 elements and text nodes in all. Then, like a live-updating console, it makes a burst of 1,000
// DOM mutations spread over 20 animation frames. The page records its own milestones in
// window.__stress (renderedAt, burstStart, burstEnd: performance.now()).
import { readFixture } from '../../test/support/serve.mjs';

export const STRESS_URL = 'https://mp.weixin.qq.com/__bench/stress';
export const STRESS_ROWS = 5_000;
export const STRESS_MUTATIONS = 1_000;
const STRESS_DELAY_MS = 500;

/** The entity step's template (markers, fields, dialogs), as the overseas replica ships it. */
function entityTemplate() {
  const html = readFixture('pages/register-entity.overseas.current.html');
  const match = html.match(/<template data-replica-step="entity">[\s\S]*?<\/template>/);
  if (!match) throw new Error('register-entity.overseas.current.html has no entity template');
  return match[0];
}

function stressHtml() {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>微信公众平台</title><link rel="stylesheet" href="/__replica/console.css"></head>
<body>
<header class="weui-desktop-head"><div class="weui-desktop-head__inner"><h1 class="weui-desktop-logo"><a href="https://mp.weixin.qq.com/">微信公众平台</a></h1></div></header>
<main class="weui-desktop-layout__main"><div id="app"></div></main>
${entityTemplate()}
<script src="/__bench/stress.js"></script>
</body>
</html>`;
}

// Runs in the page (plain script, no inline code). Kept free of closures over Node values.
function stressScript(rows, mutations, delay) {
  const state = (window.__stress = { renderedAt: null, burstStart: null, burstEnd: null, rows, mutations });
  const filler = [];

  function fillerRow(i) {
    const group = document.createElement('div');
    group.className = 'weui-desktop-form__control-group';
    const label = document.createElement('label');
    label.className = 'weui-desktop-form__label';
    label.textContent = '扩展资料第' + i + '项';
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'weui-desktop-form__input';
    group.append(label, input);
    filler.push(group);
    return group;
  }

  function section(count, start) {
    const panel = document.createElement('div');
    panel.className = 'weui-desktop-panel';
    const form = document.createElement('div');
    form.className = 'weui-desktop-form';
    for (let i = 0; i < count; i++) form.append(fillerRow(start + i));
    panel.append(form);
    return panel;
  }

  function render() {
    const app = document.getElementById('app');
    const step = document.importNode(document.querySelector('template[data-replica-step="entity"]').content, true);
    const form = step.querySelector('form');
    const groups = Array.from(form.querySelectorAll(':scope > .weui-desktop-form__control-group, :scope > .weui-desktop-panel__hd'));
    // The step's own rows among filler rows: a few between each of them in its form, and long
    // sections of rows before and after it (outside the <form>, whose input bookkeeping would
    // otherwise make the page's own rendering quadratic).
    let made = 0;
    for (const group of groups) {
      for (let k = 0; k < 10; k++) form.insertBefore(fillerRow(made++), group);
    }
    const rest = rows - groups.length - made;
    const before = Math.floor(rest / 2);
    app.append(section(before, made), step, section(rest - before, made + before));
    state.renderedAt = performance.now();
    setTimeout(burst, 300);
  }

  // 1,000 mutations over 20 frames: label texts change, hints appear and go, hints are hidden and shown.
  function burst() {
    state.burstStart = performance.now();
    const hints = [];
    let done = 0;
    const perFrame = mutations / 20;
    function frame() {
      for (let k = 0; k < perFrame && done < mutations; k++, done++) {
        const row = filler[(done * 7919) % filler.length];
        switch (done % 4) {
          case 0:
            row.firstChild.firstChild.data = '扩展资料第' + done + '项（已更新）';
            break;
          case 1: {
            const hint = document.createElement('p');
            hint.className = 'weui-desktop-form__tips';
            hint.textContent = '已自动保存 ' + done;
            row.append(hint);
            hints.push(hint);
            break;
          }
          case 2:
            if (hints.length) hints.shift().remove();
            break;
          default:
            row.hidden = !row.hidden;
        }
      }
      if (done < mutations) requestAnimationFrame(frame);
      else state.burstEnd = performance.now();
    }
    requestAnimationFrame(frame);
  }

  setTimeout(render, delay);
}

/**
 * Serves the stress page and its script on the console host. Registered after the replica routes,
 * so it takes precedence for /__bench/ URLs.
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function serveStressPage(context) {
  const html = stressHtml();
  const script = `(${stressScript.toString()})(${STRESS_ROWS}, ${STRESS_MUTATIONS}, ${STRESS_DELAY_MS});`;
  await context.route('https://mp.weixin.qq.com/__bench/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/__bench/stress') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (path === '/__bench/stress.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: script });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}
