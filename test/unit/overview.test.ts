import { afterEach, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../engine/deadlines';
import { bookBadge, countriesIn, filterRows, noFilter, overviewRows, sortRows, type BookProfile, type BookProgress } from '../../engine/overview';
import { dayOf, dueOf, minuteOf } from '../../engine/overview-format';
import { formatDay, formatDue, formatMinute } from '../../engine/progress';
import { timelinePoints } from '../../engine/timeline';
import { sampleBook, sampleClients } from '../support/sample-book.mjs';

// The overview's rows, sort, filter and badge (engine/overview.ts), and the timeline's points.

const at = (iso: string) => Date.parse(iso);
const NOW = at('2025-06-16T12:00:00Z'); // Monday 20:00 in China

const profile = (id: string, label: string, extra: Partial<BookProfile> = {}): BookProfile => ({
  id,
  label,
  companyName: `${label} LIMITED`,
  countryRegion: 'CN',
  entityType: 'company',
  hasVerifiedOfficialAccount: false,
  ...extra,
});
const progress = (profileId: string, path: BookProgress['path'], steps: Record<string, string>, documents: string[] = []): BookProgress => ({
  profileId,
  path,
  steps: Object.fromEntries(Object.entries(steps).map(([step, when]) => [step, { at: when }])),
  documents,
});
const MAINLAND_UP_TO_FILING = ['account', 'email-activation', 'entity-admin', 'appid', 'verify-documents', 'fee', 'review-agency', 'verified', 'store-info'];
const upTo = (when: string) => Object.fromEntries(MAINLAND_UP_TO_FILING.map((s) => [s, when]));

/**
 * Mainland clients whose deadlines need China time to be ordered right. Alpha and Bravo filed at
 * 23:30 and 00:30 China time, an hour apart: Thursday and Friday in China, but the same Thursday
 * morning in Los Angeles. The platform review (2 working days, China time) is due at the end of
 * Monday for Alpha (Friday, Monday) and of Tuesday for Bravo (Monday, Tuesday), China time.
 */
const book = {
  profiles: [
    profile('delta', 'Delta', { countryRegion: 'HK' }),
    profile('charlie', 'Charlie'),
    profile('bravo', 'Bravo'),
    profile('alpha', 'Alpha'),
    profile('echo', 'Echo', { countryRegion: 'US' }),
  ],
  progress: [
    // Thursday 23:30 China → Friday, Monday → due Monday 24:00 China (2025-06-16T16:00Z).
    progress('alpha', 'mainland', { ...upTo('2025-06-01T00:00:00Z'), 'filing-form': '2025-06-12T15:30:00Z' }),
    // Friday 00:30 China → Monday, Tuesday → due Tuesday 24:00 China (2025-06-17T16:00Z).
    progress('bravo', 'mainland', { ...upTo('2025-06-01T00:00:00Z'), 'filing-form': '2025-06-12T16:30:00Z' }),
    // MIIT's SMS: 24 hours from the platform review, an exact span (2025-06-17T20:00Z).
    progress('charlie', 'mainland', {
      ...upTo('2025-06-01T00:00:00Z'),
      'filing-form': '2025-06-10T00:00:00Z',
      'filing-platform-review': '2025-06-16T20:00:00Z',
    }),
    // Nothing recorded: no deadline.
    progress('delta', 'quick', {}),
    // Overseas, registered 46 days ago: the 45-day verification is overdue by a day.
    progress('echo', 'overseas', { account: '2025-04-30T00:00:00Z', 'email-activation': '2025-04-30T00:00:00Z', 'entity-admin': '2025-05-01T12:00:00Z' }, [
      'entity-certificate',
    ]),
  ],
};

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('deadline sort across time zones', () => {
  it('orders by the due instant computed in China time, the same in every time zone', () => {
    const seen: Record<string, { order: string[]; due: (string | null)[]; localDay: string }> = {};
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      const rows = sortRows(overviewRows(book.profiles, book.progress, NOW), 'deadline');
      const alpha = rows.find((r) => r.id === 'alpha')!;
      seen[zone] = {
        order: rows.map((r) => r.id),
        due: rows.map((r) => (r.next ? new Date(r.next.dueAt).toISOString() : null)),
        localDay: formatDay(alpha.next!.dueAt),
      };
    }
    for (const zone of Object.keys(seen)) {
      expect(seen[zone]!.order, zone).toEqual(['echo', 'alpha', 'bravo', 'charlie', 'delta']);
      expect(seen[zone]!.due, zone).toEqual([
        '2025-06-15T12:00:00.000Z',
        '2025-06-16T16:00:00.000Z',
        '2025-06-17T16:00:00.000Z',
        '2025-06-17T20:00:00.000Z',
        null,
      ]);
    }
    // The time zone really changed: Alpha's due instant is a different calendar day in Los Angeles and in Shanghai.
    expect(seen['Asia/Shanghai']!.localDay).toBe('2025-06-17');
    expect(seen['America/Los_Angeles']!.localDay).toBe('2025-06-16');
  });

  it('puts a hard deadline before an expected reply due at the same instant, then sorts by label', () => {
    const due = '2025-06-13T16:30:00Z';
    const rows = overviewRows(
      [profile('b', 'B expected'), profile('a', 'A hard'), profile('c', 'C hard')],
      [
        // The platform review (expected) from Friday 10:00 China: Monday, Tuesday → Tuesday 24:00 China.
        progress('b', 'mainland', { ...upTo(due), 'filing-form': '2025-06-13T02:00:00Z' }),
        // MIIT's SMS (hard), 24 hours after 2025-06-16T16:00Z: also Tuesday 24:00 China.
        progress('a', 'mainland', { ...upTo(due), 'filing-form': '2025-06-10T00:00:00Z', 'filing-platform-review': '2025-06-16T16:00:00Z' }),
        progress('c', 'mainland', { ...upTo(due), 'filing-form': '2025-06-10T00:00:00Z', 'filing-platform-review': '2025-06-16T16:00:00Z' }),
      ],
      NOW,
    );
    expect(rows.map((r) => r.next!.dueAt)).toEqual(Array(3).fill(at('2025-06-17T16:00:00Z')));
    expect(sortRows(rows, 'deadline').map((r) => r.label)).toEqual(['A hard', 'C hard', 'B expected']);
  });

  it('sorts by label with numbers in order, and by last activity with the latest first and idle clients last', () => {
    const rows = overviewRows(
      [profile('1', 'Client 10'), profile('2', 'client 2'), profile('3', 'Client 1')],
      [progress('2', 'overseas', { account: '2025-06-01T00:00:00Z' }), progress('1', 'overseas', { account: '2025-06-10T00:00:00Z' })],
      NOW,
    );
    expect(sortRows(rows, 'label').map((r) => r.label)).toEqual(['Client 1', 'client 2', 'Client 10']);
    expect(sortRows(rows, 'activity').map((r) => r.label)).toEqual(['Client 10', 'client 2', 'Client 1']);
    // Sorting is a copy: the rows stay in the profiles' order.
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3']);
  });
});

