/* global Event, InputEvent, performance -- these functions run in the page (page.evaluate, addInitScript) */
// What one page load, one idle window and one typing run cost, measured in Chromium through the
// DevTools protocol and in the page itself. The same code runs with and without the extension.
import { pageProbe } from './page-probe.mjs';

/** The replicas render 1.2 s after DOMContentLoaded; the benchmark lets them render after this (still late). */
export const REPLICA_DELAY_MS = 300;
const SETTLE_MS = 100;

function shortenReplicaDelay(ms) {
  // Registered before the replica runtime's own listener, so it runs first.
  document.addEventListener('DOMContentLoaded', () => {
    if (document.body && document.body.hasAttribute('data-replica-delay')) document.body.setAttribute('data-replica-delay', String(ms));
  });
}

/** Starts a timeline trace on the session; the returned function stops it and resolves to its events. */
export async function startTrace(cdp, categories) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories, excludedCategories: ['*'] } });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

export const EXTENSION_URL = /^chrome-extension:\/\//;

/** The guide's evaluation where a build's loader imports it (a module, traced without a URL, in the extension's isolated world). */
const isExtensionModule = (e) => e.name === 'v8.evaluateModule' && e.args?.worldId !== undefined && e.args.worldId !== 0;
const isExtensionCall = (e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && EXTENSION_URL.test(e.args?.data?.url ?? '');
/** The guide run: injected by the background (EvaluateScript of guide.js), or imported by an older build's loader (a module). */
const isGuideRun = (e) => isExtensionModule(e) || (e.name === 'EvaluateScript' && /\/guide\.js$/.test(e.args?.data?.url ?? ''));

/**
 * The extension's own script in a trace, with wall (dur) and main-thread CPU (tdur) time: its
 * top-level calls (listeners, observers, frames, timers), the evaluation of its scripts, and the
 * microtask checkpoints in which one of its functions ran. A checkpoint runs after a task, outside any
 * call: the guide starts and first reads the page in promise continuations there, which the calls
 * alone do not show (they were most of its work on the stress page). A checkpoint can also hold the
 * page's own microtasks; on the stress page those are about 1 ms (measured without the extension).
 */
export function extensionScript(events) {
  const calls = events.filter((e) => e.ph === 'X' && (isExtensionCall(e) || isExtensionModule(e)));
  const checkpoints = events.filter(
    (e) => e.ph === 'X' && e.name === 'RunMicrotasks' && calls.some((c) => c.tid === e.tid && c.ts >= e.ts && c.ts < e.ts + e.dur),
  );
  const own = [...calls, ...checkpoints].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const e of own) {
    const last = top[top.length - 1];
    if (last && last.tid === e.tid && e.ts < last.ts + last.dur) continue; // nested in the previous call
    top.push(e);
  }
  const ms = (us) => (us ?? 0) / 1000;
  const cpu = (e) => ms(e.tdur ?? e.dur);
  return {
    calls: top.length,
    cpuMs: top.reduce((total, e) => total + cpu(e), 0),
    /** Of which in microtask checkpoints. */
    microtaskCpuMs: top.filter((e) => e.name === 'RunMicrotasks').reduce((total, e) => total + cpu(e), 0),
    longestMs: Math.max(0, ...top.map((e) => ms(e.dur))),
    longestCpuMs: Math.max(0, ...top.map(cpu)),
    over50MsCpu: top.filter((e) => cpu(e) > 50).length,
    /** The guide run (0 where the loader found nothing for it to do). */
    guideRuns: events.filter((e) => e.ph === 'X' && isGuideRun(e)).length,
  };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** A tab ready to measure loads in: the page probe and the shorter replica delay on every navigation, a CDP session. */
async function measuredTab(context) {
  const page = await context.newPage();
  await page.addInitScript(pageProbe);
  await page.addInitScript(shortenReplicaDelay, REPLICA_DELAY_MS);
  const cdp = await context.newCDPSession(page);
  // Durations in main-thread CPU time (thread ticks), so other processes on the machine don't inflate them.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

/**
 * Opens `url` in a fresh tab, waits until the page has rendered (and, with the extension, until
 * it has evaluated it), lets it settle, and reads the timings and counters.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ url: string, lateRender: boolean, expectPage: string | null, withExtension: boolean, done?: string, settleMs?: number, keepOpen?: boolean }} target
 */
export async function measureLoad(context, target) {
  const { page, cdp } = await measuredTab(context);
  const result = await measureNavigation(page, cdp, target);
  if (target.keepOpen) return { ...result, page, cdp };
  await cdp.detach().catch(() => undefined);
  await page.close();
  return result;
}

/**
 * Loads `target` `count` times in one tab, as a user going from page to page does: the renderer
 * stays, with what it has compiled (a fresh tab per load, as measureLoad, is the first visit).
 */
export async function measureLoadsInOneTab(context, target, count) {
  const { page, cdp } = await measuredTab(context);
  const results = [];
  for (let i = 0; i < count; i++)
    results.push(await measureNavigation(page, cdp, { ...target, url: `${target.url}${target.url.includes('?') ? '&' : '?'}load=${i}` }));
  await cdp.detach().catch(() => undefined);
  await page.close();
  return results;
}

async function measureNavigation(page, cdp, target) {
  // v8.execute: the microtask checkpoints, and an older build's guide module evaluation (its loader
  // imported it), which devtools.timeline does not show.
  const stopTrace = target.trace ? await startTrace(cdp, ['devtools.timeline', 'v8.execute']) : null;
  await page.goto(target.url, { waitUntil: 'load' });
  const poll = { polling: 20, timeout: 15_000 };
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
      tipCount: document.querySelectorAll('[data-mpg-host="field-tip"]').length,
      stress: window.__stress ?? null,
    };
  });
  const counters = await metrics(cdp);
  const extension = stopTrace ? extensionScript(await stopTrace()) : null;
  // The heap after a full collection (only where asked: it takes a while on a busy machine).
  let heap = null;
  if (target.heap) {
    await cdp.send('HeapProfiler.collectGarbage');
    heap = (await metrics(cdp)).JSHeapUsedSize;
  }
  return {
    probe,
    // (For a fresh tab; over a tab's loads the renderer's counters may run on: only the trace is per load.)
    scriptMs: counters.ScriptDuration * 1000,
    taskMs: counters.TaskDuration * 1000,
    heapBytes: heap,
    nodes: counters.Nodes,
    listeners: counters.JSEventListeners,
    extension,
  };
}

