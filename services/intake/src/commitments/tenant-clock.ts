import type { CommitmentPolicy, CommitmentsPublished } from '@shouhou/contracts';
import { commitmentDue, tenantCalendar, WorkingTime, type Duration } from '@shouhou/sla';

export interface TenantCommitments {
  version: number;
  policy: CommitmentPolicy;
  calendar: CommitmentsPublished['calendar'];
  national: CommitmentsPublished['national'];
}

const AT_RISK = 0.8;
const compiled = new Map<string, WorkingTime>();

/**
 * The tenant's calendar compiled once per version (compiling a year costs milliseconds; a due time
 * afterwards costs microseconds). Bounded: old versions fall out first.
 */
function workingTime(tenantId: string, c: TenantCommitments): { time: WorkingTime; calendarVersion: string } {
  const calendarVersion = `v${c.version}+${c.national.map((n) => `${n.country}${n.year}`).join(',') || 'none'}`;
  const key = `${tenantId}:${calendarVersion}:${c.national.length}`;
  let time = compiled.get(key);
  if (!time) {
    time = new WorkingTime(
      tenantCalendar(c.calendar, c.national.map((n) => ({ country: n.country, version: `${n.country}-${n.year}`, holidays: n.holidays, workdays: n.workdays }))),
    );
    if (compiled.size > 1000) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, time);
  }
  return { time, calendarVersion };
}

/** When a commitment started at `from` falls due, and when it turns at risk (80% of the way). */
export function deadlineFor(tenantId: string, c: TenantCommitments, duration: Duration, from: Date) {
  const { time, calendarVersion } = workingTime(tenantId, c);
  return {
    dueAt: new Date(commitmentDue(time, from.getTime(), duration)),
    atRiskAt: new Date(commitmentDue(time, from.getTime(), { ...duration, amount: duration.amount * AT_RISK })),
    commitmentVersion: c.version,
    calendarVersion,
  };
}
