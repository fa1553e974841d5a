import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CalendarDefinition } from './calendar';
import { withNationalCalendar, type NationalCalendar } from './national';
import { WorkingTime } from './working-time';

/** China's 2025–2026 notices, from the chinese-days data set, as the national calendar data shape. */
const china: NationalCalendar = {
  country: 'CN',
  version: 'chinese-days-1.5',
  holidays: pick(chineseDays.holidays),
  workdays: pick(chineseDays.workdays),
};
function pick(days: Record<string, string>) {
  return Object.fromEntries(Object.entries(days).filter(([d]) => d.startsWith('2025') || d.startsWith('2026')));
}

const office: CalendarDefinition = {
  timeZone: 'Asia/Shanghai',
  week: [...Array(5).fill([{ start: 540, end: 720 }, { start: 810, end: 1080 }]), [], []],
};
const time = new WorkingTime(withNationalCalendar(office, china));
const HOUR = 3_600_000;
const local = (iso: string) => Date.parse(`${iso}+08:00`);
const shanghai = (t: number) => new Date(t + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

describe('China’s holidays and make-up workdays (调休)', () => {
  it('skips the 2026 National Day holiday, 1–7 October', () => {
    // Wednesday 30 September 17:30 + 1 working hour: half an hour that day, the rest on Thursday 8 October.
    expect(shanghai(time.add(local('2026-09-30T17:30'), HOUR))).toBe('2026-10-08 09:30');
  });

  it('works the make-up Sunday 20 September and Saturday 10 October 2026', () => {
    expect(shanghai(time.add(local('2026-09-19T17:00'), HOUR))).toBe('2026-09-20 10:00');
    expect(shanghai(time.add(local('2026-10-09T17:30'), HOUR))).toBe('2026-10-10 09:30');
    expect(time.isWorking(local('2026-09-20T10:00'))).toBe(true);
    expect(time.isWorking(local('2026-10-05T10:00'))).toBe(false);
  });

  it('skips the 2025 Spring Festival and works its make-up days', () => {
    // Spring Festival 28 January – 4 February 2025; Sunday 26 January and Saturday 8 February are worked.
    expect(time.isWorking(local('2025-01-26T10:00'))).toBe(true);
    expect(time.isWorking(local('2025-01-30T10:00'))).toBe(false);
    expect(shanghai(time.add(local('2025-01-27T17:00'), 2 * HOUR))).toBe('2025-02-05 10:00');
    expect(time.isWorking(local('2025-02-08T10:00'))).toBe(true);
  });

  it('lets a tenant close on a national make-up day and open on a holiday', () => {
    const own = new WorkingTime(withNationalCalendar(office, china, { closures: ['2026-09-20'], extraWorkdays: [{ date: '2026-10-05', intervals: [{ start: 540, end: 720 }] }] }));
    expect(own.isWorking(local('2026-09-20T10:00'))).toBe(false);
    expect(own.isWorking(local('2026-10-05T10:00'))).toBe(true);
    expect(own.isWorking(local('2026-10-05T14:00'))).toBe(false);
  });

  it('counts working time across the holiday', () => {
    // 30 Sep 09:00–18:00 is 7.5 h; 1–7 Oct nothing; 8 Oct 09:00–12:00 is 3 h.
    expect(time.between(local('2026-09-30T09:00'), local('2026-10-08T12:00'))).toBe(10.5 * HOUR);
  });
});
