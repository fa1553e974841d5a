/**
 * A business calendar: when work happens, in one IANA time zone. Pure data; `WorkingTime` compiles it.
 *
 * Precedence for a local date: an extra workday (调休 make-up day, a tenant's extra day) is worked with
 * its hours; otherwise a day off (statutory holiday, closure) is not worked; otherwise the weekly hours.
 */
export interface Interval {
  /** Minutes after local midnight, 0–1439. */
  start: number;
  /** Minutes after local midnight, after `start`, at most 1440. */
  end: number;
}

export interface CalendarDefinition {
  timeZone: string;
  /** Working intervals per weekday, ISO order: index 0 is Monday, 6 is Sunday. */
  week: Interval[][];
  /** Local dates (YYYY-MM-DD) not worked, whatever the weekday. */
  daysOff?: string[];
  /** Local dates worked whatever the weekday; without intervals, with the hours of the first weekday that has any. */
  extraWorkdays?: { date: string; intervals?: Interval[] }[];
}

export const ALWAYS: Interval[] = [{ start: 0, end: 1440 }];

/** 7×24: every minute is working time (a hotline's calendar). */
export function roundTheClock(timeZone: string): CalendarDefinition {
  return { timeZone, week: Array.from({ length: 7 }, () => ALWAYS) };
}

export interface CalendarIssue {
  field: string;
  reason: 'unknown_time_zone' | 'invalid_interval' | 'overlapping_intervals' | 'invalid_date' | 'week_length' | 'no_working_time';
  message: string;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Everything wrong with a definition, each with the field it concerns; empty when it is usable. */
export function validateCalendar(def: CalendarDefinition): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  if (!isTimeZone(def.timeZone)) issues.push({ field: 'timeZone', reason: 'unknown_time_zone', message: `unknown time zone ${def.timeZone}` });
  if (!Array.isArray(def.week) || def.week.length !== 7) {
    issues.push({ field: 'week', reason: 'week_length', message: 'week must list 7 days, Monday first' });
    return issues;
  }
  def.week.forEach((day, i) => issues.push(...checkIntervals(day, `week.${i}`)));
  (def.daysOff ?? []).forEach((d, i) => {
    if (!isDate(d)) issues.push({ field: `daysOff.${i}`, reason: 'invalid_date', message: `${d} is not a date (YYYY-MM-DD)` });
  });
  (def.extraWorkdays ?? []).forEach((d, i) => {
    if (!isDate(d.date)) issues.push({ field: `extraWorkdays.${i}.date`, reason: 'invalid_date', message: `${d.date} is not a date (YYYY-MM-DD)` });
    if (d.intervals) issues.push(...checkIntervals(d.intervals, `extraWorkdays.${i}.intervals`));
  });
  const anyHours = def.week.some((d) => d.length > 0) || (def.extraWorkdays ?? []).length > 0;
  if (!anyHours) issues.push({ field: 'week', reason: 'no_working_time', message: 'the calendar has no working time at all' });
  return issues;
}

function checkIntervals(intervals: Interval[], field: string): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  sorted.forEach((iv, i) => {
    const valid = Number.isInteger(iv.start) && Number.isInteger(iv.end) && iv.start >= 0 && iv.end <= 1440 && iv.start < iv.end;
    if (!valid) issues.push({ field, reason: 'invalid_interval', message: `${fmt(iv.start)}–${fmt(iv.end)} is not an interval within one day` });
    else if (i > 0 && iv.start < sorted[i - 1].end) {
      issues.push({ field, reason: 'overlapping_intervals', message: `${fmt(iv.start)}–${fmt(iv.end)} overlaps ${fmt(sorted[i - 1].start)}–${fmt(sorted[i - 1].end)}` });
    }
  });
  return issues;
}

const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
