// npm run bench -- --only=team: team sync's cost (docs/team-sync.md). Three staff, each with the
// background's sync engine (storage/team-sync.ts, loaded as it is with jiti) over PouchDB's in-memory
// adapter and an in-memory client book, against the CouchDB-compatible test server on 127.0.0.1. Each adds
// a third of 500 clients, all go offline, each edits clients the others created (some the same field),
// then rounds run until the three books hold the same 500 clients. Reported: the time to converge and the
// rounds it took, the CPU time and heap of the process (the three engines and the server together: an
// upper bound for one browser's background), and one background's steady-state round (nothing to do),
// which is what the one-minute timer costs. Requests go to 127.0.0.1 only and end by themselves.
/* global structuredClone, performance -- Node's globals */
import { createJiti } from 'jiti';
import { startCouch } from '../../test/support/couch-server.mjs';
import { NodePouch } from '../../test/support/pouch-node.mjs';

const jiti = createJiti(import.meta.url);

export const TEAM_CLIENTS = 500;
export const TEAM_STAFF = ['Ana', 'Ben', 'Chen'];
/** The budget: three staff converge on 500 clients within this, on the 2-core reference machine. */
export const TEAM_BUDGET_MS = 60_000;

const round1 = (n) => Math.round(n * 10) / 10;

export async function measureTeamSync({ clients = TEAM_CLIENTS, log = () => undefined } = {}) {
  const { createTeamSync } = await jiti.import('../../storage/team-sync.ts');
  const Pouch = NodePouch;
  const users = Object.fromEntries(TEAM_STAFF.map((s) => [s.toLowerCase(), `${s}-secret`]));
  const couch = await startCouch({ users });
  await couch.db('agency').info();
  const prefix = `bench-${Date.now().toString(36)}-`;

  const staff = TEAM_STAFF.map((name, index) => {
    let book = { profiles: { profiles: [], activeId: null }, progress: { clients: [] } };
    let queue = Promise.resolve();
    let status = { state: 'off', at: '', refused: [], disputes: [] };
    const access = {
      read: async () => structuredClone(book),
      write: async (next) => {
        book = structuredClone(next);
      },
    };
    const engine = createTeamSync({
      pouch: (dbName, options) => new Pouch(options.adapter === 'http' ? dbName : `${prefix}${index}-${dbName}`, options),
      localAdapter: 'memory',
      exclusive: (task) => {
        const run = queue.then(() => task(access));
        queue = run.catch(() => undefined);
        return run;
      },
      config: async () => ({
        enabled: true,
        origin: couch.origin,
        database: 'agency',
        user: name.toLowerCase(),
        password: users[name.toLowerCase()],
        staff: name,
      }),
      status: { get: async () => status, set: async (next) => void (status = next) },
      canReach: async () => true,
    });
    return {
      name,
      engine,
      get book() {
        return book;
      },
      set book(next) {
        book = next;
      },
      status: () => status,
    };
  });

  const now = () => new Date().toISOString();
  const newProfile = (id, label, by) => ({
    id,
    label,
    companyName: `${label} LIMITED`,
    registrationNumber: '',
    countryRegion: 'HK',
    entityType: 'company',
    hasVerifiedOfficialAccount: false,
    officialAccountEmail: '',
    appId: '',
    originalId: '',
    notes: `added by ${by}`,
    createdAt: now(),
    updatedAt: now(),
    emails: [{ address: `ops-${id}@bench.example`, status: 'used', at: now() }],
  });
  // Each staff member adds a third of the clients, each with an email and a completed step.
  staff.forEach((member, s) => {
    const mine = Array.from({ length: Math.ceil(clients / staff.length) }, (_, i) => s + i * staff.length).filter((n) => n < clients);
    member.book = {
      profiles: { profiles: mine.map((n) => newProfile(`c-${n}`, `Client ${n}`, member.name)), activeId: null },
      progress: { clients: mine.map((n) => ({ profileId: `c-${n}`, path: null, steps: { 'register-account': { at: now() } }, documents: [] })) },
    };
  });

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  const roundAll = async () => {
    for (const member of staff) {
      await member.engine.round();
      sample();
    }
  };
  // Everyone sends their clients and takes in the others'.
  await roundAll();
  await roundAll();
  log(`first exchange: ${round1((performance.now() - t0) / 1000)} s`);

  // Offline: each edits 50 clients a colleague added and 50 of their own; the company name clashes on a fifth of them.
  await couch.stop();
  staff.forEach((member, s) => {
    const ownedBy = (owner) => member.book.profiles.profiles.filter((p) => Number(p.id.slice(2)) % staff.length === owner).slice(0, 50);
    // 50 of the next colleague's clients, and 50 of one's own, which the colleague before edits too.
    const edited = new Set([...ownedBy((s + 1) % staff.length), ...ownedBy(s)].map((p) => p.id));
    member.book = {
      ...member.book,
      profiles: {
        ...member.book.profiles,
        profiles: member.book.profiles.profiles.map((p) => {
          if (!edited.has(p.id)) return p;
          const clash = Number(p.id.slice(2)) % 5 === 0;
          return { ...p, notes: `${p.notes}; ${member.name} called`, ...(clash ? { companyName: `${p.label} ${member.name} LIMITED` } : {}), updatedAt: now() };
        }),
      },
    };
  });
  await roundAll(); // offline rounds: the edits are kept as revisions
  await couch.start();

  const fingerprint = (member) =>
    JSON.stringify(
      member.book.profiles.profiles
        .map((p) => [p.id, p.label, p.companyName, p.notes, p.emails.map((e) => e.address.toLowerCase()).sort()])
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
  let rounds = 0;
  const converged = () => staff.every((m) => m.book.profiles.profiles.length === clients && fingerprint(m) === fingerprint(staff[0]));
  while (!converged() && rounds < 10) {
    await roundAll();
    rounds += 1;
  }
  const convergeMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  // One background's round with nothing to do: what the timer costs each minute.
  const idleCpu0 = process.cpuUsage();
  const idle0 = performance.now();
  await staff[0].engine.round();
  const idleMs = performance.now() - idle0;
  const idleCpu = process.cpuUsage(idleCpu0);
  const disputes = Math.max(...staff.map((m) => m.status().disputes.length));
  await couch.close();
  return {
    clients,
    staff: staff.length,
    converged: converged(),
    rounds,
    convergeSeconds: round1(convergeMs / 1000),
    budgetSeconds: TEAM_BUDGET_MS / 1000,
    cpuSeconds: round1((cpu.user + cpu.system) / 1e6),
    heapPeakMB: round1(heapPeak / 1024 / 1024),
    idleRoundMs: Math.round(idleMs),
    idleRoundCpuMs: Math.round((idleCpu.user + idleCpu.system) / 1000),
    disputesShown: disputes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureTeamSync({ log: (m) => process.stdout.write(`${m}\n`) });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
