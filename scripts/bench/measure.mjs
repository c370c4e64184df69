/* global Event, InputEvent, performance -- these functions run in the page (page.evaluate, addInitScript) */
// What one page load, one idle window and one typing run cost, measured in Chromium through the
// DevTools protocol and in the page itself. The same code runs with and without the extension.
import { pageProbe } from './page-probe.mjs';

/** The replicas render 1.2 s after DOMContentLoaded; the benchmark lets them render after this (still late). */
export const REPLICA_DELAY_MS = 400;
const SETTLE_MS = 250;

function shortenReplicaDelay(ms) {
  // Registered before the replica runtime's own listener, so it runs first.
  document.addEventListener('DOMContentLoaded', () => {
    if (document.body && document.body.hasAttribute('data-replica-delay')) document.body.setAttribute('data-replica-delay', String(ms));
  });
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Opens `url` in a fresh tab, waits until the page has rendered (and, with the extension, until
 * it has evaluated it), lets it settle, and reads the timings and counters.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ url: string, lateRender: boolean, expectPage: string | null, withExtension: boolean, done?: string, settleMs?: number, keepOpen?: boolean }} target
 */
export async function measureLoad(context, target) {
  const page = await context.newPage();
  await page.addInitScript(pageProbe);
  await page.addInitScript(shortenReplicaDelay, REPLICA_DELAY_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(target.url, { waitUntil: 'load' });
  const poll = { polling: 50, timeout: 15_000 };
  if (target.lateRender) await page.waitForFunction(() => window.__probe && window.__probe.renderedAt !== null, null, poll);
  if (target.done) await page.waitForFunction(target.done, null, poll);
  if (target.withExtension && target.expectPage) {
    await page.waitForFunction((id) => document.documentElement.getAttribute('data-mpg-page') === id, target.expectPage, poll);
  }
  await page.waitForTimeout(target.settleMs ?? SETTLE_MS);
  const probe = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      ...window.__probe,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      pageId: document.documentElement.getAttribute('data-mpg-page'),
      tipCount: document.getElementsByTagName('mpg-field-tip').length,
      stress: window.__stress ?? null,
    };
  });
  const counters = await metrics(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await metrics(cdp)).JSHeapUsedSize;
  const result = {
    probe,
    scriptMs: counters.ScriptDuration * 1000,
    taskMs: counters.TaskDuration * 1000,
    heapBytes: heap,
    nodes: counters.Nodes,
    listeners: counters.JSEventListeners,
  };
  if (target.keepOpen) return { ...result, page, cdp };
  await cdp.detach().catch(() => undefined);
  await page.close();
  return result;
}

/** Timer and animation-frame callbacks the renderer ran while tracing. */
const TIMER_EVENTS = new Set(['TimerFire', 'TimerInstall', 'FireAnimationFrame', 'RequestAnimationFrame', 'FireIdleCallback', 'RequestIdleCallback']);

/**
 * Leaves a settled page alone for `ms` and reports the work done meanwhile: script and task time
 * (DevTools Performance metrics) and timers installed or fired (a timeline trace).
 */
export async function measureIdle(cdp, page, ms = 3000) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'], excludedCategories: ['*'] },
  });
  const before = await metrics(cdp);
  await page.waitForTimeout(ms);
  const after = await metrics(cdp);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  const timers = events.filter((e) => TIMER_EVENTS.has(e.name));
  return {
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    timers: timers.length,
    timerKinds: [...new Set(timers.map((e) => e.name))],
  };
}

/**
 * Types `text` into the text field labelled `label`, one character per input event dispatched from
 * the page, and times each dispatch: the extension's listeners run synchronously inside it, so the
 * time covers reading the fields, running the checks and updating the tips. The field is left once
 * first, as a user would, so checks run on every keystroke. Also returns the tip's codes after each
 * keystroke (read outside the timed part), which shows the checks really ran each time.
 */
export async function measureTyping(page, label, text) {
  return page.evaluate(
    ({ label, text }) => {
      const norm = (s) => s.replace(/[\s*：:]/g, '');
      const labelEl = Array.from(document.querySelectorAll('label')).find((l) => norm(l.textContent) === label);
      if (!labelEl) throw new Error(`no label ${label}`);
      let row = labelEl.parentElement;
      while (row && !row.querySelector('input[type=text], input:not([type])')) row = row.parentElement;
      const input = row.querySelector('input[type=text], input:not([type])');
      input.focus();
      input.value = 'x';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.blur();
      input.focus();
      input.value = '';
      const times = [];
      const codes = [];
      const tip = () => row.querySelector('mpg-field-tip');
      for (const ch of text) {
        input.value += ch;
        const event = new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' });
        const start = performance.now();
        input.dispatchEvent(event);
        times.push(performance.now() - start);
        codes.push(tip() ? tip().getAttribute('data-mpg-codes') : null);
      }
      input.blur();
      return { times, codes };
    },
    { label, text },
  );
}
