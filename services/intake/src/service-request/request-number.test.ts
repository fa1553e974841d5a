import { describe, expect, it } from 'vitest';
import { dayKey } from '@shouhou/persistence';
import { formatRequestNumber } from './request-number';

describe('request numbers', () => {
  it('follow the tenant’s calendar day, not UTC', () => {
    // 23:30 UTC on the 22nd is already the 23rd in Shanghai.
    expect(dayKey(new Date('2026-11-22T23:30:00Z'), 'Asia/Shanghai')).toBe('20261123');
    expect(dayKey(new Date('2026-11-22T23:30:00Z'), 'Europe/London')).toBe('20261122');
  });

  it('pad the day’s sequence to four digits and grow past 9999', () => {
    expect(formatRequestNumber('20261123', 1)).toBe('SR-20261123-0001');
    expect(formatRequestNumber('20261123', 12345)).toBe('SR-20261123-12345');
  });
});
