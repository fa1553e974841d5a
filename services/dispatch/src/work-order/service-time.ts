import type { ServiceTime } from '@shouhou/assignment';
import { calendarDay } from '@shouhou/contracts';
import { Zone } from '@shouhou/sla';

const zones = new Map<string, Zone>();
const zoneOf = (timeZone: string) => zones.get(timeZone) ?? zones.set(timeZone, new Zone(timeZone)).get(timeZone)!;

/** The local date ('YYYY-MM-DD') and minutes after local midnight of an instant. */
function localTime(timeZone: string, instant: number): { day: string; minutes: number } {
  const local = new Date(instant + zoneOf(timeZone).offset(instant));
  return { day: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** When a job is to be done: its agreed appointment, else the day of the decision. */
export function serviceTime(timeZone: string, now: number, appointment: { start: Date; end: Date } | null): ServiceTime {
  if (!appointment) return { day: calendarDay(now, timeZone) };
  const start = localTime(timeZone, appointment.start.getTime());
  const end = localTime(timeZone, appointment.end.getTime());
  return { day: start.day, window: { from: start.minutes, to: end.day === start.day ? end.minutes : 24 * 60 } };
}
