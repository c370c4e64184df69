/* global chrome -- runs in the extension's options page (page.evaluate) */
// npm run bench: builds the extension and measures what it costs the console, with and without
// it in the same run (docs/performance.md). Writes bench/results.json and prints a table.
//   --rounds N        page-load rounds over the replicas (default 2; each page twice per mode)
//   --stress-rounds N rounds on the stress page (default 5)
//   --no-build        measure the current .output/chrome-mv3
//   --editor-rounds N loads of the article-editor page (default 5)
//   --only=stress,editor  just those parts (and the sizes): results in bench/results-<parts>.json
//   --only=team       team sync: 500 clients and three staff converging (scripts/bench/team-sync.mjs)
//   --readme          also rewrite the table in docs/performance.md (full runs only)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserExecutable, extensionDir, launchConsole } from '../test/support/browser.mjs';
import { CONSOLE_ORIGIN, replicas } from '../replicas/replicas.mjs';
import { budgets } from './bench/budgets.mjs';
import { measureIdle, measureLoad, measureLoadsInOneTab, measureTyping, REPLICA_DELAY_MS } from './bench/measure.mjs';
import { measureOverview } from './bench/overview.mjs';
import { bundleSizes } from './bench/sizes.mjs';
import { serveStressPage, STRESS_MUTATIONS, STRESS_ROWS, STRESS_URL } from './bench/stress-page.mjs';
import { EDITOR_SETUP, editorSummary, measureEditor } from './bench/editor.mjs';
import { serveEditorPage } from './bench/editor-page.mjs';
import { markdownTable, partialResults, summarise, updateReadme } from './bench/report.mjs';
import { round } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const rounds = option('--rounds', 2);
const stressRounds = option('--stress-rounds', 5);
const editorRounds = option('--editor-rounds', 5);
const PARTS = ['stress', 'editor', 'team'];
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').filter(Boolean) : null;
if (only && (only.length === 0 || only.some((p) => !PARTS.includes(p)))) {
  process.stderr.write(`--only takes ${PARTS.join(', ')} (comma-separated); the other parts run in the full benchmark only.\n`);
  process.exit(2);
}
const runs = (part) => !only || only.includes(part);

// Team sync (docs/team-sync.md): no browser, so it runs on its own, before any build.
if (only?.includes('team')) {
  const { measureTeamSync, TEAM_BUDGET_MS } = await import('./bench/team-sync.mjs');
  const team = await measureTeamSync({ log: (message) => process.stdout.write(`[bench team] ${message}\n`) });
  process.stdout.write(`${JSON.stringify(team, null, 2)}\n`);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results-team.json'), JSON.stringify({ at: new Date().toISOString(), team }, null, 2) + '\n');
  const within = team.converged && team.convergeSeconds * 1000 <= TEAM_BUDGET_MS;
  process.stdout.write(within ? `team sync: converged within the ${TEAM_BUDGET_MS / 1000} s budget\n` : 'team sync: over budget or not converged\n');
  if (only.length === 1) process.exit(within ? 0 : 1);
}
const started = Date.now();
const loadStart = loadavg()[0];
const log = (message) => process.stdout.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

if (!args.includes('--no-build')) {
  log('building the extension (wxt build)');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    process.exit(1);
  }
}
const sizes = bundleSizes(extensionDir);

// The bench client: the checks compare against a profile, as they do for a real agency user.
const PROFILE = {
  label: 'Bench client',
  companyName: '正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED',
  registrationNumber: '1234567',
  countryRegion: 'HK',
  entityType: 'company',
  officialAccountEmail: 'brand@azoya.example',
};
const USED_EMAILS = Array.from({ length: 50 }, (_, i) => `used-${i}@azoya.example`);

async function addProfile(launched) {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
  const ok = await page.evaluate(
    async ({ profile, emails }) => {
      const send = (message) => chrome.runtime.sendMessage(message);
      const saved = await send({ type: 'profiles.save', profile });
      for (const address of emails) await send({ type: 'emails.record', address, status: 'used' });
      return saved.ok;
    },
    { profile: PROFILE, emails: USED_EMAILS },
  );
  await page.close();
  if (!ok) throw new Error('could not create the bench profile');
}

