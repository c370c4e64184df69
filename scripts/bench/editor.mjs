// What the extension costs on a console page it has nothing to do on (the article editor:
// editor-page.mjs), with and without it in the same run: CPU and heap added per load, and CPU per
// keystroke while 300 keys are typed into the article. `npm run bench -- --only=editor` runs it alone.
import { EDITOR_ELEMENTS, EDITOR_KEYSTROKES, EDITOR_URL } from './editor-page.mjs';
import { EXTENSION_URL, measureLoad, startTrace } from './measure.mjs';
import { median, quantile, round } from './stats.mjs';

const target = {
  name: 'editor',
  url: EDITOR_URL,
  lateRender: true,
  expectPage: null,
  done: () => window.__editor && window.__editor.renderedAt !== null,
  settleMs: 500,
};

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Types into the article as a user does (real key events, one task each), traced. */
async function typeIntoArticle(page, cdp) {
  await page.evaluate(() => {
    const article = document.querySelector('[contenteditable]');
    article.focus();
    const range = document.createRange();
    range.selectNodeContents(article.lastElementChild);
    range.collapse(false);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
  });
  const text = 'the quick brown fox jumps over the lazy dog '.repeat(10).slice(0, EDITOR_KEYSTROKES);
  const before = await metrics(cdp);
  const stop = await startTrace(cdp, ['devtools.timeline']);
  await page.keyboard.type(text);
  const events = await stop();
  const after = await metrics(cdp);
  const keydowns = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const calls = events.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && EXTENSION_URL.test(e.args?.data?.url ?? ''));
  // Each keystroke's share of the extension: its calls from that keydown to the next.
  const perKey = keydowns.map(() => 0);
  for (const call of calls) {
    let i = keydowns.length - 1;
    while (i > 0 && keydowns[i] > call.ts) i--;
    if (i >= 0) perKey[i] += (call.tdur ?? call.dur) / 1000;
  }
  return { keys: keydowns.length, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000, extensionCalls: calls.length, perKeyCpuMs: perKey };
}

/**
 * @param {Record<'with' | 'without', { context: import('@playwright/test').BrowserContext }>} modes
 */
export async function measureEditor(modes, { rounds = 5 } = {}) {
  const loads = [];
  for (let r = 0; r < rounds; r++) {
    const [without, withExtension] = await Promise.all(
      ['without', 'with'].map((mode) => measureLoad(modes[mode].context, { ...target, withExtension: mode === 'with', trace: mode === 'with', heap: true })),
    );
    loads.push({ without, with: withExtension });
  }
  const typing = {};
  for (const mode of ['without', 'with']) {
    const load = await measureLoad(modes[mode].context, { ...target, withExtension: mode === 'with', keepOpen: true });
    typing[mode] = await typeIntoArticle(load.page, load.cdp);
    typing[mode].elements = await load.page.evaluate(() => window.__editor.elements);
    await load.page.close();
  }
  return { loads, typing };
}

export function editorSummary({ loads, typing }) {
  const keys = Math.max(1, typing.with.keys);
  return {
    rounds: loads.length,
    elements: typing.without.elements,
    nodes: median(loads.map((l) => l.without.nodes)),
    // The extension's own script per load, from the trace (main-thread CPU: the precise figure).
    extensionCpuMsMedian: round(median(loads.map((l) => l.with.extension?.cpuMs ?? 0)), 2),
    extensionCpuMsMax: round(Math.max(...loads.map((l) => l.with.extension?.cpuMs ?? 0)), 2),
    extensionCalls: median(loads.map((l) => l.with.extension?.calls ?? 0)),
    // Script time with minus without (DevTools counters): includes compiling the loader, noisier.
    addedScriptMs: round(median(loads.map((l) => l.with.scriptMs - l.without.scriptMs)), 2),
    ownScriptMs: round(median(loads.map((l) => l.without.scriptMs)), 1),
    addedHeapKB: round(median(loads.map((l) => (l.with.heapBytes - l.without.heapBytes) / 1000)), 1),
    // The guide's evaluation in the traces (the loader sets data-mpg-ready as well, so that says nothing here).
    guideLoaded: loads.some((l) => (l.with.extension?.guideRuns ?? 0) > 0),
    typing: {
      keys: typing.with.keys,
      extensionCalls: typing.with.extensionCalls,
      cpuP50Ms: round(quantile(typing.with.perKeyCpuMs, 0.5), 3),
      cpuP99Ms: round(quantile(typing.with.perKeyCpuMs, 0.99), 3),
      cpuMaxMs: round(Math.max(0, ...typing.with.perKeyCpuMs), 3),
      // Whole-page script per keystroke, with and without (counters: the page's own handlers too).
      scriptPerKeyMs: { with: round(typing.with.scriptMs / keys, 3), without: round(typing.without.scriptMs / Math.max(1, typing.without.keys), 3) },
    },
  };
}

export const EDITOR_SETUP = { elements: EDITOR_ELEMENTS, keystrokes: EDITOR_KEYSTROKES, url: EDITOR_URL };

/** The editor's budgets (docs/performance.md). */
export function editorVerdicts(e, b) {
  return [
    {
      name: "editor page: CPU added per load (extension's own, median)",
      target: `≤ ${b.editorLoadCpuMs} ms`,
      value: `${e.extensionCpuMsMedian} ms`,
      met: e.extensionCpuMsMedian <= b.editorLoadCpuMs,
    },
    {
      name: 'editor page: CPU per keystroke, p99',
      target: `≤ ${b.editorKeystrokeP99Ms} ms`,
      value: `${e.typing.cpuP99Ms} ms`,
      met: e.typing.cpuP99Ms <= b.editorKeystrokeP99Ms,
    },
    { name: 'editor page: JS heap added (median)', target: `≤ ${b.editorHeapKB} kB`, value: `${e.addedHeapKB} kB`, met: e.addedHeapKB <= b.editorHeapKB },
    { name: 'editor page: guide not loaded', target: 'not loaded', value: e.guideLoaded ? 'loaded' : 'not loaded', met: !e.guideLoaded },
  ];
}

export function editorRows(e) {
  return [
    [
      `Editor page (${e.elements} elements, contenteditable): extension's CPU per load, median / worst · script added (page's own)`,
      `**${e.extensionCpuMsMedian} ms** / ${e.extensionCpuMsMax} ms · ${e.addedScriptMs} ms (${e.ownScriptMs} ms)`,
    ],
    ['Editor page: JS heap added (median)', `**${e.addedHeapKB} kB**`],
    [
      `Editor page, ${e.typing.keys} keystrokes: extension's CPU per key p50 / p99 / max · calls · page script per key with / without`,
      `${e.typing.cpuP50Ms} / **${e.typing.cpuP99Ms} ms** / ${e.typing.cpuMaxMs} ms · ${e.typing.extensionCalls} · ${e.typing.scriptPerKeyMs.with} / ${e.typing.scriptPerKeyMs.without} ms`,
    ],
  ];
}
