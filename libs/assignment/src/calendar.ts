import type { ServiceTime, WorkingCalendar } from './types';

/** Whether a technician works on a local date, and if not, why. */
export type Duty = 'ON' | 'DAY_OFF' | 'LEAVE';

/** ISO weekday (1 Monday … 7 Sunday) of a local date 'YYYY-MM-DD'; NaN when it is not one. */
export function isoWeekday(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return NaN;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Leave wins over the weekly pattern: a technician on leave on a working day is on leave, not off. */
export function dutyOn(calendar: WorkingCalendar, day: string, weekday = isoWeekday(day)): Duty {
  // Dates in 'YYYY-MM-DD' compare as strings.
  if (calendar.leave.some((l) => l.from <= day && day <= l.to)) return 'LEAVE';
  return calendar.weekdays.includes(weekday) ? 'ON' : 'DAY_OFF';
}

/**
 * Whether the technician can do work at that time: on duty that day and, when the time has a window
 * (an agreed appointment), the window starts within their shift.
 */
export function worksAt(calendar: WorkingCalendar, when: ServiceTime, weekday = isoWeekday(when.day)): boolean {
  if (dutyOn(calendar, when.day, weekday) !== 'ON') return false;
  if (!when.window) return true;
  return calendar.hours.from <= when.window.from && when.window.from < calendar.hours.to;
}
