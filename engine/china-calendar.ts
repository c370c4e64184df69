import { holidays, workdays } from 'chinese-days/dist/chinese-days.json';

// China's official working-day calendar: the State Council's public holidays and the weekend days
// made working days in exchange (调休), from the `chinese-days` package's data file (plain JSON: no
// code of the package runs, nothing is fetched). Only the dates are used, never the package's date
// functions: they read the weekday in the user's own time zone, which is a day off west of UTC.
// Days are counted as China-time day numbers (days since 1970-01-01, UTC+8), as engine/deadlines.ts does.
// The years covered come from the data itself: when an update of the package adds a year (the State
// Council publishes each year's holidays in November or December before), that year's deadlines stop
// being estimates with no code change (docs/architecture.md, "China holiday calendar", says how to update it).

const DAY = 86_400_000;

/** The calendar's data: day keys (YYYY-MM-DD) of the days off and of the make-up working days. */
export interface ChinaCalendarData {
  holidays: Readonly<Record<string, unknown>>;
  workdays: Readonly<Record<string, unknown>>;
}

export interface ChinaCalendar {
  /** The years whose holidays the calendar knows. */
  years: { readonly first: number; readonly last: number };
  /** Whether the calendar knows the holidays of that day's year; outside it, Monday to Friday is assumed. */
  knowsDay(dayNumber: number): boolean;
  /** A working day in mainland China: a weekday that is no public holiday, or a make-up working weekend day. */
  isWorkday(dayNumber: number): boolean;
}

/** 2026-02-17 for a China-time day number. */
export function dayKey(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/** A calendar from holiday data (the package's, or another source in tests). */
export function chinaCalendar(data: ChinaCalendarData): ChinaCalendar {
  /** Days off that would otherwise be working days, and more: every day of each official holiday. */
  const daysOff: ReadonlySet<string> = new Set(Object.keys(data.holidays));
  /** Weekend days that are working days (调休 make-up days). */
  const makeUpDays: ReadonlySet<string> = new Set(Object.keys(data.workdays));
  const yearList = [...daysOff].map((day) => Number(day.slice(0, 4)));
  const years = { first: Math.min(...yearList), last: Math.max(...yearList) } as const;
  return {
    years,
    knowsDay(dayNumber) {
      const year = Number(dayKey(dayNumber).slice(0, 4));
      return year >= years.first && year <= years.last;
    },
    isWorkday(dayNumber) {
      const key = dayKey(dayNumber);
      if (makeUpDays.has(key)) return true;
      if (daysOff.has(key)) return false;
      const weekday = new Date(dayNumber * DAY).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

/** The calendar of the installed `chinese-days` package. */
export const packageCalendar: ChinaCalendar = chinaCalendar({ holidays, workdays });

/** The years whose holidays the calendar knows (the State Council publishes each year's in November or December before). */
export const calendarYears = packageCalendar.years;

/** Whether the calendar knows the holidays of that day's year; outside it, Monday to Friday is assumed. */
export function calendarKnowsDay(dayNumber: number): boolean {
  return packageCalendar.knowsDay(dayNumber);
}

/** A working day in mainland China: a weekday that is no public holiday, or a make-up working weekend day. */
export function isChinaWorkday(dayNumber: number): boolean {
  return packageCalendar.isWorkday(dayNumber);
}
