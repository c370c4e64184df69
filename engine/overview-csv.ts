import Papa from 'papaparse';
import { DAY } from './deadlines';
import { dayOf, minuteOf } from './overview-format';
import type { TextLookup } from './progress';
import type { OverviewRow } from './overview';

// The overview as a CSV file for a spreadsheet. UTF-8 with a byte-order mark, so Excel opens
// Chinese company names correctly; CRLF line ends; dates as YYYY-MM-DD in the user's time zone (or
// the one given). Cells that a spreadsheet would run as a formula (=, +, -, @ …) are neutralised by
// Papa Parse's escapeFormulae. No emails, account ids or notes: it is the overview's columns only.

export const BOM = '\uFEFF';

export interface CsvOptions {
  t: TextLookup;
  timeZone?: string;
}

const columns = [
  'label',
  'company',
  'country',
  'path',
  'step',
  'deadline',
  'due-date',
  'due-time',
  'days-left',
  'status',
  'last-progress',
  'missing-documents',
  'steps-done',
] as const;

export function overviewCsv(rows: readonly OverviewRow[], { t, timeZone }: CsvOptions): string {
  const fields = columns.map((column) => t(`overview.csv.${column}`));
  const data = rows.map((row) => {
    const next = row.next;
    return [
      row.label,
      row.companyName,
      row.countryRegion,
      t(row.path.name),
      row.current ? t(row.current.step.title) : t('overview.step.all-done'),
      next ? t(next.deadline.label) : '',
      next ? dayOf(next.dueAt, timeZone) : '',
      next && next.deadline.unit === 'hours' ? minuteOf(next.dueAt, timeZone).slice(11) : '',
      // Whole days, rounded down: -1 means overdue by less than a day.
      next ? Math.floor(next.msLeft / DAY) : '',
      next?.overdue ? t('overview.status.overdue') : next?.dueSoon ? t('overview.status.soon') : '',
      row.lastProgressAt === null ? '' : dayOf(row.lastProgressAt, timeZone),
      row.missingDocuments ?? '',
      `${row.settled}/${row.required}`,
    ];
  });
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
}
