import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, neutraliseFormula, overviewCsv } from '../../engine/overview-csv';
import { reviewWindow } from '../../engine/deadlines';
import { overviewIcs } from '../../engine/overview-ics';
import { overviewRows } from '../../engine/overview';
import { formatLeft } from '../../engine/progress';
import { translator } from '../../locales';
import { sampleBook } from '../support/sample-book.mjs';

// The overview's exports: the CSV parsed back by Papa Parse, the .ics parsed by ical.js (Mozilla's
// iCalendar parser, independent of the `ics` library that writes it).

const t = translator('en');
const NOW = Date.parse('2025-06-16T12:00:00Z');
const book = sampleBook(NOW);
const rows = overviewRows(book.profiles.profiles, book.progress.clients, NOW);
/** Everything about a client that must never leave in an export. */
const secrets = book.profiles.profiles
  .flatMap((p) => [p.officialAccountEmail, p.notes, p.registrationNumber, p.id, ...p.emails.map((e) => e.address)])
  .filter((s) => s.length > 0);

describe('CSV export', () => {
  const csv = overviewCsv(rows, { t, timeZone: 'Asia/Shanghai' });

  it('starts with a UTF-8 byte-order mark and uses CRLF line ends, for Excel', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')).toHaveLength(rows.length + 1);
  });

  it('parses back to the same table: one row per client, Chinese names intact, dates as YYYY-MM-DD', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'Client',
      'Company name',
      'Country/region',
      'Path',
      'Current step',
      'Next deadline',
      'Due date',
      'Due time',
      'Review window opens',
      'Days left (negative: overdue)',
      'Status',
      'Last progress',
      'Missing documents',
      'Steps done',
    ]);
    expect(parsed.data.map((r) => r.Client)).toEqual(book.profiles.profiles.map((p) => p.label));
    const shenzhen = parsed.data.find((r) => r.Client === '翠岭贸易 Shenzhen')!;
    expect(shenzhen).toMatchObject({
      'Company name': '深圳市翠岭贸易有限公司',
      Path: 'Mainland registration with ICP filing',
      'Current step': "Confirm MIIT's text message",
      'Next deadline': "Confirm MIIT's text message (24 hours)",
      // Platform review recorded 5 hours before NOW (20:00 China): due 24 hours later, 15:00 China the next day.
      'Due date': '2025-06-17',
      'Due time': '15:00',
      'Review window opens': '',
      'Days left (negative: overdue)': '0',
      Status: 'Due soon',
    });
    const jade = parsed.data.find((r) => r.Client === 'Jade Ridge HK')!;
    expect(jade).toMatchObject({
      'Company name': '翠嶺貿易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED',
      Status: 'Overdue',
      'Days left (negative: overdue)': '-2',
      'Missing documents': '4',
      'Due time': '',
    });
    expect(jade['Due date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(jade['Last progress']).toBe('2025-04-30');
    // A yearly review (年审) a year after approval: its window opens 3 months before, as the table's line says.
    expect(parsed.data.find((r) => r.Client === 'Pearl River GZ')).toMatchObject({
      'Next deadline': "Annual review (年审) by the verification's validity date",
      'Due date': '2026-04-17',
      'Review window opens': '2026-01-17',
    });
    const lion = parsed.data.find((r) => r.Client === 'Lion City SG')!;
    // "—" where the screen shows "—" (no checklist for the path or entity type).
    expect(lion).toMatchObject({ 'Next deadline': '', 'Due date': '', Status: '', 'Last progress': '', 'Missing documents': '—', 'Steps done': '0/9' });
  });

  it('counts days as the screen does: "Overdue by 2 days" is -2 at any hour of the third day, never -3', () => {
    for (const hours of [0, 5, 23]) {
      const at = NOW + hours * 3_600_000;
      const later = overviewRows(book.profiles.profiles, book.progress.clients, at);
      const jade = later.find((r) => r.id === 'jade-ridge')!;
      const parsed = Papa.parse<Record<string, string>>(overviewCsv(later, { t }).slice(BOM.length), { header: true, skipEmptyLines: true });
      const shown = formatLeft(jade.next!.left, t); // "2 days" on screen
      const days = Number(parsed.data.find((r) => r.Client === 'Jade Ridge HK')!['Days left (negative: overdue)']);
      expect(`${-days} days`, `at +${hours} h`).toBe(shown);
    }
  });

  it('keeps quotes, commas and line breaks inside a cell, and neutralises spreadsheet formulas', () => {
    const tricky = overviewRows(
      [
        {
          id: 'x',
          label: '=HYPERLINK("http://evil.example","click")',
          companyName: 'Smith, "Jones"\nand Co',
          countryRegion: 'GB',
          entityType: 'company',
          hasVerifiedOfficialAccount: false,
        },
      ],
      [],
      NOW,
    );
    const [row] = Papa.parse<string[]>(overviewCsv(tricky, { t }).slice(BOM.length), { skipEmptyLines: true }).data.slice(1);
    expect(row![0]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row![1]).toBe('Smith, "Jones"\nand Co');
  });

  it('neutralises a formula on any line of a cell, and cells starting with a tab or CR (Papa Parse alone does not)', () => {
    expect(neutraliseFormula('ACME\n=HYPERLINK("https://evil.example")')).toBe(`'ACME\n=HYPERLINK("https://evil.example")`);
    expect(neutraliseFormula('ACME\r\n+1')).toBe(`'ACME\r\n+1`);
    expect(neutraliseFormula('ACME\r@SUM(A1)')).toBe(`'ACME\r@SUM(A1)`);
    expect(neutraliseFormula('\t=1+1')).toBe(`'\t=1+1`);
    expect(neutraliseFormula('\rX')).toBe(`'\rX`);
    expect(neutraliseFormula('-2 days')).toBe(`'-2 days`);
    expect(neutraliseFormula(-2)).toBe(-2);
    expect(neutraliseFormula('ACME (HK) Limited\nRoom 1-2')).toBe('ACME (HK) Limited\nRoom 1-2');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    const tricky = overviewRows(
      [{ id: 'y', label: 'Y', companyName: 'ACME\n=1+1', countryRegion: 'GB', entityType: 'company', hasVerifiedOfficialAccount: false }],
      [],
      NOW,
    );
    const [row] = Papa.parse<string[]>(overviewCsv(tricky, { t }).slice(BOM.length), { skipEmptyLines: true }).data.slice(1);
    expect(row![1]).toBe(`'ACME\n=1+1`);
  });

  it('leaves out emails, ids and notes', () => {
    for (const secret of secrets) expect(csv).not.toContain(secret);
  });
});

