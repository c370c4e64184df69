// Turns the raw measurements into the results file, the budget verdicts and the printed table.
import { editorRows, editorVerdicts } from './editor.mjs';
import { median, quantile, round, sum } from './stats.mjs';

const kB = (bytes) => round(bytes / 1000, 1);

/** Fields rendered (or, for server-rendered pages, DOMContentLoaded) → page id set and tips attached. */
function readyMs(probe, lateRender) {
  if (probe.pageAt === null || probe.pageAt === undefined) return null;
  const start = lateRender ? probe.renderedAt : probe.domContentLoaded;
  if (start === null || start === undefined) return null;
  return Math.max(probe.pageAt, probe.tipsAt ?? probe.pageAt) - start;
}
function panelMs(probe, lateRender) {
  const start = lateRender ? probe.renderedAt : probe.domContentLoaded;
  return probe.panelAt == null || start == null ? null : probe.panelAt - start;
}
const longTasks = (load) => load.probe.longTasks?.length ?? 0;

/** The extension's own calls, from the traced loads with it (trace events, main-thread CPU time). */
function extensionCalls(withLoads) {
  const traced = withLoads.map((l) => l.extension).filter(Boolean);
  return {
    tracedLoads: traced.length,
    cpuMsMedian: round(median(traced.map((e) => e.cpuMs))),
    cpuMsMax: round(Math.max(0, ...traced.map((e) => e.cpuMs))),
    /** Of the median load's CPU, the part in microtask checkpoints (measure.mjs). */
    microtaskCpuMsMedian: round(median(traced.map((e) => e.microtaskCpuMs ?? 0))),
    longestCallCpuMs: round(Math.max(0, ...traced.map((e) => e.longestCpuMs))),
    longestCallWallMs: round(Math.max(0, ...traced.map((e) => e.longestMs))),
    callsOver50MsCpu: sum(traced.map((e) => e.over50MsCpu)),
  };
}
const longest = (loads) => Math.max(0, ...loads.flatMap((l) => (l.probe.longTasks ?? []).map((t) => t.duration)));

function replicaSummary(loads) {
  const byName = new Map();
  for (const load of loads) byName.set(load.name, [...(byName.get(load.name) ?? []), load]);
  const pages = [...byName.entries()].map(([name, runs]) => {
    const late = runs[0].render === 'current';
    return {
      name,
      render: runs[0].render,
      page: runs[0].page,
      readyMs: runs[0].page ? round(median(runs.map((r) => readyMs(r.with.probe, late)))) : null,
      panelMs: runs[0].page ? round(median(runs.map((r) => panelMs(r.with.probe, late)))) : null,
      armedBeforeRender: late ? runs.every((r) => r.with.probe.armedAt !== null && r.with.probe.armedAt < r.with.probe.renderedAt) : null,
      recognised: runs.every((r) => r.with.probe.pageId === r.page),
      // A page that replaces the probe's globals (the isolation replica) is measured without it.
      probed: runs.every((r) => r.with.probe.longTasks !== undefined && r.without.probe.longTasks !== undefined),
      addedScriptMs: round(median(runs.map((r) => r.with.scriptMs - r.without.scriptMs))),
      ownScriptMs: round(median(runs.map((r) => r.without.scriptMs))),
      addedHeapKB: kB(median(runs.filter((r) => r.with.heapBytes !== null && r.without.heapBytes !== null).map((r) => r.with.heapBytes - r.without.heapBytes))),
      longTasks: { with: sum(runs.map((r) => longTasks(r.with))), without: sum(runs.map((r) => longTasks(r.without))) },
    };
  });
  const lateReady = pages.filter((p) => p.render === 'current' && p.readyMs !== null).map((p) => p.readyMs);
  const servedReady = pages.filter((p) => p.render !== 'current' && p.readyMs !== null).map((p) => p.readyMs);
  return {
    pages,
    lateRendered: { count: lateReady.length, readyMedianMs: round(median(lateReady)), readyMaxMs: round(Math.max(...lateReady)) },
    serverRendered: { count: servedReady.length, readyMedianMs: round(median(servedReady)), readyMaxMs: round(Math.max(...servedReady)) },
    armedBeforeRender: pages.filter((p) => p.armedBeforeRender !== null).every((p) => p.armedBeforeRender),
    extension: extensionCalls(loads.map((l) => l.with)),
    allRecognised: pages.every((p) => p.recognised),
    unprobed: pages.filter((p) => !p.probed).map((p) => p.name),
    addedScriptMsMedian: round(median(pages.map((p) => p.addedScriptMs))),
    ownScriptMsMedian: round(median(pages.map((p) => p.ownScriptMs))),
    addedHeapKBMedian: round(median(pages.map((p) => p.addedHeapKB))),
    longTasks: {
      with: sum(pages.map((p) => p.longTasks.with)),
      without: sum(pages.map((p) => p.longTasks.without)),
      longestWithMs: round(longest(loads.map((l) => l.with))),
      longestWithoutMs: round(longest(loads.map((l) => l.without))),
    },
  };
}

