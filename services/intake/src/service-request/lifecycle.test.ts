import { describe, expect, it } from 'vitest';
import { availableActions, nextStatus } from './lifecycle';

describe('request lifecycle', () => {
  it('walks new → acknowledged → in progress → resolved → closed', () => {
    expect(nextStatus('NEW', 'ACKNOWLEDGE', 'REPAIR')).toBe('ACKNOWLEDGED');
    expect(nextStatus('ACKNOWLEDGED', 'START', 'REPAIR')).toBe('IN_PROGRESS');
    expect(nextStatus('IN_PROGRESS', 'RESOLVE', 'REPAIR')).toBe('RESOLVED');
    expect(nextStatus('RESOLVED', 'CLOSE', 'REPAIR')).toBe('CLOSED');
  });

  it('resolves a consultation straight from intake, but not a repair', () => {
    expect(nextStatus('NEW', 'RESOLVE', 'CONSULTATION')).toBe('RESOLVED');
    expect(() => nextStatus('NEW', 'RESOLVE', 'REPAIR')).toThrow(/cannot/);
  });

  it('asks for a reason to cancel or reopen', () => {
    expect(() => nextStatus('NEW', 'CANCEL', 'REPAIR')).toThrow(/note/);
    expect(nextStatus('NEW', 'CANCEL', 'REPAIR', '客户自行解决')).toBe('CANCELLED');
    expect(nextStatus('CLOSED', 'REOPEN', 'REPAIR', '故障复发')).toBe('IN_PROGRESS');
  });

  it('refuses what makes no sense, with a conflict', () => {
    expect(() => nextStatus('CLOSED', 'ACKNOWLEDGE', 'REPAIR')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => nextStatus('CANCELLED', 'CLOSE', 'REPAIR')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('offers the actions that are open now', () => {
    expect(availableActions('NEW', 'REPAIR')).toEqual(['ACKNOWLEDGE', 'START', 'CANCEL']);
    expect(availableActions('NEW', 'CONSULTATION')).toEqual(['ACKNOWLEDGE', 'START', 'RESOLVE', 'CANCEL']);
    expect(availableActions('CLOSED', 'REPAIR')).toEqual(['REOPEN']);
  });
});