/** Timer and animation-frame callbacks the renderer ran while tracing. */
const TIMER_EVENTS = new Set(['TimerFire', 'TimerInstall', 'FireAnimationFrame', 'RequestAnimationFrame', 'FireIdleCallback', 'RequestIdleCallback']);

/**
 * Leaves a settled page alone for `ms` and reports the work done meanwhile: script and task time
 * (DevTools Performance metrics), timers installed or fired and calls into the extension (a trace).
 */
export async function measureIdle(cdp, page, ms = 3000) {
  const stop = await startTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline']);
  const before = await metrics(cdp);
  await page.waitForTimeout(ms);
  const after = await metrics(cdp);
  const events = await stop();
  const timers = events.filter((e) => TIMER_EVENTS.has(e.name));
  return {
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    timers: timers.length,
    timerKinds: [...new Set(timers.map((e) => e.name))],
    extension: extensionScript(events),
  };
}

/**
 * Types `text` into the text field labelled `label` twice. First one input event per character,
 * dispatched from the page and timed around the dispatch (the extension's listeners run inside it,
 * so the time covers reading the fields, running the checks and updating the tips). Page-dispatched
 * events are untrusted, so there the checks that consult stored client data do not run (content/
 * features/values.ts): these wall times are of the format checks only. Then as a user types (real key
 * events, one task each, trusted), traced: each keystroke's call into the extension with its
 * main-thread CPU time, which other processes on the machine cannot inflate, and the tip's codes read
 * after each key (outside the traced calls) to show the checks, client data included, ran each time.
 * The field is left once first, as a user would, so checks run on every keystroke.
 */
export async function measureTyping(page, cdp, label, text) {
  const dispatched = await page.evaluate(
    ({ label, text }) => {
      const norm = (s) => s.replace(/[\s*：:]/g, '');
      const labelEl = Array.from(document.querySelectorAll('label')).find((l) => norm(l.textContent) === label);
      if (!labelEl) throw new Error(`no label ${label}`);
      let row = labelEl.parentElement;
      while (row && !row.querySelector('input[type=text], input:not([type])')) row = row.parentElement;
      const input = row.querySelector('input[type=text], input:not([type])');
      input.setAttribute('data-bench-typing', '');
      row.setAttribute('data-bench-row', '');
      input.focus();
      input.value = 'x';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.blur();
      input.focus();
      input.value = '';
      const times = [];
      for (const ch of text) {
        input.value += ch;
        const event = new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' });
        const start = performance.now();
        input.dispatchEvent(event);
        times.push(performance.now() - start);
      }
      input.value = '';
      return { times };
    },
    { label, text },
  );
  const input = page.locator('[data-bench-typing]');
  await input.focus();
  const stop = await startTrace(cdp, ['devtools.timeline']);
  const codes = [];
  const tip = page.locator('[data-bench-row] [data-mpg-host="field-tip"]');
  for (const ch of text) {
    await page.keyboard.type(ch);
    codes.push((await tip.count()) ? await tip.first().getAttribute('data-mpg-codes') : null);
  }
  const events = await stop();
  // The keystrokes' calls into the extension (its input listener), in order.
  const calls = events.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && EXTENSION_URL.test(e.args?.data?.url ?? '')).sort((a, b) => a.ts - b.ts);
  const typedOk = (await input.inputValue()) === text;
  return { ...dispatched, codes, cpuTimes: calls.map((e) => (e.tdur ?? e.dur) / 1000), typedOk };
}
