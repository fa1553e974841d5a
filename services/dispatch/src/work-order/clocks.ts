import type { CommitmentPolicy, RegionTier } from '@shouhou/contracts';
import type { Duration } from '@shouhou/sla';

/** The clocks a work order runs under the tenant's commitments. */
export type WorkClock = 'dispatch' | 'arrival' | 'repair';

export interface ClockSubject {
  visitType: 'ON_SITE' | 'DEPOT';
  complexity: 'SIMPLE' | 'COMPLEX';
  emergency: boolean;
  regionTier: RegionTier | null;
}

const TIER_KEY: Record<RegionTier, keyof CommitmentPolicy['arrival']> = {
  CITY: 'city',
  SUBURB: 'suburb',
  IN_PROVINCE: 'inProvince',
  OUT_OF_PROVINCE: 'outOfProvince',
  REMOTE: 'remote',
};

/**
 * Which commitments apply, all counted from the customer's request: dispatch always; arrival for an
 * on-site visit, by the address's region tier or the emergency time (without a tier there is no
 * committed arrival to measure); repair by complexity (ordinary 3, complex 7 working days by default).
 */
export function clockPlan(policy: CommitmentPolicy, s: ClockSubject): { commitment: WorkClock; duration: Duration }[] {
  const plan: { commitment: WorkClock; duration: Duration }[] = [{ commitment: 'dispatch', duration: policy.dispatch }];
  if (s.visitType === 'ON_SITE') {
    if (s.emergency) plan.push({ commitment: 'arrival', duration: policy.emergencyArrival });
    else if (s.regionTier) plan.push({ commitment: 'arrival', duration: policy.arrival[TIER_KEY[s.regionTier]] });
  }
  plan.push({ commitment: 'repair', duration: s.complexity === 'COMPLEX' ? policy.repair.complex : policy.repair.ordinary });
  return plan;
}

/** The clock a field step stops. */
export const STOPS: Partial<Record<string, WorkClock>> = { ARRIVE: 'arrival', COMPLETE: 'repair' };