/** The stress page loaded again in one tab (measureLoadsInOneTab): the guide's own cost on a user's next page. */
function sameTabSummary(loads) {
  if (!loads?.length) return null;
  const extension = extensionCalls(loads);
  return { loads: loads.length, readyMedianMs: round(median(loads.map((l) => readyMs(l.probe, true)))), extension };
}
const sameTabRow = (t) => [
  "Stress page, loaded again in the same tab: ready after render · extension's own script, CPU (median; of it in microtasks)",
  `${t.readyMedianMs} ms · ${t.extension.cpuMsMedian} ms (${t.extension.microtaskCpuMsMedian} ms)`,
];

export function stressSummary(loads) {
  const own = median(loads.map((l) => l.without.scriptMs));
  const added = median(loads.map((l) => l.with.scriptMs - l.without.scriptMs));
  return {
    rounds: loads.length,
    nodes: median(loads.map((l) => l.without.nodes)),
    readyMedianMs: round(median(loads.map((l) => readyMs(l.with.probe, true)))),
    readyMaxMs: round(Math.max(...loads.map((l) => readyMs(l.with.probe, true)))),
    panelMedianMs: round(median(loads.map((l) => panelMs(l.with.probe, true)))),
    extension: extensionCalls(loads.map((l) => l.with)),
    recognisedAfterBurst: loads.every((l) => l.with.probe.pageId === 'register.entity' && l.with.probe.tipCount >= 7),
    ownScriptMs: round(own),
    addedScriptMs: round(added),
    addedScriptShare: round(added / own, 3),
    ownTaskMs: round(median(loads.map((l) => l.without.taskMs))),
    addedTaskMs: round(median(loads.map((l) => l.with.taskMs - l.without.taskMs))),
    addedHeapKB: kB(median(loads.map((l) => l.with.heapBytes - l.without.heapBytes))),
    longTasks: {
      with: sum(loads.map((l) => longTasks(l.with))),
      without: sum(loads.map((l) => longTasks(l.without))),
      longestWithMs: round(longest(loads.map((l) => l.with))),
      longestWithoutMs: round(longest(loads.map((l) => l.without))),
    },
  };
}

function typingSummary(runs) {
  return runs.map((run) => {
    const verified =
      run.with.codes.every((c) => c !== null) &&
      (run.exactAt === null || (run.with.codes[run.exactAt] === '' && run.with.codes.some((c, i) => i !== run.exactAt && c !== '')));
    return {
      name: run.name,
      chars: run.chars,
      with: {
        p50Ms: round(quantile(run.with.times, 0.5), 2),
        p99Ms: round(quantile(run.with.times, 0.99), 2),
        maxMs: round(Math.max(...run.with.times), 2),
        // The extension's calls during the run (listeners for input, focus and blur), CPU time.
        calls: run.with.cpuTimes.length,
        cpuP50Ms: round(quantile(run.with.cpuTimes, 0.5), 2),
        cpuP99Ms: round(quantile(run.with.cpuTimes, 0.99), 2),
      },
      without: { p50Ms: round(quantile(run.without.times, 0.5), 2), p99Ms: round(quantile(run.without.times, 0.99), 2) },
      checksRanEveryKeystroke: verified,
    };
  });
}

