import { describe, expect, it } from 'vitest';
import { calendarDay, isTimeZone } from './calendar-day';

describe("the company's calendar day", () => {
  it("is the day on the company's clocks, not the server's or the browser's", () => {
    const lateEvening = new Date('2026-11-22T17:30:00Z');
    expect(calendarDay(lateEvening, 'Asia/Shanghai')).toBe('2026-11-23');
    expect(calendarDay(lateEvening, 'America/New_York')).toBe('2026-11-22');
    expect(calendarDay(lateEvening.getTime(), 'Europe/Berlin')).toBe('2026-11-22');
  });

  it('turns the year at local midnight', () => {
    expect(calendarDay(new Date('2026-12-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-12-31');
    expect(calendarDay(new Date('2026-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2027-01-01');
  });

  it('knows IANA time zones and nothing else', () => {
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
