import { describe, expect, it } from 'vitest';
import { WorkingTime } from './working-time';
import { MinuteReference } from './reference.test-support';

describe('days the clocks change', () => {
  it('count a fall-back hour that is worked twice, as a minute-by-minute count does', () => {
    // New York falls back at 02:00 on Sunday 1 November 2026: 01:00–01:15 happens twice.
    const def = { timeZone: 'America/New_York', week: [[], [], [], [], [], [], [{ start: 0, end: 75 }]] };
    const from = 1792900860000;
    expect(new WorkingTime(def).add(from, 150 * 60_000)).toBe(new MinuteReference(def).add(from, 150));
    const sunday = Date.parse('2026-11-01T04:00:00Z'); // 00:00 EDT
    expect(new WorkingTime(def).between(sunday, sunday + 3 * 3_600_000)).toBe(90 * 60_000);
  });

  it('count nothing for wall-clock hours a spring-forward skips', () => {
    // Berlin springs forward at 02:00 on Sunday 29 March 2026: 02:00–03:00 does not exist.
    const def = { timeZone: 'Europe/Berlin', week: [[], [], [], [], [], [], [{ start: 120, end: 180 }, { start: 600, end: 660 }]] };
    const saturday = Date.parse('2026-03-28T12:00:00Z');
    expect(new WorkingTime(def).between(saturday, saturday + 36 * 3_600_000)).toBe(60 * 60_000);
  });
});
