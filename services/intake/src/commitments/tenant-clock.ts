import { DEFAULT_REGIONS, type CommitmentPolicy, type CommitmentsPublished, type RegionSettings } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import { commitmentDue, tenantCalendar, WorkingTime, type Duration } from '@shouhou/sla';

export interface TenantCommitments {
  version: number;
  policy: CommitmentPolicy;
  calendar: CommitmentsPublished['calendar'];
  national: CommitmentsPublished['national'];
}

/** A tenant's calendar compiled for one version of its commitments. */
export interface TenantClock {
  time: WorkingTime;
  version: number;
  calendarVersion: string;
}

const AT_RISK = 0.8;

export function clockFor(c: TenantCommitments): TenantClock {
  const national = c.national.map((n) => ({ country: n.country, version: `${n.country}-${n.year}`, holidays: n.holidays, workdays: n.workdays }));
  return {
    time: new WorkingTime(tenantCalendar(c.calendar, national)),
    version: c.version,
    calendarVersion: `v${c.version}+${c.national.map((n) => `${n.country}${n.year}`).join(',') || 'none'}`,
  };
}

const compiled = new Map<string, { stamp: string; clock: TenantClock }>();

/** What intake decides with besides the clock: warranty rules, the tenant's zone, its region tiers. */
export interface TenantRules {
  warranty: CommitmentPolicy['warranty'];
  timeZone: string;
  regions: RegionSettings;
}

/**
 * The tenant's clock, first-response commitment and rules, for recording a request. The read model row is
 * stamped by its version and update time: the large parts (calendar, national years) are read and
 * compiled only when the stamp changes, not on every request.
 */
export async function tenantClock(em: TenantEntityManager, tenantId: string): Promise<{ clock: TenantClock; firstResponse: Duration; rules: TenantRules } | null> {
  const [row]: { version: number; updated_at: Date; first_response: Duration; warranty: TenantRules['warranty']; time_zone: string; regions: RegionSettings | null }[] = await em.execute(
    `select version, updated_at, policy -> 'firstResponse' as first_response, policy -> 'warranty' as warranty,
            calendar ->> 'timeZone' as time_zone, regions from intake.tenant_commitments`,
  );
  if (!row) return null;
  const stamp = `${row.version}:${new Date(row.updated_at).getTime()}`;
  let hit = compiled.get(tenantId);
  if (hit?.stamp !== stamp) {
    const [full]: TenantCommitments[] = await em.execute(`select version, policy, calendar, national from intake.tenant_commitments`);
    hit = { stamp, clock: clockFor(full) };
    if (compiled.size >= 1000) compiled.delete(compiled.keys().next().value!);
    compiled.set(tenantId, hit);
  }
  return {
    clock: hit.clock,
    firstResponse: row.first_response,
    rules: { warranty: row.warranty ?? [], timeZone: row.time_zone, regions: row.regions ?? DEFAULT_REGIONS },
  };
}

/** When a commitment started at `from` falls due, and when it turns at risk (80% of the way). */
export function deadlineFor(clock: TenantClock, duration: Duration, from: Date) {
  return {
    dueAt: new Date(commitmentDue(clock.time, from.getTime(), duration)),
    atRiskAt: new Date(commitmentDue(clock.time, from.getTime(), { ...duration, amount: duration.amount * AT_RISK })),
    commitmentVersion: clock.version,
    calendarVersion: clock.calendarVersion,
  };
}