describe('overview rows', () => {
  const rows = overviewRows(book.profiles, book.progress, NOW);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('gives each client its path, current step, next deadline, urgency and last progress', () => {
    expect(row('echo')).toMatchObject({ urgency: 'overdue', needsAction: true, lastProgressAt: at('2025-05-01T12:00:00Z') });
    expect(row('echo').current?.step.id).toBe('appid');
    expect(row('echo').next?.deadline.id).toBe('verification-45-days');
    expect(row('charlie')).toMatchObject({ urgency: 'soon', needsAction: true });
    expect(row('charlie').current?.step.id).toBe('filing-sms');
    expect(row('delta')).toMatchObject({ urgency: 'none', needsAction: false, next: null, lastProgressAt: null, settled: 0, required: 9 });
    expect(row('delta').path.id).toBe('quick');
  });

  it('counts the verification documents still missing, only where the path has that step and until it is done', () => {
    expect(row('echo').missingDocuments).toBe(4); // 5 required for a company, 1 ticked
    expect(row('alpha').missingDocuments).toBe(0); // verification documents are done
    expect(row('delta').missingDocuments).toBeNull(); // quick registration: no documents
    const personal = overviewRows([profile('p', 'Personal', { entityType: 'personal' })], [], NOW)[0]!;
    expect(personal.missingDocuments).toBeNull();
  });

  it('filters by text (label or company, any case and width), country, path and needs action', () => {
    expect(filterRows(rows, { ...noFilter, text: 'ＡＬＰＨＡ' }).map((r) => r.id)).toEqual(['alpha']);
    expect(filterRows(rows, { ...noFilter, text: 'echo limited' }).map((r) => r.id)).toEqual(['echo']);
    expect(filterRows(rows, { ...noFilter, country: 'HK' }).map((r) => r.id)).toEqual(['delta']);
    expect(filterRows(rows, { ...noFilter, path: 'mainland' }).map((r) => r.id)).toEqual(['charlie', 'bravo', 'alpha']);
    expect(
      filterRows(rows, { ...noFilter, needsAction: true })
        .map((r) => r.id)
        .sort(),
    ).toEqual(['alpha', 'bravo', 'charlie', 'echo']);
    expect(filterRows(rows, { ...noFilter, needsAction: true, country: 'US' }).map((r) => r.id)).toEqual(['echo']);
    expect(filterRows(rows, noFilter)).toHaveLength(5);
    expect(countriesIn(rows)).toEqual(['CN', 'HK', 'US']);
  });

  it("counts the whole book for the badge: every client's deadlines due within 3 days or overdue", () => {
    expect(bookBadge(rows)).toEqual({ count: 4, overdue: true });
    expect(bookBadge(rows.filter((r) => r.id === 'delta'))).toEqual({ count: 0, overdue: false });
    expect(bookBadge(overviewRows(book.profiles, book.progress, at('2025-06-01T00:00:00Z')))).toEqual({ count: 0, overdue: false });
  });

  it('matches the sample book the browser tests use, stage by stage', () => {
    const now = Date.now();
    const sample = sampleBook(now);
    const sampleRows = overviewRows(sample.profiles.profiles, sample.progress.clients, now);
    for (const client of sampleClients) {
      const r = sampleRows.find((x) => x.id === client.id)!;
      expect({ urgency: r.urgency, step: r.current?.step.id ?? null, deadline: r.next?.deadline.id ?? null, missing: r.missingDocuments }, client.id).toEqual(
        client.expect,
      );
    }
    // Three paths, overdue and MIIT's 24-hour window among them.
    expect(new Set(sampleRows.map((r) => r.path.id))).toEqual(new Set(['overseas', 'quick', 'mainland']));
    expect(sampleRows.find((r) => r.id === 'cuiling-sz')!.next!.msLeft).toBeLessThan(24 * HOUR);
  });

  it('builds 500 rows quickly enough for the page', () => {
    const now = Date.now();
    const big = sampleBook(now, { total: 500 });
    const started = performance.now();
    const many = sortRows(overviewRows(big.profiles.profiles, big.progress.clients, now), 'deadline');
    expect(many).toHaveLength(500);
    // Generous: the real budget (render under 100 ms) is measured by the benchmark in Chromium.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('timeline points', () => {
  it('lists the required steps in order with done dates and the deadlines each step must meet', () => {
    const rows = overviewRows(book.profiles, book.progress, NOW);
    const echo = rows.find((r) => r.id === 'echo')!;
    const points = timelinePoints(echo.views, echo.deadlines);
    expect(points.map((p) => p.stepId)).not.toContain('fee-email'); // optional and not taken
    expect(points[0]).toMatchObject({ stepId: 'account', status: 'done', doneAt: at('2025-04-30T00:00:00Z') });
    expect(points.find((p) => p.stepId === 'verified')!.deadlines.map((d) => d.deadline.id)).toEqual(['verification-45-days']);
    expect(points.find((p) => p.stepId === 'appid')).toMatchObject({ status: 'current', doneAt: null, deadlines: [] });
    expect(points.filter((p) => p.deadlines.length > 0)).toHaveLength(1);
  });

  it('shows an optional step once it was taken', () => {
    const [row] = overviewRows([profile('x', 'X', { countryRegion: 'US' })], [progress('x', 'overseas', { 'fee-email': '2025-06-13T08:00:00Z' })], NOW);
    const points = timelinePoints(row!.views, row!.deadlines);
    expect(points.map((p) => p.stepId)).toContain('fee-email');
    // The 3-working-day reply, China time: Friday 16:00 China → Monday, Tuesday, Wednesday.
    expect(points.find((p) => p.stepId === 'review-agency')!.deadlines[0]!.dueAt).toBe(at('2025-06-19T00:00:00+08:00'));
    expect(NOW - at('2025-06-13T08:00:00Z')).toBeGreaterThan(3 * DAY);
  });
});

describe('overview dates', () => {
  it('format exactly as the popup does, in any time zone, with one formatter per zone', () => {
    const rows = overviewRows(book.profiles, book.progress, NOW);
    for (const zone of [undefined, 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      for (const ms of [NOW, at('2024-02-29T23:59:00+08:00'), at('2025-12-31T16:00:00Z')]) {
        expect(dayOf(ms, zone)).toBe(formatDay(ms, zone));
        expect(minuteOf(ms, zone)).toBe(formatMinute(ms, zone));
      }
      for (const view of rows.flatMap((r) => r.deadlines)) expect(dueOf(view, zone)).toBe(formatDue(view, zone));
    }
  });
});