const modes = {};
for (const mode of ['without', 'with']) {
  const launched = await launchConsole({ withExtension: mode === 'with' });
  await serveStressPage(launched.context);
  await serveEditorPage(launched.context);
  if (mode === 'with') await addProfile(launched);
  modes[mode] = launched;
}
const chromiumVersion =
  modes.with.context.browser()?.version() ?? spawnSync(browserExecutable() ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
log(`browsers up (Chromium ${chromiumVersion})`);

async function closeAll() {
  for (const launched of Object.values(modes)) {
    await launched.context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
  }
}

function machineInfo() {
  return {
    node: process.version,
    os: `${type()} ${release()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    chromium: chromiumVersion,
    /** 1-minute load average at the start and the end: other work on the machine slows wall-clock timings. */
    loadAverage: [round(loadStart, 1), round(loadavg()[0], 1)],
  };
}

const consoleReplicas = replicas.filter((r) => r.url.startsWith(CONSOLE_ORIGIN));
const stressTarget = {
  name: 'stress',
  url: STRESS_URL,
  lateRender: true,
  expectPage: 'register.entity',
  done: () => window.__stress && window.__stress.burstEnd !== null,
  settleMs: 500,
};
const replicaTarget = (r) => ({ name: r.name, url: r.url, lateRender: r.render === 'current', expectPage: r.page, render: r.render });

/**
 * Runs one target in both browsers at the same time, so both meet the same machine (this one is
 * often busy) and the run stays within minutes; CPU figures are per thread, so neither inflates
 * the other's.
 */
async function pair(target, _roundIndex, extra) {
  const [without, withExtension] = await Promise.all(
    ['without', 'with'].map((mode) =>
      // Only the extension's calls are traced, so only its loads carry the trace.
      measureLoad(modes[mode].context, { ...target, withExtension: mode === 'with', ...extra, trace: mode === 'with' && extra?.trace }),
    ),
  );
  return { without, with: withExtension };
}

/** The stress page loaded again and again in one tab with the extension (the first load, a fresh tab's, left out). */
async function stressInOneTab() {
  const loads = await measureLoadsInOneTab(modes.with.context, { ...stressTarget, withExtension: true, trace: true }, stressRounds + 1);
  log(`stress page in one tab done (${stressRounds + 1} loads)`);
  return loads.slice(1);
}

if (only) {
  const stress = [];
  let stressSameTab = null;
  if (runs('stress')) {
    for (let r = 0; r < stressRounds; r++) stress.push({ round: r, ...(await pair(stressTarget, r, { trace: true, heap: true })) });
    log(`stress rounds done (${stressRounds} × 2)`);
    stressSameTab = await stressInOneTab();
  }
  const editor = runs('editor') ? editorSummary(await measureEditor(modes, { rounds: editorRounds })) : null;
  if (editor) log(`editor page done (${editorRounds} loads × 2, typing)`);
  await closeAll();
  const { results, table } = partialResults({
    sizes,
    stress: runs('stress') ? stress : null,
    stressSameTab,
    editor,
    budgets,
    machine: machineInfo(),
    durationS: (Date.now() - started) / 1000,
    only,
    setup: { stressRounds, editorRounds, stressRows: STRESS_ROWS, stressMutations: STRESS_MUTATIONS, editor: EDITOR_SETUP, replicaDelayMs: REPLICA_DELAY_MS },
    date: new Date().toISOString(),
  });
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', `results-${only.join('-')}.json`), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write('\n' + table + '\n');
  const failed = results.budgets.filter((b) => !b.met);
  if (failed.length) process.stdout.write(`Budgets not met: ${failed.map((b) => b.name).join(', ')}\n`);
  process.exit(0);
}

const loads = { replicas: [], stress: [] };
for (let r = 0; r < rounds; r++) {
  for (const replica of consoleReplicas) {
    const target = replicaTarget(replica);
    loads.replicas.push({
      name: target.name,
      render: target.render,
      page: target.expectPage,
      round: r,
      ...(await pair(target, r, { trace: r === 0, heap: r === 0 })),
    });
  }
  log(`replica round ${r + 1}/${rounds} done (${consoleReplicas.length} pages × 2)`);
}
for (let r = 0; r < stressRounds; r++) {
  loads.stress.push({ round: r, ...(await pair(stressTarget, r, { trace: true, heap: true })) });
}
log(`stress rounds done (${stressRounds} × 2)`);
const stressSameTab = await stressInOneTab();

// Idle: the settled stress page, left alone for 3 s, in each browser.
const idle = {};
for (const mode of ['without', 'with']) {
  const load = await measureLoad(modes[mode].context, { ...stressTarget, withExtension: mode === 'with', keepOpen: true, settleMs: 1000 });
  idle[mode] = await measureIdle(load.cdp, load.page, 3000);
  await load.page.close();
}
log('idle windows done');

// Typing: 200 characters into the company name (the entity replica and the stress page) and the email.
const NAME_TEXT = (PROFILE.companyName + ' TRADING AND DISTRIBUTION (HONG KONG) COMPANY LIMITED BRANCH OFFICE'.repeat(3)).slice(0, 200);
const EMAIL_TEXT = ('miniprogram.registration.bench.' + 'a'.repeat(200)).slice(0, 186) + '@azoya.example';
const typingTargets = [
  {
    name: 'company name (entity replica)',
    url: replicas.find((r) => r.name === 'register.entity/overseas/current').url,
    label: '企业名称',
    text: NAME_TEXT,
    page: 'register.entity',
    late: true,
  },
  {
    name: 'email (account replica)',
    url: replicas.find((r) => r.name === 'register.account/current').url,
    label: '邮箱',
    text: EMAIL_TEXT,
    page: 'register.account',
    late: true,
  },
  { name: 'company name (stress page)', url: STRESS_URL, label: '企业名称', text: NAME_TEXT, page: 'register.entity', late: true },
];
const typing = [];
for (const t of typingTargets) {
  const row = { name: t.name, chars: t.text.length, exactAt: t.text.indexOf(PROFILE.companyName) === 0 ? PROFILE.companyName.length - 1 : null };
  for (const mode of ['without', 'with']) {
    const load = await measureLoad(modes[mode].context, {
      url: t.url,
      lateRender: t.late,
      expectPage: t.page,
      withExtension: mode === 'with',
      keepOpen: true,
      done: t.url === STRESS_URL ? stressTarget.done : undefined,
    });
    row[mode] = await measureTyping(load.page, load.cdp, t.label, t.text);
    await load.page.close();
  }
  typing.push(row);
}
log('typing done');

// The agency overview with 500 clients (the extension's own page; `node scripts/bench/overview.mjs` runs it alone).
const overview = await measureOverview(modes.with, { clients: 500, rounds: 5 });
log('agency overview done');

// The article editor: a console page the guide has nothing to do on.
const editor = editorSummary(await measureEditor(modes, { rounds: editorRounds }));
log('editor page done');

await closeAll();

const durationS = (Date.now() - started) / 1000;
const machine = machineInfo();
const results = summarise({
  sizes,
  loads,
  stressSameTab,
  idle,
  typing,
  overview,
  editor,
  budgets,
  machine,
  durationS,
  setup: {
    rounds,
    stressRounds,
    editorRounds,
    replicaPages: consoleReplicas.length,
    replicaDelayMs: REPLICA_DELAY_MS,
    stressRows: STRESS_ROWS,
    stressMutations: STRESS_MUTATIONS,
    editor: EDITOR_SETUP,
  },
  date: new Date().toISOString(),
});
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
const table = markdownTable(results);
process.stdout.write('\n' + table + '\n');
if (args.includes('--readme')) updateReadme(join(root, 'docs', 'performance.md'), table, readFileSync, writeFileSync);
log(`done in ${durationS.toFixed(0)} s; results in bench/results.json`);
const failed = results.budgets.filter((b) => !b.met);
if (failed.length) process.stdout.write(`Budgets not met: ${failed.map((b) => b.name).join(', ')}\n`);
