import { describe, expect, it } from 'vitest';
import { visitDetails } from './templates';

const slots = [
  { start: '2026-12-02T02:00:00Z', end: '2026-12-02T04:00:00Z' },
  { start: '2026-12-02T06:00:00Z', end: '2026-12-02T08:00:00Z' },
];

describe('visit mails', () => {
  it('lists the windows offered in the company’s language and local time', () => {
    expect(visitDetails('SLOTS_PROPOSED', { slots, technician: null }, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' })).toEqual([
      '可选的上门时间：',
      '  · 12月2日周三 10:00–12:00',
      '  · 12月2日周三 14:00–16:00',
    ]);
  });

  it('tells the agreed time and who is coming, in a company abroad in its own zone', () => {
    expect(visitDetails('VISIT_BOOKED', { slots: [slots[0]], technician: 'Li' }, { locale: 'en-US', timeZone: 'Europe/Berlin' })).toEqual([
      'We will come Wed, December 2 03:00–05:00, technician Li.',
    ]);
    expect(visitDetails('VISIT_BOOKED', { slots: [slots[1]], technician: null }, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' })).toEqual(['上门时间：12月2日周三 14:00–16:00。']);
  });
});
