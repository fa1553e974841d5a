import { describe, expect, it } from 'vitest';
import { availableFieldActions, nextFieldStatus } from './field-steps';

describe('a work order in the field', () => {
  it('goes assigned → accepted → en route → on site → completed', () => {
    expect(nextFieldStatus('ASSIGNED', 'ACCEPT')).toBe('ACCEPTED');
    expect(nextFieldStatus('ACCEPTED', 'START_TRAVEL')).toBe('EN_ROUTE');
    expect(nextFieldStatus('EN_ROUTE', 'ARRIVE')).toBe('ON_SITE');
    expect(nextFieldStatus('ON_SITE', 'COMPLETE')).toBe('COMPLETED');
  });

  it('goes back to be assigned when declined, and waits for a revisit when the visit fails, both with a reason', () => {
    expect(nextFieldStatus('ASSIGNED', 'DECLINE', '不在服务区域')).toBe('UNASSIGNED');
    expect(nextFieldStatus('ON_SITE', 'FAIL', '缺配件')).toBe('FAILED');
    expect(() => nextFieldStatus('ASSIGNED', 'DECLINE', '  ')).toThrow(/needs a reason/);
  });

  it('refuses steps out of order', () => {
    expect(() => nextFieldStatus('ASSIGNED', 'COMPLETE')).toThrow(/cannot be/);
    expect(() => nextFieldStatus('COMPLETED', 'ARRIVE')).toThrow(/cannot be/);
    expect(availableFieldActions('ACCEPTED')).toEqual(['DECLINE', 'START_TRAVEL', 'ARRIVE']);
    expect(availableFieldActions('COMPLETED')).toEqual([]);
  });
});

describe('a depot repair (返厂)', () => {
  it('goes accepted → received → in repair → quality checked → shipped → completed', () => {
    expect(nextFieldStatus('ACCEPTED', 'RECEIVE', null, 'DEPOT')).toBe('RECEIVED');
    expect(nextFieldStatus('RECEIVED', 'START_REPAIR', null, 'DEPOT')).toBe('IN_REPAIR');
    expect(nextFieldStatus('IN_REPAIR', 'QC_FAIL', '仍有异响', 'DEPOT')).toBe('IN_REPAIR');
    expect(nextFieldStatus('IN_REPAIR', 'QC_PASS', null, 'DEPOT')).toBe('QC_PASSED');
    expect(nextFieldStatus('QC_PASSED', 'SHIP', null, 'DEPOT')).toBe('SHIPPED');
    expect(nextFieldStatus('SHIPPED', 'COMPLETE', null, 'DEPOT')).toBe('COMPLETED');
  });

  it('offers depot steps only to depot work, and on-site steps only to visits', () => {
    expect(availableFieldActions('ACCEPTED', 'DEPOT')).toEqual(['DECLINE', 'RECEIVE']);
    expect(() => nextFieldStatus('ACCEPTED', 'ARRIVE', null, 'DEPOT')).toThrow(/cannot be/);
    expect(() => nextFieldStatus('ACCEPTED', 'RECEIVE', null, 'ON_SITE')).toThrow(/cannot be/);
    expect(() => nextFieldStatus('IN_REPAIR', 'QC_FAIL', '', 'DEPOT')).toThrow(/needs a reason/);
  });
});