export function summarise({ sizes, loads, stressSameTab, idle, typing, overview, editor, budgets: b, machine, durationS, setup, date }) {
  const replicas = replicaSummary(loads.replicas);
  const stress = stressSummary(loads.stress);
  const keys = typingSummary(typing);
  const idleSummary = {
    with: { scriptMs: round(idle.with.scriptMs, 2), taskMs: round(idle.with.taskMs, 2), timers: idle.with.timers, timerKinds: idle.with.timerKinds },
    without: {
      scriptMs: round(idle.without.scriptMs, 2),
      taskMs: round(idle.without.taskMs, 2),
      timers: idle.without.timers,
      timerKinds: idle.without.timerKinds,
    },
  };
  const worstP99 = Math.max(...keys.map((k) => k.with.cpuP99Ms));
  const extensionLong = replicas.extension.callsOver50MsCpu + stress.extension.callsOver50MsCpu;
  const verdicts = [
    {
      name: 'content script gzipped',
      target: `≤ ${kB(b.contentGzipBytes)} kB`,
      value: `${kB(sizes.content.gzip)} kB`,
      met: sizes.content.gzip <= b.contentGzipBytes,
    },
    {
      name: 'ready after render, replica pages (median)',
      target: `≤ ${b.readyMsReplica} ms`,
      value: `${replicas.lateRendered.readyMedianMs} ms`,
      met: replicas.lateRendered.readyMedianMs <= b.readyMsReplica,
    },
    {
      name: 'ready after render, stress page (median)',
      target: `≤ ${b.readyMsStress} ms`,
      value: `${stress.readyMedianMs} ms`,
      met: stress.readyMedianMs <= b.readyMsStress,
    },
    {
      name: 'keystroke checks p99, CPU (worst field)',
      target: `< ${b.keystrokeP99Ms} ms`,
      value: `${worstP99} ms`,
      met: worstP99 < b.keystrokeP99Ms && keys.every((k) => k.checksRanEveryKeystroke),
    },
    {
      name: 'added script time, stress page',
      target: `< ${b.addedScriptShareStress * 100}% of the page's own`,
      value: `${round(stress.addedScriptShare * 100, 1)}%`,
      met: stress.addedScriptShare < b.addedScriptShareStress,
    },
    {
      name: 'long tasks from the extension (its calls over 50 ms CPU)',
      target: `${b.addedLongTasks}`,
      value: `${extensionLong} (longest ${Math.max(replicas.extension.longestCallCpuMs, stress.extension.longestCallCpuMs)} ms)`,
      met: extensionLong <= b.addedLongTasks,
    },
    {
      name: 'work while idle (3 s)',
      target: 'no timers, no script',
      value: `${idle.with.timers - idle.without.timers} timers, ${round(idle.with.scriptMs - idle.without.scriptMs, 2)} ms script`,
      met: idle.with.timers - idle.without.timers <= b.idleAddedTimers && idle.with.scriptMs - idle.without.scriptMs <= 0.5,
    },
  ];
  verdicts.unshift(loaderVerdict(sizes, b));
  if (editor) verdicts.push(...editorVerdicts(editor, b));
  if (overview) {
    verdicts.push({
      name: `agency overview, ${overview.clients} clients: first rows on screen (CPU)`,
      target: `< ${b.overviewRenderMs} ms`,
      value: `${overview.cpuMedianMs} ms`,
      met: overview.cpuMedianMs !== null && overview.cpuMedianMs < b.overviewRenderMs,
    });
  }
  const sizeRow = (s) => ({ rawKB: kB(s.raw), gzipKB: kB(s.gzip), files: s.files });
  return {
    date,
    machine,
    durationS: round(durationS, 0),
    setup,
    sizes: {
      loader: sizeRow(sizes.loader),
      content: sizeRow(sizes.content),
      background: sizeRow(sizes.background),
      popup: sizeRow(sizes.popup),
      options: sizeRow(sizes.options),
    },
    replicas,
    stress,
    stressSameTab: sameTabSummary(stressSameTab),
    idle: idleSummary,
    typing: keys,
    overview: overview ?? null,
    editor: editor ?? null,
    budgets: verdicts,
  };
}

