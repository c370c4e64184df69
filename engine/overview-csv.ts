import Papa from 'papaparse';
import { DAY, reviewWindow } from './deadlines';
import { dayOf, minuteOf } from './overview-format';
import type { TextLookup } from './progress';
import type { OverviewRow } from './overview';

// The overview as a CSV file for a spreadsheet. UTF-8 with a byte-order mark, so Excel opens
// Chinese company names correctly; CRLF line ends; dates as YYYY-MM-DD in the user's time zone (or
// the one given). Cells that a spreadsheet would run as a formula are neutralised (neutraliseFormula).
// No emails, account ids or notes: it is the overview's columns only.

export const BOM = '\uFEFF';

/** A line starting with one of these is read as a formula by Excel, LibreOffice or Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell no spreadsheet runs as a formula: a `'` before the cell when it, or any line in it, starts
 * with = + - @, a tab or a carriage return. Papa Parse's own escapeFormulae tests only the start of a
 * line (its pattern is not multi-line), so "ACME\n=HYPERLINK(…)" passed it; the quote before the whole
 * cell makes every spreadsheet read it as text. Numbers (days left, possibly negative) stay numbers.
 */
export function neutraliseFormula(cell: string | number): string | number {
  if (typeof cell === 'number') return cell;
  return cell.split(/\r\n|\r|\n/).some((line) => FORMULA_START.test(line)) || FORMULA_START.test(cell) ? `'${cell}` : cell;
}

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
  'window-opens',
  'days-left',
  'status',
  'last-progress',
  'missing-documents',
  'steps-done',
] as const;

/** The overview's mark for "not applicable" (the documents column), written as the screen shows it. */
export const NOT_APPLICABLE = '—';

/**
 * Whole days as the screen counts them ("Overdue by 2 days", "3 days left": the time either way,
 * rounded down), negative when overdue; 0 is less than a day either way (the status column says which).
 */
export function daysLeft(next: OverviewRow['next']): number | '' {
  if (!next) return '';
  const days = Math.floor(Math.abs(next.msLeft) / DAY);
  return next.overdue && days > 0 ? -days : days;
}

export function overviewCsv(rows: readonly OverviewRow[], { t, timeZone }: CsvOptions): string {
  const fields = columns.map((column) => t(`overview.csv.${column}`));
  const data = rows.map((row) => {
    const next = row.next;
    // A yearly review's window (年审 opens 3 months ahead), as the table's line under the deadline says it.
    const review = next && reviewWindow(next);
    return [
      row.label,
      row.companyName,
      row.countryRegion,
      t(row.path.name),
      row.current ? t(row.current.step.title) : t('overview.step.all-done'),
      next ? t(next.deadline.label) : '',
      next ? dayOf(next.dueAt, timeZone) : '',
      next && next.deadline.unit === 'hours' ? minuteOf(next.dueAt, timeZone).slice(11) : '',
      review ? dayOf(review.opensAt, timeZone) : '',
      daysLeft(next),
      next?.overdue ? t('overview.status.overdue') : next?.dueSoon ? t('overview.status.soon') : '',
      row.lastProgressAt === null ? '' : dayOf(row.lastProgressAt, timeZone),
      // "—" as on screen: the path or entity type has no checklist (0 means none missing).
      row.missingDocuments ?? NOT_APPLICABLE,
      `${row.settled}/${row.required}`,
    ].map(neutraliseFormula);
  });
  return BOM + Papa.unparse({ fields: fields.map((field) => String(neutraliseFormula(field))), data }, { escapeFormulae: false, newline: '\r\n' });
}
