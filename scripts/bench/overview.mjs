#!/usr/bin/env node
/* global performance -- the overview measures run in the page (page.waitForFunction) */
// The agency overview with a big book: how long the page takes from the clients' data arriving to
// the first rows being in the page (React render + commit: the page's `mpg-overview-render` measure;
// the page shows 60 rows at once, more than a screen, and adds the rest in chunks of one task each),
// to the next frame after that (`mpg-overview-frame`: style and layout included), and to every
// row being in the page (`mpg-overview-all`). Wall-clock time
// grows with the machine's load, so the main thread's CPU time over the same span is read from a
// timeline trace too (the tasks' thread time): that is the figure the budget is judged on.
// Part of `npm run bench`; alone:
//   node scripts/bench/overview.mjs [--clients 500] [--rounds 5] [--no-build]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchConsole } from '../../test/support/browser.mjs';
import { sampleBook, seedBook } from '../../test/support/sample-book.mjs';
import { median, round } from './stats.mjs';

/** Starts a trace; the returned function stops it and resolves to its events. */
async function startTrace(cdp) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'], excludedCategories: ['*'] },
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Main-thread CPU time (ms) of the tasks between the data mark and the end of a measure, and the longest task's. */
function cpuBetweenMarks(events, measure) {
  const mark = events.find((e) => e.name === 'mpg-overview-data' && e.cat.includes('blink.user_timing'));
  const end = events.filter((e) => e.name === measure && (e.ph === 'e' || e.ph === 'E')).at(-1);
  if (!mark || !end) return null;
  const tasks = events.filter((e) => e.ph === 'X' && e.tid === mark.tid && e.cat.includes('toplevel') && e.ts < end.ts && e.ts + e.dur > mark.ts);
  // Nested toplevel events count once: keep those not inside another.
  const top = tasks.sort((a, b) => a.ts - b.ts).filter((e, i, all) => !all.slice(0, i).some((o) => e.ts >= o.ts && e.ts + e.dur <= o.ts + o.dur));
  return { total: top.reduce((total, e) => total + (e.tdur ?? e.dur), 0) / 1000, longest: Math.max(0, ...top.map((e) => e.tdur ?? e.dur)) / 1000 };
}

/**
 * Opens overview.html `rounds` times with `clients` clients stored; returns the timings (ms).
 * @param {{ context: import('@playwright/test').BrowserContext, extensionId: string }} launched
 */
export async function measureOverview(launched, { clients = 500, rounds = 5 } = {}) {
  const worker = launched.context.serviceWorkers()[0] ?? (await launched.context.waitForEvent('serviceworker'));
  await seedBook(worker, sampleBook(Date.now(), { total: clients }));
  const page = await launched.context.newPage();
  const cdp = await launched.context.newCDPSession(page);
  const renders = [];
  const frames = [];
  const cpus = [];
  const allCpus = [];
  const longest = [];
  const alls = [];
  let rows = 0;
  for (let r = 0; r < rounds; r++) {
    const stopTrace = await startTrace(cdp);
    await page.goto(`chrome-extension://${launched.extensionId}/overview.html`);
    const result = await page.waitForFunction(
      () => {
        const render = performance.getEntriesByName('mpg-overview-render')[0];
        const frame = performance.getEntriesByName('mpg-overview-frame')[0];
        const all = performance.getEntriesByName('mpg-overview-all')[0];
        return render && frame && all
          ? { render: render.duration, frame: frame.duration, all: all.duration, rows: document.querySelectorAll('tbody tr.client-row').length }
          : null;
      },
      null,
      { timeout: 30_000 },
    );
    const value = await result.jsonValue();
    const events = await stopTrace();
    const cpu = cpuBetweenMarks(events, 'mpg-overview-frame');
    const allCpu = cpuBetweenMarks(events, 'mpg-overview-all');
    if (cpu !== null) cpus.push(cpu.total);
    if (allCpu !== null) {
      allCpus.push(allCpu.total);
      longest.push(allCpu.longest);
    }
    alls.push(value.all);
    renders.push(value.render);
    frames.push(value.frame);
    rows = value.rows;
  }
  await page.close();
  return {
    clients,
    rows,
    rounds,
    renderMedianMs: round(median(renders)),
    renderMaxMs: round(Math.max(...renders)),
    frameMedianMs: round(median(frames)),
    /** Main-thread CPU from the data to the frame after the first rows: the budgeted figure. */
    cpuMedianMs: cpus.length ? round(median(cpus)) : null,
    cpuMaxMs: cpus.length ? round(Math.max(...cpus)) : null,
    /** Every row in the page (the rest come in chunks of one task each): wall and CPU. */
    allMedianMs: round(median(alls)),
    allCpuMedianMs: allCpus.length ? round(median(allCpus)) : null,
    /** The longest single main-thread task (CPU) from the data until every row is in, worst load. */
    longestTaskCpuMs: longest.length ? round(Math.max(...longest)) : null,
  };
}

// Run alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  if (!args.includes('--no-build')) {
    const build = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
    if (build.status !== 0) {
      process.stderr.write(build.stdout + build.stderr);
      process.exit(1);
    }
  }
  const launched = await launchConsole();
  try {
    const result = await measureOverview(launched, { clients: option('--clients', 500), rounds: option('--rounds', 5) });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await launched.context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
  }
}