export function markdownTable(r) {
  const rows = [
    ['Loader on every console page (raw / gzip)', `${r.sizes.loader.rawKB} kB / **${r.sizes.loader.gzipKB} kB**`],
    ['Content script on a flow page: loader and guide (raw / gzip)', `${r.sizes.content.rawKB} kB / **${r.sizes.content.gzipKB} kB**`],
    ['Background · popup · options (gzip)', `${r.sizes.background.gzipKB} · ${r.sizes.popup.gzipKB} · ${r.sizes.options.gzipKB} kB`],
    [
      `Ready after late render, ${r.replicas.lateRendered.count} replica pages (median / worst page)`,
      `**${r.replicas.lateRendered.readyMedianMs} ms** / ${r.replicas.lateRendered.readyMaxMs} ms`,
    ],
    [
      `Ready after DOMContentLoaded, ${r.replicas.serverRendered.count} server-rendered pages (median / worst)`,
      `${r.replicas.serverRendered.readyMedianMs} ms / ${r.replicas.serverRendered.readyMaxMs} ms`,
    ],
    ["Script time added per replica page (median; page's own)", `${r.replicas.addedScriptMsMedian} ms (${r.replicas.ownScriptMsMedian} ms)`],
    ['JS heap added per replica page (median)', `${r.replicas.addedHeapKBMedian} kB`],
    [
      `Stress page (${r.stress.nodes} nodes, ${r.setup.stressMutations} mutations): ready after render (median / worst)`,
      `**${r.stress.readyMedianMs} ms** / ${r.stress.readyMaxMs} ms`,
    ],
    [
      "Stress page: script time added (page's own)",
      `**${r.stress.addedScriptMs} ms = ${round(r.stress.addedScriptShare * 100, 1)}%** (${r.stress.ownScriptMs} ms)`,
    ],
    ['Stress page: JS heap added', `${r.stress.addedHeapKB} kB`],
    ...(r.stressSameTab ? [sameTabRow(r.stressSameTab)] : []),
    [
      "Extension's own script per load, CPU, microtasks included (replica median · stress median)",
      `${r.replicas.extension.cpuMsMedian} ms · ${r.stress.extension.cpuMsMedian} ms`,
    ],
    [
      "Extension's longest single call, CPU / wall (all traced loads)",
      `${Math.max(r.replicas.extension.longestCallCpuMs, r.stress.extension.longestCallCpuMs)} ms / ${Math.max(r.replicas.extension.longestCallWallMs, r.stress.extension.longestCallWallMs)} ms`,
    ],
    [
      'Long tasks > 50 ms seen by the page, with / without (all loads)',
      `${r.replicas.longTasks.with + r.stress.longTasks.with} / ${r.replicas.longTasks.without + r.stress.longTasks.without}`,
    ],
    ...r.typing.map((t) => [
      `Keystroke, ${t.name}: CPU p50 / p99 · wall p50 / p99 (without)`,
      `${t.with.cpuP50Ms} / **${t.with.cpuP99Ms} ms** · ${t.with.p50Ms} / ${t.with.p99Ms} ms (${t.without.p50Ms} / ${t.without.p99Ms})`,
    ]),
    [
      'Idle 3 s: script ms, timers — with / without',
      `${r.idle.with.scriptMs} ms, ${r.idle.with.timers} / ${r.idle.without.scriptMs} ms, ${r.idle.without.timers}`,
    ],
    ...(r.editor ? editorRows(r.editor) : []),
    ...(r.overview
      ? [
          [
            `Agency overview, ${r.overview.clients} clients: first rows on screen, CPU / wall (median) · all rows, CPU / wall`,
            `**${r.overview.cpuMedianMs} ms** / ${r.overview.frameMedianMs} ms · ${r.overview.allCpuMedianMs} ms / ${r.overview.allMedianMs} ms (longest task ${r.overview.longestTaskCpuMs} ms)`,
          ],
        ]
      : []),
  ];
  const lines = ['| Measure | Result |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)];
  const budgetLines = [
    '',
    '| Budget | Target | Measured | Met |',
    '| --- | --- | --- | --- |',
    ...r.budgets.map((b) => `| ${b.name} | ${b.target} | ${b.value} | ${b.met ? 'yes' : '**no**'} |`),
  ];
  const m = r.machine;
  const footer = `\nMeasured ${r.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores), ${m.os}, Node ${m.node}, Chromium ${m.chromium}, load average ${m.loadAverage.join(' → ')}; ${r.setup.rounds} rounds over ${r.setup.replicaPages} replica pages and ${r.setup.stressRounds} on the stress page, each with and without the extension; the whole run took ${r.durationS} s.`;
  return [...lines, ...budgetLines, footer].join('\n');
}

function loaderVerdict(sizes, b) {
  return {
    name: 'loader gzipped (every console page)',
    target: `≤ ${kB(b.loaderGzipBytes)} kB`,
    value: `${kB(sizes.loader.gzip)} kB`,
    met: sizes.loader.gzip <= b.loaderGzipBytes,
  };
}

/**
 * A partial run (`--only=stress,editor`): the parts measured, their rows and budgets only.
 */
export function partialResults({ sizes, stress, stressSameTab, editor, budgets: b, machine, durationS, setup, date, only }) {
  const s = stress ? stressSummary(stress) : null;
  const sameTab = sameTabSummary(stressSameTab);
  const verdicts = [
    loaderVerdict(sizes, b),
    {
      name: 'content script gzipped',
      target: `≤ ${kB(b.contentGzipBytes)} kB`,
      value: `${kB(sizes.content.gzip)} kB`,
      met: sizes.content.gzip <= b.contentGzipBytes,
    },
  ];
  const rows = [
    ['Loader on every console page (raw / gzip)', `${kB(sizes.loader.raw)} kB / **${kB(sizes.loader.gzip)} kB**`],
    ['Content script on a flow page: loader and guide (raw / gzip)', `${kB(sizes.content.raw)} kB / **${kB(sizes.content.gzip)} kB**`],
  ];
  if (s) {
    verdicts.push(
      {
        name: 'ready after render, stress page (median)',
        target: `≤ ${b.readyMsStress} ms`,
        value: `${s.readyMedianMs} ms`,
        met: s.readyMedianMs <= b.readyMsStress,
      },
      {
        name: 'added script time, stress page',
        target: `< ${b.addedScriptShareStress * 100}% of the page's own`,
        value: `${round(s.addedScriptShare * 100, 1)}%`,
        met: s.addedScriptShare < b.addedScriptShareStress,
      },
      {
        name: 'stress page: extension calls over 50 ms CPU',
        target: `${b.addedLongTasks}`,
        value: `${s.extension.callsOver50MsCpu} (longest ${s.extension.longestCallCpuMs} ms)`,
        met: s.extension.callsOver50MsCpu <= b.addedLongTasks,
      },
    );
    rows.push(
      [
        `Stress page (${s.nodes} nodes, ${setup.stressMutations} mutations): ready after render (median / worst)`,
        `**${s.readyMedianMs} ms** / ${s.readyMaxMs} ms`,
      ],
      ["Stress page: script time added (page's own)", `**${s.addedScriptMs} ms = ${round(s.addedScriptShare * 100, 1)}%** (${s.ownScriptMs} ms)`],
      ['Stress page: JS heap added', `${s.addedHeapKB} kB`],
      [
        "Stress page: extension's own script per load, CPU (median; of it in microtasks) · longest call CPU / wall",
        `${s.extension.cpuMsMedian} ms (${s.extension.microtaskCpuMsMedian} ms) · ${s.extension.longestCallCpuMs} / ${s.extension.longestCallWallMs} ms`,
      ],
    );
  }
  if (sameTab) rows.push(sameTabRow(sameTab));
  if (editor) {
    verdicts.push(...editorVerdicts(editor, b));
    rows.push(...editorRows(editor));
  }
  const results = {
    date,
    machine,
    durationS: round(durationS, 0),
    setup,
    only,
    sizes,
    stress: s,
    stressSameTab: sameTab,
    editor: editor ?? null,
    budgets: verdicts,
  };
  const m = machine;
  const table = [
    '| Measure | Result |',
    '| --- | --- |',
    ...rows.map(([x, y]) => `| ${x} | ${y} |`),
    '',
    '| Budget | Target | Measured | Met |',
    '| --- | --- | --- | --- |',
    ...verdicts.map((v) => `| ${v.name} | ${v.target} | ${v.value} | ${v.met ? 'yes' : '**no**'} |`),
    `\nPartial run (${only.join(', ')}), ${date.slice(0, 10)} on ${m.cpu} (${m.cores} cores), Chromium ${m.chromium}, load average ${m.loadAverage.join(' → ')}; ${s ? `${s.rounds} stress rounds` : ''}${s && editor ? ' and ' : ''}${editor ? `${editor.rounds} editor loads and ${editor.typing.keys} keystrokes` : ''}, each with and without the extension; ${round(durationS, 0)} s.`,
  ].join('\n');
  return { results, table };
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the table between the bench markers in docs/performance.md. */
export function updateReadme(path, table, read, write) {
  const text = read(path, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${path} has no ${START} … ${END} section`);
  write(path, text.slice(0, from + START.length) + '\n' + table + '\n' + text.slice(to));
}
