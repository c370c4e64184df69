import { holidays, workdays } from 'chinese-days/dist/chinese-days.json';

// China's official working-day calendar: the State Council's public holidays and the weekend days
// made working days in exchange (调休), from the `chinese-days` package's data file (plain JSON: no
// code of the package runs, nothing is fetched). Only the dates are used, never the package's date
// functions: they read the weekday in the user's own time zone, which is a day off west of UTC.
// Days are counted as China-time day numbers (days since 1970-01-01, UTC+8), as engine/deadlines.ts does.

const DAY = 86_400_000;

/** Days off that would otherwise be working days, and more: every day of each official holiday. */
const daysOff: ReadonlySet<string> = new Set(Object.keys(holidays));
/** Weekend days that are working days (调休 make-up days). */
const makeUpDays: ReadonlySet<string> = new Set(Object.keys(workdays));

const years = [...daysOff].map((day) => Number(day.slice(0, 4)));
/** The years whose holidays the calendar knows (the State Council publishes each year's in November or December before). */
export const calendarYears = { first: Math.min(...years), last: Math.max(...years) } as const;

/** 2026-02-17 for a China-time day number. */
export function dayKey(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/** Whether the calendar knows the holidays of that day's year; outside it, Monday to Friday is assumed. */
export function calendarKnowsDay(dayNumber: number): boolean {
  const year = Number(dayKey(dayNumber).slice(0, 4));
  return year >= calendarYears.first && year <= calendarYears.last;
}

/** A working day in mainland China: a weekday that is no public holiday, or a make-up working weekend day. */
export function isChinaWorkday(dayNumber: number): boolean {
  const key = dayKey(dayNumber);
  if (makeUpDays.has(key)) return true;
  if (daysOff.has(key)) return false;
  const weekday = new Date(dayNumber * DAY).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
