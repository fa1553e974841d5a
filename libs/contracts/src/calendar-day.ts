/**
 * The company's calendar day: what "today", a day's document numbers and a report's "from 1 to 30
 * November" mean for a tenant are days on its own clocks, whatever zone the server or browser is in.
 * One place for it, shared by the services and the console.
 */

/** A new company's time zone unless the operator names another; also what a service counts in until the company's own has reached it. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

// Building an Intl formatter costs far more than using one, and there are few time zones.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `2026-11-23` for the calendar day of `at` in `timeZone` (an IANA name such as `Asia/Shanghai`). */
export function calendarDay(at: Date | number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** Whether the runtime knows `timeZone` as an IANA time zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
