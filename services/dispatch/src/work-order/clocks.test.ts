import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@shouhou/contracts';
import { clockPlan } from './clocks';

describe('the clocks of a work order', () => {
  it('runs dispatch, arrival by the address tier and ordinary repair for a simple on-site job', () => {
    expect(clockPlan(DEFAULT_POLICY, { visitType: 'ON_SITE', complexity: 'SIMPLE', emergency: false, regionTier: 'SUBURB' })).toEqual([
      { commitment: 'dispatch', duration: DEFAULT_POLICY.dispatch },
      { commitment: 'arrival', duration: DEFAULT_POLICY.arrival.suburb },
      { commitment: 'repair', duration: DEFAULT_POLICY.repair.ordinary },
    ]);
  });

  it('uses the emergency arrival time and the complex repair time when they apply', () => {
    const plan = clockPlan(DEFAULT_POLICY, { visitType: 'ON_SITE', complexity: 'COMPLEX', emergency: true, regionTier: 'REMOTE' });
    expect(plan.map((p) => p.duration)).toEqual([DEFAULT_POLICY.dispatch, DEFAULT_POLICY.emergencyArrival, DEFAULT_POLICY.repair.complex]);
  });

  it('has no arrival to measure for a depot repair or an address without a tier', () => {
    expect(clockPlan(DEFAULT_POLICY, { visitType: 'DEPOT', complexity: 'SIMPLE', emergency: false, regionTier: 'CITY' }).map((p) => p.commitment)).toEqual(['dispatch', 'repair']);
    expect(clockPlan(DEFAULT_POLICY, { visitType: 'ON_SITE', complexity: 'SIMPLE', emergency: false, regionTier: null }).map((p) => p.commitment)).toEqual(['dispatch', 'repair']);
  });
});
