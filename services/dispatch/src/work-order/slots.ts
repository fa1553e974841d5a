import { Zone } from '@shouhou/sla';

const HOUR = 3_600_000;
/** Two-hour windows between 08:00 and 20:00 local time: what customers are offered by phone in the field. */
const STARTS = [8, 10, 12, 14, 16, 18];
/** A slot must leave the technician time to get there. */
const LEAD_MS = 30 * 60_000;

/**
 * The next `count` appointment windows after `now` in the tenant's zone, each marked whether it starts
 * before the arrival commitment falls due (all are, when there is no arrival clock).
 */
export function slotOptions(now: number, arrivalDue: number | null, timeZone: string, count = 6): { start: string; end: string; withinCommitment: boolean }[] {
  const zone = new Zone(timeZone);
  const options: { start: string; end: string; withinCommitment: boolean }[] = [];
  for (let day = 0; options.length < count && day < 60; day++) {
    const { year, month, day: d } = zone.localDate(now + day * 24 * HOUR);
    for (const hour of STARTS) {
      const start = zone.toInstant(year, month, d, hour * 60);
      if (start < now + LEAD_MS || options.length >= count) continue;
      if (options.some((o) => Date.parse(o.start) === start)) continue;
      options.push({ start: new Date(start).toISOString(), end: new Date(start + 2 * HOUR).toISOString(), withinCommitment: arrivalDue === null || start <= arrivalDue });
    }
  }
  return options;
}
