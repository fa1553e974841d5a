import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CalendarDefinition, Interval } from './calendar';
import { WorkingTime } from './working-time';
import { MinuteReference } from './reference.test-support';
import { clockState, dueAt } from './clock';

const MINUTE = 60_000;
const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata'];
const FROM = Date.UTC(2026, 1, 20);
const TO = Date.UTC(2026, 10, 20);

/** Up to three non-overlapping quarter-hour intervals in a day. */
const day = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const intervals: Interval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ start: sorted[i] * 15, end: sorted[i + 1] * 15 });
    return intervals;
  });

const dateIn2026 = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));

const calendar: fc.Arbitrary<CalendarDefinition> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    week: fc.array(day, { minLength: 7, maxLength: 7 }),
    daysOff: fc.uniqueArray(dateIn2026, { maxLength: 20 }),
    extra: fc.uniqueArray(dateIn2026, { maxLength: 5 }),
  })
  .map(({ timeZone, week, daysOff, extra }) => {
    if (week.every((d) => d.length === 0)) week[0] = [{ start: 540, end: 1020 }];
    return { timeZone, week, daysOff: daysOff.filter((d) => !extra.includes(d)), extraWorkdays: extra.map((date) => ({ date })) };
  });

const weeklyMinutes = (def: CalendarDefinition) => def.week.flat().reduce((s, iv) => s + iv.end - iv.start, 0);
const instant = fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }).map((m) => m * MINUTE);

// Property runs against a minute-by-minute reference take seconds on a busy CI machine: a budget, not an assertion.
describe('working time against a minute-by-minute reference', () => {
  it('adds a working duration exactly as counting minutes does', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 1, max: 3000 }), (def, from, wanted) => {
        const minutes = Math.max(1, Math.min(wanted, 2 * weeklyMinutes(def)));
        expect(new WorkingTime(def).add(from, minutes * MINUTE)).toBe(new MinuteReference(def).add(from, minutes));
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('measures working time between two instants exactly as counting minutes does', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 20_000 }), (def, from, span) => {
        const to = from + span * MINUTE;
        expect(new WorkingTime(def).between(from, to)).toBe(new MinuteReference(def).between(from, to) * MINUTE);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('is monotonic and additive, and measures back what it added', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (def, from, a, b) => {
        const time = new WorkingTime(def);
        const afterA = time.add(from, a * MINUTE);
        const afterAB = time.add(from, (a + b) * MINUTE);
        expect(afterA).toBeLessThanOrEqual(afterAB);
        expect(time.add(afterA, b * MINUTE)).toBe(afterAB);
        expect(time.between(from, afterAB)).toBe((a + b) * MINUTE);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('leaves a due time unchanged by a pause that covers no working time', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (def, from, target, offset) => {
        const time = new WorkingTime(def);
        const pauseFrom = from + offset * MINUTE;
        // Stretch the pause over a stretch of non-working time only (possibly empty).
        let pauseTo = pauseFrom;
        while (!time.isWorking(pauseTo) && pauseTo - pauseFrom < 3 * 24 * 60 * MINUTE) pauseTo += MINUTE;
        if (time.isWorking(pauseFrom)) pauseTo = pauseFrom;
        const plain = dueAt(time, { startedAt: from, targetMs: target * MINUTE });
        const paused = dueAt(time, { startedAt: from, targetMs: target * MINUTE, pauses: [{ from: pauseFrom, to: pauseTo }] });
        expect(paused).toBe(plain);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('SLA clocks', () => {
  const office: CalendarDefinition = {
    timeZone: 'Asia/Shanghai',
    week: [...Array(5).fill([{ start: 540, end: 720 }, { start: 810, end: 1080 }]), [], []],
  };
  const at = (iso: string) => Date.parse(iso);

  it('moves the due time by the working time a pause covered, and not at all for a pause after the breach', () => {
    const time = new WorkingTime(office);
    const clock = { startedAt: at('2026-11-23T09:00:00+08:00'), targetMs: 2 * 60 * MINUTE };
    expect(new Date(dueAt(time, clock)!).toISOString()).toBe('2026-11-23T03:00:00.000Z'); // 11:00 local
    const paused = { ...clock, pauses: [{ from: at('2026-11-23T10:00:00+08:00'), to: at('2026-11-23T14:00:00+08:00') }] };
    // 10:00–12:00 and 13:30–14:00 were working time: 2.5 h more.
    // From 11:00: 11:00–12:00 and 13:30–15:00 carry those 2.5 h.
    expect(new Date(dueAt(time, paused)!).toISOString()).toBe('2026-11-23T07:00:00.000Z'); // 15:00 local
    const late = { ...clock, pauses: [{ from: at('2026-11-23T15:00:00+08:00'), to: at('2026-11-23T16:00:00+08:00') }] };
    expect(dueAt(time, late)).toBe(dueAt(time, clock));
  });

  it('goes from on track to at risk to breached, pauses, and counts a stop as met or late', () => {
    const time = new WorkingTime(office);
    const clock = { startedAt: at('2026-11-23T09:00:00+08:00'), targetMs: 60 * MINUTE };
    expect(clockState(time, clock, at('2026-11-23T09:30:00+08:00'))).toBe('ON_TRACK');
    expect(clockState(time, clock, at('2026-11-23T09:50:00+08:00'))).toBe('AT_RISK');
    expect(clockState(time, clock, at('2026-11-23T10:00:00+08:00'))).toBe('BREACHED');
    expect(clockState(time, { ...clock, pauses: [{ from: at('2026-11-23T09:20:00+08:00') }] }, at('2026-11-23T12:00:00+08:00'))).toBe('PAUSED');
    expect(clockState(time, { ...clock, stoppedAt: at('2026-11-23T09:40:00+08:00') }, at('2026-11-23T12:00:00+08:00'))).toBe('MET');
    expect(clockState(time, { ...clock, stoppedAt: at('2026-11-23T10:40:00+08:00') }, at('2026-11-23T12:00:00+08:00'))).toBe('MET_LATE');
  });
});

describe('commitment due times', () => {
  it('counts working days as the calendar’s standard day, and calendar time as elapsed time', async () => {
    const { commitmentDue } = await import('./commitment');
    const office: CalendarDefinition = {
      timeZone: 'Asia/Shanghai',
      week: [...Array(5).fill([{ start: 540, end: 720 }, { start: 810, end: 1080 }]), [], []],
    };
    const time = new WorkingTime(office);
    const friday = Date.parse('2026-11-20T17:30:00+08:00');
    // 7.5 h a day: 2 working days = 15 h → Friday 0.5 h, Monday 7.5 h, Tuesday 7 h → Tuesday 17:30.
    expect(new Date(commitmentDue(time, friday, { amount: 2, unit: 'DAYS', basis: 'WORKING' })).toISOString()).toBe('2026-11-24T09:30:00.000Z');
    expect(commitmentDue(time, friday, { amount: 24, unit: 'HOURS', basis: 'CALENDAR' })).toBe(friday + 24 * 3_600_000);
    expect(new Date(commitmentDue(time, friday, { amount: 1, unit: 'HOURS', basis: 'WORKING' })).toISOString()).toBe('2026-11-23T01:30:00.000Z');
  });
});
