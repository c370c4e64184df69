import type { DeadlineView } from './deadlines';

// Dates for the overview's many rows. engine/progress.ts formats one date at a time with a new
// Intl.DateTimeFormat each call, which is fine for one client but costs milliseconds per row for
// hundreds; these keep one formatter per time zone. Same output: YYYY-MM-DD and YYYY-MM-DD HH:mm.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, format);
  }
  return format;
}

function parts(ms: number, timeZone: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) out[part.type] = part.value;
  return out;
}

export function dayOf(ms: number, timeZone?: string): string {
  const p = parts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

export function minuteOf(ms: number, timeZone?: string): string {
  const p = parts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Hour-based deadlines show the time too (as engine/progress.ts formatDue). */
export function dueOf(view: DeadlineView, timeZone?: string): string {
  return view.deadline.unit === 'hours' ? minuteOf(view.dueAt, timeZone) : dayOf(view.dueAt, timeZone);
}
