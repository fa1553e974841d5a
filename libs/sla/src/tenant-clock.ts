import { commitmentDue, tenantCalendar, type CalendarSettings, type Duration } from './commitment';
import { WorkingTime } from './working-time';

/** One year of a country's statutory calendar, as tenancy publishes it. */
export interface PublishedNationalYear {
  country: string;
  year: number;
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** What a service keeps of a tenant's commitments to run clocks: the version, calendar and national years. */
export interface PublishedCommitments {
  version: number;
  calendar: CalendarSettings;
  national: PublishedNationalYear[];
}

/** A tenant's calendar compiled for one version of its commitments. */
export interface TenantClock {
  time: WorkingTime;
  version: number;
  calendarVersion: string;
}

/** A deadline turns at risk this far along its duration. */
export const AT_RISK = 0.8;

export function clockFor(c: PublishedCommitments): TenantClock {
  const national = c.national.map((n) => ({ country: n.country, version: `${n.country}-${n.year}`, holidays: n.holidays, workdays: n.workdays }));
  return {
    time: new WorkingTime(tenantCalendar(c.calendar, national)),
    version: c.version,
    calendarVersion: `v${c.version}+${c.national.map((n) => `${n.country}${n.year}`).join(',') || 'none'}`,
  };
}

/** When a commitment started at `from` falls due, and when it turns at risk. */
export function deadlineFor(clock: TenantClock, duration: Duration, from: Date) {
  return {
    dueAt: new Date(commitmentDue(clock.time, from.getTime(), duration)),
    atRiskAt: new Date(commitmentDue(clock.time, from.getTime(), { ...duration, amount: duration.amount * AT_RISK })),
    commitmentVersion: clock.version,
    calendarVersion: clock.calendarVersion,
  };
}

/**
 * Compiled clocks by tenant, recompiled only when the stamp (version and update time of the service's
 * copy) changes: compiling a calendar is far dearer than reading a stamp.
 */
export class TenantClocks {
  private readonly compiled = new Map<string, { stamp: string; clock: TenantClock }>();

  constructor(private readonly max = 1000) {}

  async get(tenantId: string, stamp: string, load: () => Promise<PublishedCommitments>): Promise<TenantClock> {
    let hit = this.compiled.get(tenantId);
    if (hit?.stamp !== stamp) {
      hit = { stamp, clock: clockFor(await load()) };
      if (this.compiled.size >= this.max) this.compiled.delete(this.compiled.keys().next().value!);
      this.compiled.set(tenantId, hit);
    }
    return hit.clock;
  }
}