describe('.ics export', () => {
  const result = overviewIcs(rows, { t });
  const open = rows.flatMap((row) => row.deadlines.map((d) => ({ row, d })));
  /** Yearly reviews (年审, estimated from the approval in the sample) whose window is still to open: an event each too. */
  const windows = open.filter(({ d }) => reviewWindow(d)?.open === false).length;

  it('is a valid calendar with one event per open deadline, and one for each yearly window still to open', () => {
    expect(result.ok).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(result.text));
    expect(calendar.name).toBe('vcalendar');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(open.length).toBeGreaterThanOrEqual(8);
    expect(windows).toBeGreaterThan(0);
    expect(events).toHaveLength(open.length + windows);
    expect(result.events).toBe(open.length + windows);
    expect(result.deadlines).toBe(open.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

    for (const { row, d } of open) {
      const step = t(row.path.steps.find((s) => s.id === d.stepId)!.title);
      // The title says the deadline once; the step is in the description.
      const event = events.find((e) => e.summary === `${row.label}: ${t(d.deadline.label)}`);
      expect(event, `${row.label} / ${d.deadline.id}`).toBeDefined();
      expect(event!.description).toContain(t(d.deadline.label));
      expect(event!.description).toContain(step);
      const alarms = event!.component.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')));
      if (d.deadline.unit === 'hours') {
        // An hour-based window: a timed event ending at the due instant, in UTC.
        expect(event!.startDate.isDate).toBe(false);
        expect(event!.endDate.toJSDate().getTime()).toBe(d.dueAt);
        expect(event!.endDate.zone?.tzid).toBe('UTC');
      } else {
        // Day-based: all day on the last day in China time, reminders at 09:00 one and three days before.
        expect(event!.startDate.isDate).toBe(true);
        const chinaDay = new Date(d.dueAt - 1 + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(event!.startDate.toString()).toBe(chinaDay);
        expect(event!.endDate.toJSDate().getTime() - event!.startDate.toJSDate().getTime()).toBe(86_400_000);
        expect(alarms.sort()).toEqual(['-P2DT15H', '-PT15H']);
      }
    }
    // The MIIT SMS window and an overdue 45-day verification are among them, each title without repeating itself.
    expect(events.some((e) => e.summary === "翠岭贸易 Shenzhen: Confirm MIIT's text message (24 hours)")).toBe(true);
    expect(events.some((e) => e.summary === 'Jade Ridge HK: Complete WeChat verification (45 days after registering)')).toBe(true);
    expect(events.filter((e) => e.startDate.isDate).length).toBeGreaterThan(0);
  });

  it('keeps the same UIDs from one export to the next, so a calendar updates instead of doubling', () => {
    const again = overviewIcs(overviewRows(book.profiles.profiles, book.progress.clients, NOW + 3_600_000), { t });
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v).uid)
        .sort();
    expect(uids(again.text)).toEqual(uids(result.text));
  });

  it('carries no emails, ids, notes or company names', () => {
    for (const secret of secrets) expect(result.text).not.toContain(secret);
    for (const p of book.profiles.profiles) expect(result.text).not.toContain(p.companyName);
  });

  it('folds every line at 75 octets, Chinese included, and still parses to the same titles', () => {
    const zh = translator('zh_CN');
    const chinese = overviewIcs(rows, { t: zh });
    for (const text of [result.text, chinese.text]) {
      for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    }
    const events = new ICAL.Component(ICAL.parse(chinese.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(open.length + windows);
    const deadline = zh(rows.find((r) => r.id === 'cuiling-sz')!.deadlines.find((d) => d.stepId === 'filing-sms')!.deadline.label);
    expect(events.some((e) => e.summary === `翠岭贸易 Shenzhen：${deadline}`)).toBe(true);
    expect(events.every((e) => !e.summary.includes('\uFFFD') && !e.description.includes('\uFFFD'))).toBe(true);
  });

  it('gives a yearly review still to open (年审) a day of its own when its window opens, and says it on the due day', () => {
    const shenzhen = book.profiles.profiles.find((p) => p.id === 'cuiling-sz')!;
    const progress = book.progress.clients.find((c) => c.profileId === 'cuiling-sz')!;
    // Verified, the validity date typed a year on (local midnight, as the popup stores a typed day): the window opens 3 months before.
    const steps = { ...progress.steps, verified: { at: '2025-06-01T02:00:00Z' }, 'verification-valid-until': { at: new Date(2026, 2, 15).toISOString() } };
    const [row] = overviewRows([shenzhen], [{ ...progress, steps }], NOW);
    const annual = row!.deadlines.find((d) => d.deadline.id === 'annual-review')!;
    expect(annual.opensAt).toBe(new Date(2025, 11, 15).getTime());
    const calendar = overviewIcs([row!], { t });
    expect(calendar.deadlines).toBe(row!.deadlines.length);
    expect(calendar.events).toBe(row!.deadlines.length + 1);
    const events = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const window = events.find((e) => e.summary === `${row!.label}: the review window opens (${t(annual.deadline.label)})`)!;
    expect(window.startDate.isDate).toBe(true);
    expect(window.startDate.toString()).toBe('2025-12-15');
    expect(window.description).toContain('Window opens 2025-12-15');
    expect(window.component.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['PT9H']);
    const due = events.find((e) => e.summary === `${row!.label}: ${t(annual.deadline.label)}`)!;
    expect(due.description).toContain('Window opens 2025-12-15');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // Once the window is open, no event of its own: the due day says it is open.
    const later = overviewRows([shenzhen], [{ ...progress, steps }], Date.parse('2026-01-10T00:00:00Z'));
    const open = overviewIcs(later, { t });
    expect(open.events).toBe(later[0]!.deadlines.length);
    expect(open.text.replace(/\r\n /g, '')).toContain('Window open since 2025-12-15');
  });

  it('is empty, not broken, when no deadline is running', () => {
    const idle = overviewRows(book.profiles.profiles, [], NOW);
    expect(overviewIcs(idle, { t })).toEqual({ ok: true, text: '', events: 0, deadlines: 0 });
  });
});
