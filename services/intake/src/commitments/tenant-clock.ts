import { DEFAULT_REGIONS, DEFAULT_TIME_ZONE, type CommitmentPolicy, type RegionSettings } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import { TenantClocks, type Duration, type PublishedCommitments, type TenantClock } from '@shouhou/sla';

export { clockFor, deadlineFor } from '@shouhou/sla';

/** What intake decides with besides the clock: warranty rules, the tenant's zone, its region tiers. */
export interface TenantRules {
  warranty: CommitmentPolicy['warranty'];
  timeZone: string;
  regions: RegionSettings;
}

/** What intake decides with before tenancy's first announcement reached it: no warranty rules, the default zone and tiers. */
export const NO_RULES: TenantRules = { warranty: [], timeZone: DEFAULT_TIME_ZONE, regions: DEFAULT_REGIONS };

const clocks = new TenantClocks();

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
  const clock = await clocks.get(tenantId, `${row.version}:${new Date(row.updated_at).getTime()}`, async () => {
    const [full]: PublishedCommitments[] = await em.execute(`select version, calendar, national from intake.tenant_commitments`);
    return full;
  });
  return {
    clock,
    firstResponse: row.first_response,
    rules: { warranty: row.warranty ?? [], timeZone: row.time_zone, regions: row.regions ?? DEFAULT_REGIONS },
  };
}
